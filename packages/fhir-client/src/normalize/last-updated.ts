import { localTimeToEpochMs, wallTimeMs } from './local-time.js';

/**
 * `meta.lastUpdated` as Halo writes it, in one of three forms depending on the resource type
 * (Halo's time-zone known issue): a UTC instant (`…Z`), an instant with an offset (`…+10:00`), or a
 * local time with no offset at all, meant in the practice's time zone.
 */
export const LastUpdatedForm = {
  Utc: 'utc',
  Offset: 'offset',
  Local: 'local',
} as const;
export type LastUpdatedForm = (typeof LastUpdatedForm)[keyof typeof LastUpdatedForm];

/** Why a value was left as it was. */
export const LastUpdatedProblem = {
  /** An offset-less value, and no `timeZone` configured to read it in. */
  NoTimeZone: 'no-time-zone',
  /** Not a date-time in any form FHIR or Halo writes. */
  Unparseable: 'unparseable',
} as const;
export type LastUpdatedProblem = (typeof LastUpdatedProblem)[keyof typeof LastUpdatedProblem];

/** The result of normalising one value. */
export type NormalizedInstant =
  | { readonly ok: true; readonly value: string; readonly form: LastUpdatedForm }
  | { readonly ok: false; readonly problem: LastUpdatedProblem };

const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Rewrites one `lastUpdated` value as a UTC instant ending in `Z` (`YYYY-MM-DDThh:mm:ss[.fraction]Z`),
 * keeping the fraction digits as written so no precision is lost. An offset-less value is read in
 * `timeZone` (IANA name, e.g. `Australia/Sydney`); in a daylight-saving overlap the standard-time
 * (later) instant is used and a time inside a spring-forward gap moves forward by the gap, as
 * `@date-fns/tz` resolves them.
 */
export function normalizeInstant(
  value: string,
  options: { timeZone?: string | undefined } = {},
): NormalizedInstant {
  // Already a whole UTC instant (FHIR's own form): normalising it gives it back, so say so without parsing.
  if (isCanonicalUtc(value)) return { ok: true, value, form: LastUpdatedForm.Utc };
  const match = instantPattern.exec(value);
  if (!match) return { ok: false, problem: LastUpdatedProblem.Unparseable };
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '00', fraction = '', zone] =
    match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second);
  if (!isValidWallTime(y, mo, d, h, mi, s)) return { ok: false, problem: LastUpdatedProblem.Unparseable };

  // Already UTC: the fields are the answer (what a Date round trip would write back), seconds added when left out.
  if (zone === 'Z') {
    return {
      ok: true,
      value: `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}Z`,
      form: LastUpdatedForm.Utc,
    };
  }
  let epochMs: number;
  let form: LastUpdatedForm;
  if (zone !== undefined) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
    epochMs = wallTimeMs(y, mo, d, h, mi, s) - offsetMinutes * 60_000;
    form = LastUpdatedForm.Offset;
  } else {
    if (!options.timeZone) return { ok: false, problem: LastUpdatedProblem.NoTimeZone };
    epochMs = localTimeToEpochMs(y, mo, d, h, mi, s, options.timeZone);
    if (Number.isNaN(epochMs)) return { ok: false, problem: LastUpdatedProblem.Unparseable };
    form = LastUpdatedForm.Local;
  }
  const utc = new Date(epochMs).toISOString().slice(0, 19);
  return { ok: true, value: `${utc}${fraction}Z`, form };
}

/** A value that could not be normalised, reported so it is never silently left inconsistent. */
export interface LastUpdatedIssue {
  /** `Type/id` of the resource (or its type alone when it has no id). */
  readonly resource: string;
  /** The `meta.lastUpdated` value as the server wrote it. */
  readonly value: string;
  /** Why it was left as written. */
  readonly problem: LastUpdatedProblem;
}

/**
 * Rewrites `meta.lastUpdated` of a resource, of every resource it contains and, for a Bundle, of
 * every entry's resource, in place (the client calls it on bodies it has just parsed). Returns the
 * values it had to leave unchanged. Walks with its own stack, never recursion, so a body nested
 * however deep (a hostile server's 20,000 levels of `contained`) cannot overflow the call stack.
 */
export function normalizeLastUpdatedInPlace(
  body: unknown,
  options: { timeZone?: string | undefined },
): LastUpdatedIssue[] {
  const issues: LastUpdatedIssue[] = [];
  const pending: unknown[] = [body];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!isRecord(node) || typeof node.resourceType !== 'string') continue;
    normalizeOne(node, options, issues);
    // Children pushed last first (entries, then contained, which come first), so resources are
    // visited (and issues reported) in document order. No spread: a hostile array of any length fits.
    const { contained, entry } = node;
    if (Array.isArray(entry)) {
      for (let index = entry.length - 1; index >= 0; index--) {
        const item: unknown = entry[index];
        if (isRecord(item)) pending.push(item.resource);
      }
    }
    if (Array.isArray(contained)) {
      for (let index = contained.length - 1; index >= 0; index--) pending.push(contained[index]);
    }
  }
  return issues;
}

function normalizeOne(
  node: Record<string, unknown>,
  options: { timeZone?: string | undefined },
  issues: LastUpdatedIssue[],
): void {
  const meta = node.meta;
  if (!isRecord(meta) || typeof meta.lastUpdated !== 'string') return;
  const normalized = normalizeInstant(meta.lastUpdated, options);
  if (normalized.ok) {
    meta.lastUpdated = normalized.value;
    return;
  }
  const id = typeof node.id === 'string' ? `/${node.id}` : '';
  issues.push({
    resource: `${node.resourceType}${id}`,
    value: meta.lastUpdated,
    problem: normalized.problem,
  });
}

/**
 * True for `YYYY-MM-DDThh:mm:ss[.digits]Z` naming a wall time that exists: what {@link normalizeInstant}
 * returns unchanged. Read character by character, with no regex match or string made.
 */
function isCanonicalUtc(value: string): boolean {
  const length = value.length;
  if (length < 20 || value.charCodeAt(length - 1) !== 90 /* Z */) return false;
  if (
    length > 20 &&
    (length === 21 || value.charCodeAt(19) !== 46 /* . */ || !allDigits(value, 20, length - 1))
  ) {
    return false;
  }
  const separators = [4, 7, 10, 13, 16] as const;
  const expected = [45, 45, 84, 58, 58] as const; // - - T : :
  for (let index = 0; index < separators.length; index++) {
    if (value.charCodeAt(separators[index]!) !== expected[index]) return false;
  }
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  const h = digitsAt(value, 11, 2);
  const mi = digitsAt(value, 14, 2);
  const s = digitsAt(value, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return false;
  return isValidWallTime(y, mo, d, h, mi, s);
}

/** The number written by `count` ASCII digits at `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let result = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
}

function allDigits(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function isValidWallTime(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= daysInMonth(y, mo);
}

/** Days in month `mo` (1-12) of year `y`, in the proleptic Gregorian calendar `Date` uses. */
function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
