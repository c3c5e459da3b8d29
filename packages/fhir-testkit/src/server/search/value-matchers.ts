import { type ColumnCache, tokenKey } from './column-cache.js';
import { type DateRange, parseDateRange } from './date-range.js';
import type { QuantityEntry, ReferenceEntry, StringEntry, TokenEntry } from './index-entries.js';
import { matchRange } from './match-range.js';
import { normalizeText } from './normalize-text.js';
import { Prefix, splitPrefix } from './prefix.js';
import type { ResolvedParameter } from './search-parameters.js';
import { SearchRejectedError } from './search-engine.js';
import { splitSystem, splitUnescaped, unescapeValue } from './split-values.js';

/** One OR-alternative of one parameter: a test over a resource's entries, and the positions it can match if indexed. */
export interface ValueMatcher<E> {
  test(entries: readonly E[]): boolean;
  /** Positions that may match, from an index; undefined when the whole type must be scanned. */
  readonly candidates?: readonly number[];
}

/** What value parsing needs beyond the value: the index, the zone of offset-less dates and "now" for `ap`. */
export interface MatchContext {
  readonly cache: ColumnCache;
  readonly timeZone: string;
  readonly now: number;
}

/** Throws the 400 for a malformed value, naming the parameter and the form expected. */
export function rejectValue(parameter: ResolvedParameter, value: string, expected: string): never {
  throw new SearchRejectedError(
    400,
    'invalid',
    `Invalid value "${value}" for ${parameter.resourceType} search parameter "${parameter.code}" (${parameter.type}): expected ${expected}`,
  );
}

/** String: starts-with after case/accent folding; `:exact` whole and as written; `:contains` anywhere. */
export function stringMatcher(modifier: string | undefined, raw: string): ValueMatcher<StringEntry> {
  const value = unescapeValue(raw);
  if (modifier === 'exact') return { test: (entries) => entries.some((e) => e.raw === value) };
  const query = normalizeText(value);
  if (modifier === 'contains')
    return { test: (entries) => entries.some((e) => e.normalized.includes(query)) };
  return { test: (entries) => entries.some((e) => e.normalized.startsWith(query)) };
}

/** Token: `code`, `system|code`, `|code`, `system|`; `:text` matches display text; `:of-type` Identifier types. Indexed. (`:not` negates the whole OR list, in the compiler.) */
export function tokenMatcher(
  parameter: ResolvedParameter,
  modifier: string | undefined,
  raw: string,
  ctx: MatchContext,
): ValueMatcher<TokenEntry> {
  if (modifier === 'of-type') {
    // `type-system|type-code|value` (R4 §3.1.1.4.9): an Identifier of that type with that value.
    const parts = splitUnescaped(raw, '|');
    if (parts.length !== 3 || parts.some((p) => p === ''))
      rejectValue(parameter, raw, 'type-system|type-code|value');
    const [typeSystem, typeCode, value] = parts.map(unescapeValue) as [string, string, string];
    const type = `${typeSystem}|${typeCode}`;
    return {
      test: (entries) => entries.some((e) => e.code === value && (e.identifierTypes ?? []).includes(type)),
      candidates: ctx.cache.tokenIndex(parameter).get(tokenKey.code(value)) ?? [],
    };
  }
  if (modifier === 'text') {
    const query = normalizeText(unescapeValue(raw));
    return { test: (entries) => entries.some((e) => e.texts.some((t) => t.startsWith(query))) };
  }
  const parts = splitSystem(raw);
  const code = unescapeValue(parts.code);
  const system = parts.system === undefined ? undefined : unescapeValue(parts.system);
  let key: string;
  let test: (e: TokenEntry) => boolean;
  if (system === undefined) {
    key = tokenKey.code(code);
    test = (e) => e.code === code;
  } else if (code === '') {
    if (system === '') rejectValue(parameter, raw, 'code, system|code, |code or system|');
    key = tokenKey.system(system);
    test = (e) => e.system === system;
  } else {
    const wanted = system === '' ? undefined : system;
    key = tokenKey.systemCode(wanted, code);
    test = (e) => e.system === wanted && e.code === code;
  }
  return {
    test: (entries) => entries.some(test),
    candidates: ctx.cache.tokenIndex(parameter).get(key) ?? [],
  };
}

/** Date: prefix + any FHIR date, compared as ranges (see `matchRange`). */
export function dateMatcher(
  parameter: ResolvedParameter,
  raw: string,
  ctx: MatchContext,
): ValueMatcher<DateRange> {
  const { prefix, rest } = splitPrefix(raw);
  const search = parseDateRange(rest, ctx.timeZone);
  if (search === undefined) {
    rejectValue(
      parameter,
      raw,
      'an optional prefix (eq ne gt lt ge le sa eb ap) and a FHIR date, e.g. ge2026-11-26',
    );
  }
  // `ap`: 10% of the distance from now, at least a day, as the R4 spec suggests.
  const margin = Math.max(86_400_000, Math.abs(ctx.now - search.low) * 0.1);
  return { test: (entries) => entries.some((target) => matchRange(prefix, target, search, margin)) };
}

/** Implicit precision of a decimal: `100` covers [99.5, 100.5), `100.0` covers [99.95, 100.05). */
function decimalRange(text: string): DateRange {
  const value = Number(text);
  const decimals = text.includes('.') ? (text.split('.')[1]?.replace(/e.*$/i, '').length ?? 0) : 0;
  const half = 0.5 * 10 ** -decimals;
  return { low: value - half, high: value + half };
}

function compareNumber(prefix: Prefix, target: number, value: number, range: DateRange): boolean {
  switch (prefix) {
    case Prefix.Equal:
      return target >= range.low && target < range.high;
    case Prefix.NotEqual:
      return !(target >= range.low && target < range.high);
    case Prefix.GreaterThan:
    case Prefix.StartsAfter:
      return target > value;
    case Prefix.LessThan:
    case Prefix.EndsBefore:
      return target < value;
    case Prefix.GreaterOrEqual:
      return target >= value;
    case Prefix.LessOrEqual:
      return target <= value;
    case Prefix.Approximately:
      return Math.abs(target - value) <= Math.abs(value) * 0.1;
  }
}

const numberPattern = /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;

/** Number: `eq`/`ne`/`ap` use the implicit precision of the value; the other prefixes compare plainly. */
export function numberMatcher(parameter: ResolvedParameter, raw: string): ValueMatcher<number> {
  const { prefix, rest } = splitPrefix(raw);
  if (!numberPattern.test(rest))
    rejectValue(parameter, raw, 'an optional prefix and a decimal number, e.g. gt100');
  const value = Number(rest);
  const range = decimalRange(rest);
  return { test: (entries) => entries.some((t) => compareNumber(prefix, t, value, range)) };
}

/** Quantity: `[prefix]number[|system|code]` or `number||unit`. */
export function quantityMatcher(parameter: ResolvedParameter, raw: string): ValueMatcher<QuantityEntry> {
  const [numberPart = '', systemPart, codePart, ...extra] = splitUnescaped(raw, '|');
  const { prefix, rest } = splitPrefix(numberPart);
  if (!numberPattern.test(rest) || extra.length > 0 || (systemPart !== undefined && codePart === undefined)) {
    rejectValue(parameter, raw, '[prefix]number, [prefix]number|system|code or [prefix]number||unit');
  }
  const value = Number(rest);
  const range = decimalRange(rest);
  const system = systemPart === undefined || systemPart === '' ? undefined : unescapeValue(systemPart);
  const code = codePart === undefined || codePart === '' ? undefined : unescapeValue(codePart);
  return {
    test: (entries) =>
      entries.some(
        (e) =>
          compareNumber(prefix, e.value, value, range) &&
          (system === undefined || e.system === system) &&
          (code === undefined || e.code === code || (system === undefined && e.unit === code)),
      ),
  };
}

/** Uri: whole-value equality; `:below` / `:above` compare prefixes. */
export function uriMatcher(modifier: string | undefined, raw: string): ValueMatcher<string> {
  const value = unescapeValue(raw);
  if (modifier === 'below') return { test: (entries) => entries.some((e) => e.startsWith(value)) };
  if (modifier === 'above') return { test: (entries) => entries.some((e) => value.startsWith(e)) };
  return { test: (entries) => entries.includes(value) };
}

/**
 * A reference value: `Type/id`, a bare `id` (any type), `Type/id` given through a `:Type` modifier,
 * or an absolute URL (matched on its `Type/id` tail, else as written).
 */
export function referenceMatcher(
  parameter: ResolvedParameter,
  targetType: string | undefined,
  raw: string,
  ctx: MatchContext,
): ValueMatcher<ReferenceEntry> {
  const value = unescapeValue(raw);
  if (value === '') rejectValue(parameter, raw, 'Type/id or id');
  const tail = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(value);
  let key: string;
  let test: (e: ReferenceEntry) => boolean;
  if (tail !== null) {
    const [, type, id] = tail;
    if (targetType !== undefined && type !== targetType)
      rejectValue(parameter, raw, `a ${targetType} reference`);
    key = `${type}/${id}`;
    test = (e) => e.type === type && e.id === id;
  } else if (/^[A-Za-z0-9\-.]{1,64}$/.test(value)) {
    key = targetType === undefined ? value : `${targetType}/${value}`;
    test = (e) => e.id === value && (targetType === undefined || e.type === targetType);
  } else {
    key = value;
    test = (e) => e.reference === value;
  }
  return {
    test: (entries) => entries.some(test),
    candidates: ctx.cache.referenceIndex(parameter).get(key) ?? [],
  };
}

/** Positions whose reference points to any of `keys` (`Type/id`). */
export function referenceToAny(
  parameter: ResolvedParameter,
  keys: ReadonlySet<string>,
  ctx: MatchContext,
): ValueMatcher<ReferenceEntry> {
  const index = ctx.cache.referenceIndex(parameter);
  const candidates = new Set<number>();
  for (const key of keys) for (const position of index.get(key) ?? []) candidates.add(position);
  return {
    test: (entries) => entries.some((e) => keys.has(`${e.type}/${e.id}`)),
    candidates: [...candidates].sort((a, b) => a - b),
  };
}
