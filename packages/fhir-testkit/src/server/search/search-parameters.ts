import { r4SearchParameters } from '@halo-fhir/fhir-client/search-parameters';
import type { Resource } from 'fhir/r4.js';
import fhirpath from 'fhirpath';
import r4Model from 'fhirpath/fhir-context/r4';
import { compileNativePath } from './native-path.js';
import { ownEntry } from './own-entry.js';

/** One row of the generated R4 table: type, FHIRPath expression, reference targets, components. */
export type SearchParameterDefinition = NonNullable<(typeof r4SearchParameters)[string]>[string];

/** A value a search parameter's expression selected, with its FHIR type (`HumanName`, `dateTime`, `Reference`…). */
export interface TypedValue {
  readonly type: string;
  readonly value: unknown;
}

/** Reads the values of one search parameter from a resource. */
export type Extractor = (resource: Resource) => TypedValue[];

/** A search parameter of one resource type, ready to evaluate. */
export interface ResolvedParameter extends SearchParameterDefinition {
  readonly code: string;
  readonly resourceType: string;
  readonly extract: Extractor;
}

/** Splits a FHIRPath union `a | b | (c)` at its top level. */
export function splitUnion(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth += 1;
    else if (!quoted && ch === ')') depth -= 1;
    else if (!quoted && depth === 0 && ch === '|') {
      parts.push(expression.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts;
}

/** `(a.b)` → `a.b`, only when the first parenthesis closes at the very end. */
export function unwrap(expression: string): string {
  if (!expression.startsWith('(')) return expression;
  let depth = 0;
  for (let i = 0; i < expression.length; i++) {
    if (expression[i] === '(') depth += 1;
    else if (expression[i] === ')') depth -= 1;
    if (depth === 0) return i === expression.length - 1 ? unwrap(expression.slice(1, -1).trim()) : expression;
  }
  return expression;
}

const resolveIs = /^(.*)\.where\(resolve\(\) is (\w+)\)$/;

/** True when a Reference value points to `type` (relative `Type/id` or absolute `…/Type/id`). */
function pointsTo(value: unknown, type: string): boolean {
  const reference = (value as { reference?: unknown } | null)?.reference;
  return (
    typeof reference === 'string' && (reference.startsWith(`${type}/`) || reference.includes(`/${type}/`))
  );
}

const nativeExtractors: Record<string, Extractor> = {
  _id: (r) => (r.id === undefined ? [] : [{ type: 'id', value: r.id }]),
  _lastUpdated: (r) =>
    r.meta?.lastUpdated === undefined ? [] : [{ type: 'instant', value: r.meta.lastUpdated }],
};

function compileBranch(resourceType: string, expression: string): Extractor {
  // `resolve() is Patient` would need the referenced resource (fhirpath.js resolves over HTTP);
  // whether a reference points to a Patient is readable from the reference itself, and much faster.
  const resolveFilter = resolveIs.exec(expression);
  const path = resolveFilter === null ? expression : (resolveFilter[1] as string);
  const targetType = resolveFilter?.[2];
  const native = compileNativePath(resourceType, path);
  if (native !== undefined) {
    return targetType === undefined
      ? native
      : (resource) => native(resource).filter((v) => pointsTo(v.value, targetType));
  }
  return compileWithFhirpath(path, targetType);
}

/** Evaluates with fhirpath.js, keeping each value's FHIR type. */
export function compileWithFhirpath(path: string, targetType?: string, base?: string): Extractor {
  const compiled = fhirpath.compile(base === undefined ? path : { base, expression: path }, r4Model, {
    resolveInternalTypes: false,
  });
  return (resource) => {
    const raw = compiled(resource) as unknown[];
    if (raw.length === 0) return [];
    const types = fhirpath.types(raw);
    const values = fhirpath.resolveInternalTypes(raw) as unknown[];
    const out: TypedValue[] = [];
    for (let i = 0; i < values.length; i++) {
      if (targetType !== undefined && !pointsTo(values[i], targetType)) continue;
      out.push({ type: (types[i] ?? '').replace(/^(FHIR|System)\./, ''), value: values[i] });
    }
    return out;
  };
}

function compileExpression(resourceType: string, expression: string): Extractor {
  const branches = splitUnion(expression).map((branch) => compileBranch(resourceType, unwrap(branch)));
  if (branches.length === 1) return branches[0] as Extractor;
  return (resource) => branches.flatMap((extract) => extract(resource));
}

const cache = new Map<string, ResolvedParameter | null>();

/**
 * The search parameter `code` of `resourceType` (or of every resource: `_id`, `_lastUpdated`, …),
 * with its FHIRPath expression compiled once and cached; undefined when R4 defines no such parameter.
 */
export function findSearchParameter(resourceType: string, code: string): ResolvedParameter | undefined {
  const key = `${resourceType}.${code}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const own = ownEntry(ownEntry(r4SearchParameters, resourceType), code);
  const definition = own ?? ownEntry(r4SearchParameters.Resource, code);
  let resolved: ResolvedParameter | null = null;
  if (definition !== undefined && isSearchableType(resourceType)) {
    // Common parameters are written against `Resource.`; fhirpath.js needs the concrete type.
    const expression =
      own === undefined
        ? definition.expression?.replace(/^Resource\./, `${resourceType}.`)
        : definition.expression;
    const extract: Extractor =
      ownEntry(nativeExtractors, code) ??
      (expression === undefined ? () => [] : compileExpression(resourceType, expression));
    resolved = { ...definition, code, resourceType, extract };
  }
  cache.set(key, resolved);
  return resolved ?? undefined;
}

/** True when R4 defines resource type `resourceType` as searchable. */
export function isSearchableType(resourceType: string): boolean {
  return resourceType !== 'Resource' && ownEntry(r4SearchParameters, resourceType) !== undefined;
}

/** Parameter types the engine evaluates; `special` ones (`near`, `_text`…) it does not. */
const evaluatedTypes: ReadonlySet<string> = new Set([
  'string',
  'token',
  'reference',
  'date',
  'number',
  'quantity',
  'uri',
  'composite',
]);

/**
 * True when the engine evaluates `parameter`: a type it matches and values it can read (a FHIRPath
 * expression, or `_id`/`_lastUpdated` read natively). The filter compiler refuses every other
 * parameter and the CapabilityStatement advertises exactly these: one rule for both.
 */
export function isEvaluatedParameter(parameter: ResolvedParameter): boolean {
  return (
    evaluatedTypes.has(parameter.type) &&
    (parameter.expression !== undefined || ownEntry(nativeExtractors, parameter.code) !== undefined)
  );
}

/** The search parameters of `resourceType` the engine evaluates, in the R4 table's order. */
export function evaluatedSearchParameters(resourceType: string): ResolvedParameter[] {
  return [...new Set(searchParameterCodes(resourceType))]
    .map((code) => findSearchParameter(resourceType, code))
    .filter((p): p is ResolvedParameter => p !== undefined && isEvaluatedParameter(p));
}

/** Every search parameter code of `resourceType`, its own and those of every resource. */
export function searchParameterCodes(resourceType: string): string[] {
  return [
    ...Object.keys(ownEntry(r4SearchParameters, resourceType) ?? {}),
    ...Object.keys(r4SearchParameters.Resource ?? {}),
  ];
}
