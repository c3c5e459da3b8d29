import { SearchRejectedError } from './search-engine.js';
import { splitUnescaped } from './split-values.js';

/** One search parameter occurrence: `name[:modifier][.chained]=v1,v2` (values still escaped). */
export interface ParsedCriterion {
  /** The key as received, e.g. `subject:Patient.name`; reported in `ignoredParams`. */
  readonly key: string;
  readonly code: string;
  readonly modifier: string | undefined;
  /** One chained parameter: `subject:Patient.name:exact` → `{ code: 'name', modifier: 'exact' }`. */
  readonly chain: { readonly code: string; readonly modifier: string | undefined } | undefined;
  /** OR alternatives, split on unescaped commas. */
  readonly values: readonly string[];
}

/** `_has:Observation:patient:code=…`: resources referenced by matching Observations' `patient`. */
export interface ParsedHas {
  readonly key: string;
  readonly sourceType: string;
  readonly referenceCode: string;
  readonly criterion: ParsedCriterion;
}

/** `_include=Source:param[:Target]` (or `*`), with `:iterate`. */
export interface IncludeSpec {
  readonly key: string;
  readonly sourceType: string;
  readonly code: string;
  readonly targetType: string | undefined;
  readonly iterate: boolean;
}

/** `_summary` values R4 defines. */
export const SummaryMode = {
  True: 'true',
  Text: 'text',
  Data: 'data',
  Count: 'count',
  False: 'false',
} as const;
/** One of {@link SummaryMode}. */
export type SummaryMode = (typeof SummaryMode)[keyof typeof SummaryMode];

/** `_total` values R4 defines. */
export const TotalMode = { None: 'none', Estimate: 'estimate', Accurate: 'accurate' } as const;
/** One of {@link TotalMode}. */
export type TotalMode = (typeof TotalMode)[keyof typeof TotalMode];

/** A search request as plain data, before it is checked against a resource type. */
export interface ParsedQuery {
  readonly criteria: readonly ParsedCriterion[];
  readonly has: readonly ParsedHas[];
  readonly sort: readonly { readonly key: string; readonly descending: boolean }[];
  readonly count: number | undefined;
  readonly summary: SummaryMode | undefined;
  readonly total: TotalMode | undefined;
  readonly elements: readonly string[] | undefined;
  readonly includes: readonly IncludeSpec[];
  readonly revincludes: readonly IncludeSpec[];
  /** Result parameters R4 defines but the engine does not implement (`_contained`, …). */
  readonly unsupported: readonly string[];
  /** Search parameters given with no value (`family=`): they constrain nothing and are ignored. */
  readonly empty: readonly string[];
}

const reject = (message: string): never => {
  throw new SearchRejectedError(400, 'invalid', message);
};

/** Parameters that only change the HTTP representation: accepted and left to the HTTP layer. */
const representationParams = new Set(['_format', '_pretty']);
/** Parameters defined by R4 that this engine does not implement. */
const unsupportedParams = new Set([
  '_contained',
  '_containedType',
  '_text',
  '_content',
  '_filter',
  '_query',
  '_list',
  '_type',
]);

function parseKey(key: string, values: readonly string[]): ParsedCriterion {
  const dot = key.indexOf('.');
  const head = dot === -1 ? key : key.slice(0, dot);
  const [code = '', modifier, ...more] = head.split(':');
  if (more.length > 0 || code === '')
    reject(`Malformed search parameter name "${key}": use name or name:modifier`);
  let chain: ParsedCriterion['chain'];
  if (dot !== -1) {
    const tail = key.slice(dot + 1);
    if (tail.includes('.')) reject(`"${key}": only one level of chaining is supported`);
    const [chainCode = '', chainModifier, ...extra] = tail.split(':');
    if (chainCode === '' || extra.length > 0) reject(`Malformed chained parameter "${key}"`);
    chain = { code: chainCode, modifier: chainModifier };
  }
  return { key, code, modifier, chain, values };
}

function parseInclude(key: string, value: string): IncludeSpec {
  const [name, modifier] = key.split(':');
  if (modifier !== undefined && modifier !== 'iterate' && modifier !== 'recurse') {
    reject(`${name}:${modifier} is not a modifier of ${name}: use :iterate`);
  }
  if (value === '*') reject(`${key}=*: name the source type, e.g. ${name}=Appointment:*`);
  const [sourceType = '', code = '', targetType, ...extra] = value.split(':');
  if (sourceType === '' || code === '' || extra.length > 0) {
    reject(`${key}=${value}: expected SourceType:searchParam or SourceType:searchParam:TargetType`);
  }
  return { key, sourceType, code, targetType, iterate: modifier !== undefined };
}

function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name);
  if (all.length > 1) reject(`${name} may appear only once; got ${all.length} values`);
  return all[0];
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: Record<string, T>,
): T | undefined {
  if (value === undefined) return undefined;
  const options = Object.values(allowed);
  if (!options.includes(value as T)) reject(`${name}=${value} is not one of ${options.join(', ')}`);
  return value as T;
}

/** Reads a search query (GET query or POST form body) into a {@link ParsedQuery}. Syntax errors throw. */
export function parseQuery(params: URLSearchParams): ParsedQuery {
  const criteria: ParsedCriterion[] = [];
  const has: ParsedHas[] = [];
  const includes: IncludeSpec[] = [];
  const revincludes: IncludeSpec[] = [];
  const unsupported: string[] = [];
  const empty: string[] = [];
  for (const [key, value] of params) {
    const name = key.split(':')[0] ?? key;
    if (['_sort', '_count', '_summary', '_total', '_elements'].includes(key) || representationParams.has(key))
      continue;
    if (value === '' && !name.startsWith('_')) empty.push(key);
    else if (name === '_include') includes.push(parseInclude(key, value));
    else if (name === '_revinclude') revincludes.push(parseInclude(key, value));
    else if (unsupportedParams.has(name)) unsupported.push(key);
    else if (name === '_has') {
      const [, sourceType = '', referenceCode = '', ...rest] = key.split(':');
      const criterionKey = rest.join(':');
      if (sourceType === '' || referenceCode === '' || criterionKey === '') {
        reject(`${key}: expected _has:SourceType:referenceParam:searchParam=value`);
      }
      has.push({
        key,
        sourceType,
        referenceCode,
        criterion: parseKey(criterionKey, splitUnescaped(value, ',')),
      });
    } else criteria.push(parseKey(key, splitUnescaped(value, ',')));
  }
  const countText = single(params, '_count');
  let count: number | undefined;
  if (countText !== undefined) {
    count = Number(countText);
    if (!/^\d+$/.test(countText) || !Number.isSafeInteger(count))
      reject(`_count=${countText} must be a whole number >= 0`);
  }
  const sortText = single(params, '_sort');
  const sort =
    sortText === undefined
      ? []
      : sortText.split(',').map((part) => {
          const descending = part.startsWith('-');
          const sortKey = descending ? part.slice(1) : part;
          if (sortKey === '') reject(`_sort=${sortText} has an empty key`);
          return { key: sortKey, descending };
        });
  const elementsText = single(params, '_elements');
  return {
    criteria,
    has,
    sort,
    count,
    summary: oneOf('_summary', single(params, '_summary'), SummaryMode),
    total: oneOf('_total', single(params, '_total'), TotalMode),
    elements: elementsText === undefined ? undefined : elementsText.split(',').filter((e) => e !== ''),
    includes,
    revincludes,
    unsupported,
    empty,
  };
}
