import { renderSearchDate, validateSearchDate } from './dates.js';
import { escapePart } from './escaping.js';
import { decimalPattern } from './rules/value-rules.js';
import { SearchBuildError } from './search-build-error.js';
import type { CompositeComponentInput } from './search-builder.js';
import type { ResolvedSearchOptions } from './search-options.js';
import { type DatePrecision, type Prefix, prefixes } from './vocabulary.js';

// Typed builder inputs → FHIR value text (escaped, not yet URL-encoded). The builder then parses that text
// into the query, so the query always has the one normal form parsing gives.

/** One value with an explicit comparison prefix, for an OR list: `{ prefix: 'ge', value: 5 }`. */
export interface PrefixedValue<V> {
  /** The comparison, e.g. `ge`. */
  readonly prefix: Prefix;
  /** The value compared with. */
  readonly value: V;
}

/** Several prefixes at once, AND-ed: `{ ge: '2026-01-01', lt: '2027-01-01' }` (in the order written). */
export type ComparisonRange<V> = { readonly [P in Prefix]?: V };

/**
 * A value for a date, number or quantity parameter: one value (no prefix, meaning `eq`), one prefixed
 * value, an OR list of values (each optionally prefixed), or a range object of prefixes (each an AND-ed
 * repeat).
 */
export type ComparableInput<V> =
  | V
  | PrefixedValue<V>
  | readonly (V | PrefixedValue<V>)[]
  | ComparisonRange<V>;

/** A JavaScript `Date` or a date string in the form the date profile accepts. */
export type DateInput = string | Date;

/** A quantity: a number alone, or with a unit `system` and `code` (`5.4|http://unitsofmeasure.org|mg`). */
export type QuantityInput =
  | number
  | string
  | {
      /** The number (a string keeps its digits exactly as written). */
      readonly value: number | string;
      /** The unit's code system, e.g. `http://unitsofmeasure.org`. */
      readonly system?: string;
      /** The unit's code, e.g. `mg`. */
      readonly code?: string;
    };

/**
 * A token: a string is a code alone (`code`); `{ system, code }` is `system|code`; `{ system: null, code }`
 * is `|code` (no system); `{ system }` is `system|` (any code); `{ system, code, value }` is the
 * `system|code|value` of `:of-type`.
 */
export type TokenInput =
  | string
  | {
      /** The code system; `null` for `|code` (explicitly no system). */
      readonly system?: string | null;
      /** The code; left out for `system|` (any code of the system). */
      readonly code?: string;
      /** The identifier value of an `:of-type` search (`system|code|value`). */
      readonly value?: string;
    };

const prefixSet: ReadonlySet<string> = new Set(prefixes);

function isPrefixedValue<V>(input: unknown): input is PrefixedValue<V> {
  return typeof input === 'object' && input !== null && 'prefix' in input && 'value' in input;
}

/**
 * Expands a comparable input into AND-ed value texts: a range gives one text per prefix, an OR list one
 * comma-joined text, a single value one text.
 */
export function encodeComparable<V>(
  parameter: string,
  input: ComparableInput<V>,
  isValue: (candidate: unknown) => candidate is V,
  encodeOne: (value: V) => string,
): string[] {
  if (Array.isArray(input)) {
    if (input.length === 0) throw emptyValues(parameter);
    const list = input as readonly (V | PrefixedValue<V>)[];
    return [
      list
        .map((item) =>
          isPrefixedValue<V>(item)
            ? checkedPrefix(parameter, item.prefix) + encodeOne(item.value)
            : encodeOne(item),
        )
        .join(','),
    ];
  }
  if (isValue(input)) return [encodeOne(input)];
  if (isPrefixedValue<V>(input)) return [checkedPrefix(parameter, input.prefix) + encodeOne(input.value)];
  // A loop, not entries/filter/map: date ranges are what a scheduler writes on every poll.
  const range = input as Readonly<Record<string, V | undefined>>;
  const texts: string[] = [];
  for (const prefix of Object.keys(range)) {
    const value = range[prefix];
    if (value !== undefined) texts.push(checkedPrefix(parameter, prefix) + encodeOne(value));
  }
  if (texts.length === 0) throw emptyValues(parameter);
  return texts;
}

/**
 * {@link encodeComparable} of a date parameter's value, each date written by {@link encodeDate}. A range
 * (`{ ge, lt }`, what a scheduler writes on every poll) is expanded here without a callback per date.
 */
export function encodeDates(
  parameter: string,
  input: ComparableInput<DateInput>,
  options: ResolvedSearchOptions,
  precision: DatePrecision,
): string[] {
  if (
    typeof input !== 'object' ||
    input === null ||
    Array.isArray(input) ||
    input instanceof Date ||
    isPrefixedValue<DateInput>(input)
  ) {
    return encodeComparable(parameter, input, isDateInput, (one) =>
      encodeDate(parameter, one, options, precision),
    );
  }
  const range = input as Readonly<Record<string, DateInput | undefined>>;
  const texts: string[] = [];
  for (const prefix of Object.keys(range)) {
    const value = range[prefix];
    if (value !== undefined)
      texts.push(checkedPrefix(parameter, prefix) + encodeDate(parameter, value, options, precision));
  }
  if (texts.length === 0) throw emptyValues(parameter);
  return texts;
}

function checkedPrefix(parameter: string, prefix: string): string {
  if (!prefixSet.has(prefix)) {
    throw new SearchBuildError({
      parameter,
      value: prefix,
      accepted: [...prefixes],
      problem: 'unknown prefix',
    });
  }
  return prefix;
}

/** The error for an empty OR list or range: a parameter with no value would match everything or fail. */
export function emptyValues(parameter: string): SearchBuildError {
  return new SearchBuildError({
    parameter,
    value: '',
    accepted: ['at least one value'],
    problem: 'no values given',
  });
}

/** Writes a date (string checked against the profile, or `Date` rendered in the time zone). */
export function encodeDate(
  parameter: string,
  value: DateInput,
  options: ResolvedSearchOptions,
  precision: DatePrecision,
): string {
  if (value instanceof Date) {
    return renderSearchDate(value, {
      parameter,
      profile: options.dates,
      timeZone: options.timeZone,
      precision,
    });
  }
  if (typeof value !== 'string') throw notA(parameter, value, 'date', ['a date string', 'a Date']);
  validateSearchDate(value, { parameter, profile: options.dates });
  return value;
}

export function isDateInput(candidate: unknown): candidate is DateInput {
  return typeof candidate === 'string' || candidate instanceof Date;
}

/** Writes a number; strings keep their written precision (`5.40` is not `5.4` in FHIR search). */
export function encodeNumber(parameter: string, value: number | string): string {
  const text = typeof value === 'number' ? String(value) : value;
  if ((typeof value === 'number' && !Number.isFinite(value)) || !decimalPattern.test(text)) {
    throw notA(parameter, value, 'number', ['a finite number', 'a decimal string such as 5.40 or 1e3']);
  }
  return text;
}

export function isNumberInput(candidate: unknown): candidate is number | string {
  return typeof candidate === 'number' || typeof candidate === 'string';
}

/** Writes a quantity as `number`, `number||code` or `number|system|code`. */
export function encodeQuantity(parameter: string, value: QuantityInput): string {
  if (typeof value !== 'object') return encodeNumber(parameter, value);
  const number = encodeNumber(parameter, value.value);
  if (value.system === undefined && value.code === undefined) return number;
  return [number, escapePart(value.system ?? ''), escapePart(value.code ?? '')].join('|');
}

export function isQuantityInput(candidate: unknown): candidate is QuantityInput {
  return (
    isNumberInput(candidate) ||
    (typeof candidate === 'object' && candidate !== null && 'value' in candidate && !('prefix' in candidate))
  );
}

/** Writes a token as `code`, `system|code`, `|code`, `system|` or `system|code|value`. */
export function encodeToken(parameter: string, value: TokenInput): string {
  if (typeof value === 'string') return escapePart(value);
  const { system, code, value: ofTypeValue } = value;
  if (system === undefined && code === undefined) {
    throw notA(parameter, JSON.stringify(value), 'token', [
      'code',
      '{ system, code }',
      '{ system: null, code }',
      '{ system }',
    ]);
  }
  if (system === undefined) return escapePart(code!);
  const head = `${system === null ? '' : escapePart(system)}|${escapePart(code ?? '')}`;
  return ofTypeValue === undefined ? head : `${head}|${escapePart(ofTypeValue)}`;
}

function notA(
  parameter: string,
  value: unknown,
  type: string,
  accepted: readonly string[],
): SearchBuildError {
  return new SearchBuildError({
    parameter,
    value: typeof value === 'string' ? value : String(value),
    accepted,
    problem: `not a ${type} value`,
  });
}

/** Writes one `$` component of a composite value (see `CompositeComponentInput`). */
export function encodeCompositeComponent(
  parameter: string,
  component: CompositeComponentInput,
  options: ResolvedSearchOptions,
): string {
  if (typeof component === 'string') return escapePart(component);
  if (typeof component === 'number') return encodeNumber(parameter, component);
  if (!('value' in component)) return encodeToken(parameter, component);
  const { prefix = '', value, system, code } = component;
  const head =
    value instanceof Date
      ? encodeDate(parameter, value, options, 'dateTime')
      : typeof value === 'number'
        ? encodeNumber(parameter, value)
        : escapePart(value);
  return system === undefined && code === undefined
    ? prefix + head
    : `${prefix}${head}|${escapePart(system ?? '')}|${escapePart(code ?? '')}`;
}
