import { r4SearchParametersPacked } from './r4-search-parameters.generated.js';
import { SearchParameterType } from './search-parameter-definition.js';
import type { SearchParameterEntry } from './search-query.js';

// Builder code reads the compact packed table, never the full one with every FHIRPath expression, to keep
// the browser bundle small; it is unpacked once, on first use.
/** The one-letter type codes of the packed tables (`scripts/generate-search-parameters.mjs`). */
export const letterToType: Readonly<Record<string, SearchParameterType>> = {
  c: SearchParameterType.Composite,
  d: SearchParameterType.Date,
  n: SearchParameterType.Number,
  q: SearchParameterType.Quantity,
  r: SearchParameterType.Reference,
  s: SearchParameterType.String,
  t: SearchParameterType.Token,
  u: SearchParameterType.Uri,
  x: SearchParameterType.Special,
};

let table: Map<string, Map<string, SearchParameterType>> | undefined;

function unpack(): Map<string, Map<string, SearchParameterType>> {
  const result = new Map<string, Map<string, SearchParameterType>>();
  for (const line of r4SearchParametersPacked.split('\n')) {
    const [resourceType, list] = line.split('|');
    const codes = new Map<string, SearchParameterType>();
    // `code:t`, then for references and composites a detail (`>targets`, `$types`) that r4-details.ts reads.
    for (const item of (list ?? '').split(',')) {
      const colon = item.indexOf(':');
      const type = letterToType[item.charAt(colon + 1)];
      if (colon > 0 && type !== undefined) codes.set(item.slice(0, colon), type);
    }
    result.set(resourceType!, codes);
  }
  return result;
}

/** True when `resourceType` is an R4 resource type that has search parameters. */
export function isKnownResourceType(resourceType: string): boolean {
  table ??= unpack();
  return resourceType !== 'Resource' && table.has(resourceType);
}

let searchable: readonly string[] | undefined;

/** Every R4 resource type that has search parameters of its own, from the packed table. */
export function searchableResourceTypes(): readonly string[] {
  table ??= unpack();
  searchable ??= Object.freeze(
    [...table.keys()].filter((type) => isKnownResourceType(type) && type !== 'DomainResource'),
  );
  return searchable;
}

/** The codes of every search parameter R4 defines on `resourceType`: its own, then those every resource has. */
export function searchParameterCodes(resourceType: string): string[] {
  table ??= unpack();
  return [...(table.get(resourceType)?.keys() ?? []), ...(table.get('Resource')?.keys() ?? [])];
}

/**
 * The R4 type of parameter `code` on `resourceType` (its own parameters, then those every resource has),
 * or undefined for parameters R4 does not define there (result parameters, server-specific ones).
 */
export function searchParameterType(resourceType: string, code: string): SearchParameterType | undefined {
  if (resourceType !== lastType) {
    table ??= unpack();
    let codes = ownAndCommon.get(resourceType);
    if (codes === undefined) {
      // Its own parameters last, so they win over a common one of the same code.
      const own = table.get(resourceType);
      codes = new Map([...(table.get('Resource') ?? []), ...(own ?? [])]);
      if (own !== undefined) ownAndCommon.set(resourceType, codes);
    }
    lastType = resourceType;
    lastCodes = codes;
  }
  return lastCodes.get(code);
}

// Each resource type's own parameters and those every resource has, in one map (made when first asked),
// and the last one asked for: a builder asks for its one type at every step. Only R4 types are kept, so
// a program that invents type names cannot grow it.
const ownAndCommon = new Map<string, ReadonlyMap<string, SearchParameterType>>();
let lastType: string | undefined;
let lastCodes: ReadonlyMap<string, SearchParameterType> = new Map();

/** The parameter whose values an entry compares, and its R4 type. */
export interface ComparedParameter {
  readonly resourceType: string;
  readonly code: string;
  readonly type: SearchParameterType;
}

/**
 * The parameter an entry's values are compared with, following `:Type` chains
 * (`subject:Patient.birthdate` compares Patient `birthdate`, a date) and reverse chains
 * (`_has:Observation:patient:date` compares Observation `date`). Undefined where it cannot be known:
 * unknown parameters, chains without a `:Type`, or a modifier that changes the value's meaning
 * (`:missing`, `:text`, ...), in which case the value is not a date, number or quantity any more.
 */
export function comparedParameter(
  resourceType: string,
  entry: Pick<SearchParameterEntry, 'code' | 'modifier' | 'chain'>,
): ComparedParameter | undefined {
  if (entry.code === '_has') return reverseChainParameter(entry.modifier, entry.chain);
  if (entry.chain === undefined) {
    if (entry.modifier !== undefined) return undefined;
    const type = searchParameterType(resourceType, entry.code);
    return type === undefined ? undefined : { resourceType, code: entry.code, type };
  }
  // `code:Type.rest`: the chain continues on Type, and rest is an entry name of its own.
  if (entry.modifier === undefined || !isKnownResourceType(entry.modifier)) return undefined;
  if (searchParameterType(resourceType, entry.code) !== SearchParameterType.Reference) return undefined;
  return comparedParameter(entry.modifier, splitEntryName(entry.chain));
}

function reverseChainParameter(
  modifier: string | undefined,
  chain: string | undefined,
): ComparedParameter | undefined {
  // `_has:Type:reference:rest`, where rest is again a full entry name (possibly another `_has`).
  if (modifier === undefined) return undefined;
  const [type, reference, ...rest] = modifier.split(':');
  if (type === undefined || reference === undefined || rest.length === 0 || !isKnownResourceType(type)) {
    return undefined;
  }
  const restName = rest.join(':') + (chain === undefined ? '' : `.${chain}`);
  return comparedParameter(type, splitEntryName(restName));
}

// The one R4 composite with a date component (position 1 of `code$value-date`); the packed table has no
// component types, and a test checks this list against the full table.
const compositeDateComponents: Readonly<Record<string, readonly number[]>> = {
  'Observation.code-value-date': [1],
};

/** Positions of the date components of a composite parameter (empty for all but a few). */
export function compositeDateComponentPositions(resourceType: string, code: string): readonly number[] {
  return compositeDateComponents[`${resourceType}.${code}`] ?? [];
}

/** Splits a parameter name into `code`, `modifier` (after the first `:`) and `chain` (after the first `.`). */
export function splitEntryName(name: string): Pick<SearchParameterEntry, 'code' | 'modifier' | 'chain'> {
  const dot = name.indexOf('.');
  const head = dot === -1 ? name : name.slice(0, dot);
  const colon = head.indexOf(':');
  const code = colon === -1 ? head : head.slice(0, colon);
  return {
    code,
    ...(colon === -1 ? {} : { modifier: head.slice(colon + 1) }),
    ...(dot === -1 ? {} : { chain: name.slice(dot + 1) }),
  };
}
