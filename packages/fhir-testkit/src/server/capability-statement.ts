import type {
  CapabilityStatement,
  CapabilityStatementRest,
  CapabilityStatementRestResource,
  CapabilityStatementRestResourceSearchParam,
} from 'fhir/r4.js';
import { JsonMediaType } from './formats.js';
import { interactionsOf, versioningOf, writableTypes } from './interactions.js';
import { type Quirk, type QuirkSettings, quirkTable } from './quirks/quirks.js';
import { evaluatedSearchParameters, type ResolvedParameter } from './search/search-parameters.js';

/** Extension URL that marks each Halo quirk the server has switched on. */
export const quirkExtensionUrl = 'https://halo-fhir.dev/fhir/StructureDefinition/mock-server-quirk';

/** What the CapabilityStatement describes. */
export interface CapabilityInput {
  /** Resource types the site holds. */
  readonly resourceTypes: readonly string[];
  readonly quirks: QuirkSettings;
  /** The site's FHIR base URL. */
  readonly baseUrl: string;
  /** Instant the statement is dated, as ISO text. */
  readonly date: string;
}

const references = (type: string): ResolvedParameter[] =>
  evaluatedSearchParameters(type).filter((p) => p.type === 'reference');

function searchParam(parameter: ResolvedParameter): CapabilityStatementRestResourceSearchParam {
  return {
    name: parameter.code,
    type: parameter.type,
    ...(parameter.type === 'reference'
      ? { documentation: `Chains one level (${parameter.code}.name=…, ${parameter.code}:Type.name=…).` }
      : {}),
  };
}

/** `_revinclude` values that can add something: the held types' references that may point to `type`. */
function revIncludesOf(type: string, heldTypes: readonly string[]): string[] {
  return heldTypes.flatMap((source) =>
    references(source)
      .filter((p) => (p.targets ?? []).includes(type))
      .map((p) => `${source}:${p.code}`),
  );
}

/**
 * One resource type as the mock serves it, read from the tables the server itself runs on: the
 * interactions table (`interactions.ts`), the parameters the search engine evaluates
 * (`evaluatedSearchParameters`), and the reference parameters `_include`/`_revinclude` follow.
 */
function restResource(type: string, heldTypes: readonly string[]): CapabilityStatementRestResource {
  const includes = references(type).map((p) => `${type}:${p.code}`);
  const revIncludes = revIncludesOf(type, heldTypes);
  const parameters = evaluatedSearchParameters(type);
  return {
    type: type as CapabilityStatementRestResource['type'],
    interaction: interactionsOf(type).map((code) => ({ code })),
    versioning: versioningOf(type),
    readHistory: true,
    ...(writableTypes.has(type) ? { updateCreate: true } : {}),
    conditionalRead: 'full-support',
    ...(includes.length === 0 ? {} : { searchInclude: [`${type}:*`, ...includes] }),
    ...(revIncludes.length === 0 ? {} : { searchRevInclude: revIncludes }),
    ...(parameters.length === 0 ? {} : { searchParam: parameters.map(searchParam) }),
  };
}

function rest(resourceTypes: readonly string[]): CapabilityStatementRest {
  const held = [...resourceTypes].sort();
  return {
    mode: 'server',
    documentation:
      'Search by GET [type]?… or POST [type]/_search (form body). Result parameters: _count, _sort, _summary, _total, _elements; _include and _revinclude take :iterate. JSON only: other formats answer 406.',
    ...(held.length === 0 ? {} : { resource: held.map((type) => restResource(type, held)) }),
    searchParam: [
      {
        name: '_has',
        type: 'special',
        documentation: 'Reverse chaining, one level: _has:Type:reference:parameter=value.',
      },
    ],
  };
}

/** The server's CapabilityStatement: interactions, search parameters, and which Halo quirks are on. */
export function buildCapabilityStatement(input: CapabilityInput): CapabilityStatement {
  const onQuirks = Object.entries(input.quirks)
    .filter(([, on]) => on)
    .map(([quirk]) => quirk as Quirk);
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: input.date,
    kind: 'instance',
    software: { name: '@halo-fhir/fhir-testkit mock FHIR server' },
    implementation: {
      description:
        onQuirks.length === 0
          ? 'Plain FHIR R4 behaviour.'
          : `Reproduces Halo Connect quirks. ${onQuirks.map((quirk) => `${quirk}: ${quirkTable[quirk].description}`).join(' ')}`,
      url: input.baseUrl,
    },
    ...(onQuirks.length === 0
      ? {}
      : { extension: onQuirks.map((quirk) => ({ url: quirkExtensionUrl, valueCode: quirk })) }),
    fhirVersion: '4.0.1',
    format: [JsonMediaType.Fhir, 'json', JsonMediaType.Plain],
    rest: [rest(input.resourceTypes)],
  };
}
