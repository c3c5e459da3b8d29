import { type DateRange, parseDateRange } from './date-range.js';
import { normalizeText } from './normalize-text.js';
import type { TypedValue } from './search-parameters.js';
import { ownEntry } from './own-entry.js';

/**
 * Search values read from resources, normalised once per parameter so that matching a query is
 * plain comparisons. One kind per FHIR search parameter type.
 */
export interface StringEntry {
  readonly raw: string;
  readonly normalized: string;
}

/** A token value: Coding, CodeableConcept coding, Identifier, ContactPoint value, code or boolean. */
export interface TokenEntry {
  readonly system: string | undefined;
  readonly code: string | undefined;
  /** Normalised display texts (`CodeableConcept.text`, `Coding.display`, `Identifier.type.text`) for `:text`. */
  readonly texts: readonly string[];
  /** `Identifier.type` codings as `system|code`, for `:of-type`. */
  readonly identifierTypes?: readonly string[];
}

/** A reference value, parsed into type and id when it has that form. */
export interface ReferenceEntry {
  /** As written, without a `/_history/…` suffix. */
  readonly reference: string;
  readonly type: string | undefined;
  readonly id: string | undefined;
}

/** A Quantity (or plain number) value. */
export interface QuantityEntry {
  readonly value: number;
  readonly system: string | undefined;
  readonly code: string | undefined;
  readonly unit: string | undefined;
}

/** Any normalised value. */
export type IndexEntry =
  | StringEntry
  | TokenEntry
  | ReferenceEntry
  | QuantityEntry
  | DateRange
  | number
  | string;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

const stringParts: Record<string, readonly string[]> = {
  HumanName: ['text', 'family', 'given', 'prefix', 'suffix'],
  Address: ['text', 'line', 'city', 'district', 'state', 'postalCode', 'country'],
};

/** Every string part of the values (name parts, address lines…), folded for case and accents. */
export function stringEntries(values: readonly TypedValue[]): StringEntry[] {
  const out: StringEntry[] = [];
  const push = (raw: string): void => {
    out.push({ raw, normalized: normalizeText(raw) });
  };
  for (const { type, value } of values) {
    if (typeof value === 'string') push(value);
    else if (isObj(value)) {
      const parts = ownEntry(stringParts, type) ?? Object.keys(value);
      for (const part of parts) for (const s of strings(value[part])) push(s);
    }
  }
  return out;
}

function codingEntry(coding: Obj, extraTexts: readonly string[]): TokenEntry {
  const display = str(coding.display);
  return {
    system: str(coding.system),
    code: str(coding.code),
    texts: display === undefined ? extraTexts : [normalizeText(display), ...extraTexts],
  };
}

/** Token entries of Codings, CodeableConcepts, Identifiers, ContactPoints and primitives. */
export function tokenEntries(values: readonly TypedValue[]): TokenEntry[] {
  const out: TokenEntry[] = [];
  for (const { type, value } of values) {
    if (typeof value === 'boolean' || typeof value === 'number') {
      out.push({ system: undefined, code: String(value), texts: [] });
    } else if (typeof value === 'string') {
      out.push({ system: undefined, code: value, texts: [] });
    } else if (!isObj(value)) {
    } else if (type === 'CodeableConcept' || (type === '' && Array.isArray(value.coding))) {
      const text = str(value.text);
      const texts = text === undefined ? [] : [normalizeText(text)];
      const codings = Array.isArray(value.coding) ? value.coding.filter(isObj) : [];
      for (const coding of codings) out.push(codingEntry(coding, texts));
      if (codings.length === 0 && texts.length > 0) out.push({ system: undefined, code: undefined, texts });
    } else if (type === 'Identifier') {
      const typeText = isObj(value.type) ? str(value.type.text) : undefined;
      const typeCodings =
        isObj(value.type) && Array.isArray(value.type.coding) ? value.type.coding.filter(isObj) : [];
      out.push({
        system: str(value.system),
        code: str(value.value),
        texts: typeText === undefined ? [] : [normalizeText(typeText)],
        identifierTypes: typeCodings.map((c) => `${str(c.system) ?? ''}|${str(c.code) ?? ''}`),
      });
    } else if (type === 'ContactPoint') {
      // R4: ContactPoint tokens match on value; system (phone/email) is not a code system.
      out.push({ system: undefined, code: str(value.value), texts: [] });
    } else {
      out.push(codingEntry(value, []));
    }
  }
  return out;
}

const parsedReferences = new Map<string, ReferenceEntry>();

/** `Type/id`, `…/Type/id` or `…/Type/id/_history/n` → type and id; anything else keeps only the text. Memoised: references repeat. */
function parseReference(reference: string): ReferenceEntry {
  let parsed = parsedReferences.get(reference);
  if (parsed === undefined) {
    const history = reference.indexOf('/_history/');
    const text = history === -1 ? reference : reference.slice(0, history);
    const slash = text.lastIndexOf('/');
    const type = slash > 0 ? text.slice(text.lastIndexOf('/', slash - 1) + 1, slash) : '';
    const id = text.slice(slash + 1);
    const typed = /^[A-Z][A-Za-z]+$/.test(type) && /^[A-Za-z0-9\-.]{1,64}$/.test(id);
    parsed = { reference: text, type: typed ? type : undefined, id: typed ? id : undefined };
    if (parsedReferences.size > 500_000) parsedReferences.clear();
    parsedReferences.set(reference, parsed);
  }
  return parsed;
}

/** Reference entries of References and canonical/uri strings. */
export function referenceEntries(values: readonly TypedValue[]): ReferenceEntry[] {
  const out: ReferenceEntry[] = [];
  for (const { value } of values) {
    if (typeof value === 'string') out.push(parseReference(value));
    else if (isObj(value) && typeof value.reference === 'string') out.push(parseReference(value.reference));
  }
  return out;
}

/** Implicit ranges of dates, dateTimes, instants and Periods (open ends unbounded). */
export function dateEntries(values: readonly TypedValue[], timeZone: string): DateRange[] {
  const out: DateRange[] = [];
  for (const { value } of values) {
    if (typeof value === 'string') {
      const range = parseDateRange(value, timeZone);
      if (range !== undefined) out.push(range);
    } else if (isObj(value) && (value.start !== undefined || value.end !== undefined)) {
      const start = str(value.start);
      const end = str(value.end);
      const low =
        start === undefined ? Number.NEGATIVE_INFINITY : (parseDateRange(start, timeZone)?.low ?? Number.NaN);
      const high =
        end === undefined ? Number.POSITIVE_INFINITY : (parseDateRange(end, timeZone)?.high ?? Number.NaN);
      if (!Number.isNaN(low) && !Number.isNaN(high)) out.push({ low, high });
    }
  }
  return out;
}

/** Numbers, and the value of Quantity-like values. */
export function numberEntries(values: readonly TypedValue[]): number[] {
  const out: number[] = [];
  for (const { value } of values) {
    if (typeof value === 'number') out.push(value);
    else if (isObj(value) && typeof value.value === 'number') out.push(value.value);
  }
  return out;
}

/** Quantity entries of Quantities, Ages, Durations and numbers. */
export function quantityEntries(values: readonly TypedValue[]): QuantityEntry[] {
  const out: QuantityEntry[] = [];
  for (const { value } of values) {
    if (typeof value === 'number') out.push({ value, system: undefined, code: undefined, unit: undefined });
    else if (isObj(value) && typeof value.value === 'number') {
      out.push({
        value: value.value,
        system: str(value.system),
        code: str(value.code),
        unit: str(value.unit),
      });
    }
  }
  return out;
}

/** Uri strings as written. */
export function uriEntries(values: readonly TypedValue[]): string[] {
  return values.map((v) => v.value).filter((v): v is string => typeof v === 'string');
}

/** The entries of `values` for a parameter of `type`; `timeZone` reads offset-less dates. */
export function entriesOf(type: string, values: readonly TypedValue[], timeZone: string): IndexEntry[] {
  switch (type) {
    case 'string':
      return stringEntries(values);
    case 'token':
      return tokenEntries(values);
    case 'reference':
      return referenceEntries(values);
    case 'date':
      return dateEntries(values, timeZone);
    case 'number':
      return numberEntries(values);
    case 'quantity':
      return quantityEntries(values);
    case 'uri':
      return uriEntries(values);
    default:
      return [];
  }
}
