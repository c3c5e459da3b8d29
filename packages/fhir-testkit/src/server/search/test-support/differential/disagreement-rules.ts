import type { Resource } from 'fhir/r4.js';
import { parseDateRange } from '../../date-range.js';
import { dateEntries, stringEntries } from '../../index-entries.js';
import { matchRange } from '../../match-range.js';
import { splitPrefix } from '../../prefix.js';
import { findSearchParameter } from '../../search-parameters.js';
import { splitUnescaped, unescapeValue } from '../../split-values.js';

/** One resource that only one side matched. */
export interface Disagreement {
  readonly resourceType: string;
  readonly query: string;
  readonly resource: Resource;
  /** `mock`: only the mock matched it; `medplum`: only Medplum did. */
  readonly onlyIn: 'mock' | 'medplum';
  /** Reads a resource of the shared data, to follow chained references. */
  readonly read: (resourceType: string, id: string) => Resource | undefined;
  /** The practice's IANA zone the mock reads zone-less dates in. @default 'UTC' */
  readonly timeZone?: string;
}

/** A FHIR specification rule that decides a kind of disagreement in the mock's favour. */
export interface DisagreementRule {
  readonly name: string;
  /** The rule, quoted from FHIR R4 (4.0.1) search.html. */
  readonly specification: string;
  explains(disagreement: Disagreement): boolean;
}

/** The single criterion of a one-parameter query: `code[:modifier]` and its OR values. */
function criterion(query: string) {
  const entries = [...new URLSearchParams(query)];
  if (entries.length !== 1) return undefined;
  const [key, value] = entries[0] as [string, string];
  // `subject:Patient.family:exact` → code `subject.family`, modifier `exact`.
  const [path = '', chainedPart] = key.split('.');
  const [chainedCode, chainedModifier] = (chainedPart ?? '').split(':');
  const [head = '', headModifier] = path.split(':');
  const code = chainedPart === undefined ? head : `${head}.${chainedCode}`;
  const modifier = chainedPart === undefined ? headModifier : chainedModifier;
  return { code, modifier, values: splitUnescaped(value, ',').map(unescapeValue) };
}

/**
 * The string values a criterion code reads from the resource; a chained code (`subject:Patient.family`)
 * reads them from the referenced resources.
 */
function stringValues(d: Disagreement, code: string): string[] {
  const [head = '', chained] = code.split('.');
  if (chained === undefined) {
    const parameter = findSearchParameter(d.resourceType, head);
    return parameter?.type === 'string' ? stringEntries(parameter.extract(d.resource)).map((e) => e.raw) : [];
  }
  const reference = findSearchParameter(d.resourceType, head);
  const targets = (reference?.extract(d.resource) ?? [])
    .map((v) => /([A-Za-z]+)\/([^/]+)$/.exec(String((v.value as { reference?: string }).reference ?? '')))
    .map((m) => (m === null ? undefined : d.read(m[1] as string, m[2] as string)))
    .filter((r): r is Resource => r !== undefined);
  return targets.flatMap((target) =>
    stringValues({ ...d, resourceType: target.resourceType, resource: target }, chained),
  );
}

const lower = (s: string) => s.toLowerCase();
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** A date, dateTime or instant search value with no zone: `2026-11-26`, `2026-11-26T00:00:00`. */
const zoneLess = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+)?)?)?$/;

/**
 * Whether `resource` meets every date criterion of `query` (AND across repeats, OR within a
 * comma list) when zone-less values are read in `timeZone`; undefined when the query has no
 * zone-less date value, so the zone cannot be what decides.
 */
function meetsDateCriteria(d: Disagreement, timeZone: string): boolean | undefined {
  let zoneDecides = false;
  let meets = true;
  for (const [key, value] of new URLSearchParams(d.query)) {
    const parameter = key.includes('.') ? undefined : findSearchParameter(d.resourceType, key);
    if (parameter?.type !== 'date') continue;
    const targets = dateEntries(parameter.extract(d.resource), timeZone);
    const any = splitUnescaped(value, ',').some((alternative) => {
      const { prefix, rest } = splitPrefix(alternative);
      if (zoneLess.test(rest)) zoneDecides = true;
      const search = parseDateRange(rest, timeZone);
      return search !== undefined && targets.some((t) => matchRange(prefix, t, search, 0));
    });
    meets &&= any;
  }
  return zoneDecides ? meets : undefined;
}

export const disagreementRules: readonly DisagreementRule[] = [
  {
    name: 'string search matches the start of a value, not the middle',
    specification:
      '§3.1.1.4.8 string: "By default, a field matches a string query if the value of the field equals or starts with the supplied parameter value". Medplum\'s in-memory repository also matches values that merely contain it (name=le finds Müller), directly and through chains.',
    explains(d) {
      const c = criterion(d.query);
      if (d.onlyIn !== 'medplum' || c === undefined || c.modifier !== undefined) return false;
      const parts = stringValues(d, c.code).map(fold);
      return (
        c.values.every((v) => !parts.some((p) => p.startsWith(fold(v)))) &&
        c.values.some((v) => parts.some((p) => p.includes(fold(v))))
      );
    },
  },
  {
    name: 'string search ignores accents',
    specification:
      '§3.1.1.4.8 string: a field matches "after both have been normalized by case and accent" (given=zoe finds Zoë, name=Mü finds Murphy). Medplum compares case-insensitively but keeps accents.',
    explains(d) {
      const c = criterion(d.query);
      if (d.onlyIn !== 'mock' || c === undefined || (c.modifier !== undefined && c.modifier !== 'contains'))
        return false;
      const test =
        c.modifier === 'contains'
          ? (p: string, v: string) => p.includes(v)
          : (p: string, v: string) => p.startsWith(v);
      const parts = stringValues(d, c.code);
      const folded = c.values.some((v) => parts.some((p) => test(fold(p), fold(v))));
      const cased = c.values.some((v) => parts.some((p) => test(lower(p), lower(v))));
      return folded && !cased;
    },
  },
  {
    name: 'le/lt do not match a target that starts at or after the start of the search range',
    specification:
      '§3.1.1.4.1 date prefixes: lt "the range below the search value intersects the range of the target value"; le adds "or the range of the search value fully contains the range of the target value". A target that starts at or after the start of the search range has nothing below the search value; le still matches it when contained. A Period with no end extends to the future and is never contained; nor is a birth date (a whole day) in its first second. Medplum compares only the start of the target.',
    explains(d) {
      const c = criterion(d.query);
      const parameter = c === undefined ? undefined : findSearchParameter(d.resourceType, c.code);
      if (d.onlyIn !== 'medplum' || c === undefined || parameter?.type !== 'date') return false;
      const targets = dateEntries(parameter.extract(d.resource), 'UTC');
      return c.values.every((v) => {
        const prefix = v.slice(0, 2);
        const search = parseDateRange(v.slice(2), 'UTC');
        if ((prefix !== 'le' && prefix !== 'lt') || search === undefined) return false;
        return targets.every((t) => t.low >= search.low && !(t.low >= search.low && t.high <= search.high));
      });
    },
  },
  {
    name: 'eq and ne compare containment of the whole target range, not overlap',
    specification:
      '§3.1.1.4.1 date prefixes: eq "the range of the search value fully contains the range of the target value"; ne "the range of the search value does not fully contain the range of the target value". An encounter from 08:00 to 08:15 is not contained in the minute 08:10, nor a birth date (a whole day) in one second of it. Medplum treats an overlap as equal.',
    explains(d) {
      const c = criterion(d.query);
      const parameter = c === undefined ? undefined : findSearchParameter(d.resourceType, c.code);
      if (c === undefined || parameter?.type !== 'date') return false;
      const targets = dateEntries(parameter.extract(d.resource), 'UTC');
      return c.values.every((v) => {
        const prefix = v.slice(0, 2);
        const search = parseDateRange(v.slice(2), 'UTC');
        const expected = prefix === 'eq' ? 'medplum' : prefix === 'ne' ? 'mock' : undefined;
        if (search === undefined || expected !== d.onlyIn) return false;
        return targets.some(
          (t) =>
            t.low < search.high && t.high > search.low && !(t.low >= search.low && t.high <= search.high),
        );
      });
    },
  },
];

/**
 * Rules that decide disagreements only a practice outside UTC shows (the differential check over
 * generated data runs in UTC and needs none of them; the benchmark's queries run in the practice's
 * zone, see `bench-disagreements.test.ts`).
 */
export const practiceZoneRules: readonly DisagreementRule[] = [
  {
    name: 'zone-less date search values are read in the server’s local time zone',
    specification:
      "§3.1.1.4.1 date: \"Where both search parameters and resource element date times do not have time zones, the servers local time zone should be assumed\"; the server here is the practice's (Halo Link runs on it, and Halo accepts only zone-less YYYY-MM-DDThh:mm:ss), so `date=ge2026-11-26T00:00:00` starts at the practice's midnight. Medplum's in-memory repository reads zone-less values as UTC: for a Sydney practice its \"today\" runs 11:00 to 11:00, dropping the morning's appointments and slots and taking the next morning's. With the offset written in the query both agree.",
    explains(d) {
      const timeZone = d.timeZone ?? 'UTC';
      if (timeZone === 'UTC') return false;
      const local = meetsDateCriteria(d, timeZone);
      const utc = meetsDateCriteria(d, 'UTC');
      if (local === undefined || local === utc) return false;
      return d.onlyIn === 'mock' ? local : utc === true;
    },
  },
];
