import { wallTimeToEpoch } from '../../data/time-zone.js';

/**
 * The implicit range of a FHIR date, dateTime or instant: `[low, high)` in epoch milliseconds.
 * `2026` covers the whole year, `2026-11-26` the day, `…T09:15` the minute, `…T09:15:00` the second.
 */
export interface DateRange {
  readonly low: number;
  readonly high: number;
}

/** The unbounded range, for a Period without start or end. */
export const unbounded = { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY } as const;

const pattern =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * Parses the full FHIR date grammar (year through instant, with or without offset). Values without
 * an offset are wall times in `timeZone`, as a practice's server records them.
 * @returns undefined when `text` is not a FHIR date.
 */
export function parseDateRange(text: string, timeZone: string): DateRange | undefined {
  const key = `${timeZone} ${text}`;
  if (memo.has(key)) return memo.get(key);
  const range = parse(text, timeZone);
  // Stored dates repeat a lot (every GP's 09:00 slot, birth dates): parse each text once.
  if (memo.size >= memoLimit) memo.clear();
  memo.set(key, range);
  return range;
}

const memo = new Map<string, DateRange | undefined>();
const memoLimit = 200_000;

function parse(text: string, timeZone: string): DateRange | undefined {
  const m = pattern.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const fractionMs = frac === undefined ? 0 : Number(`0.${frac}`) * 1000;
  const wallLow = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fractionMs);
  if (new Date(wallLow).getUTCDate() !== day) return undefined;
  let wallHigh: number;
  if (mo === undefined) wallHigh = Date.UTC(year + 1, 0, 1);
  else if (d === undefined) wallHigh = Date.UTC(year, month, 1);
  else if (h === undefined) wallHigh = Date.UTC(year, month - 1, day + 1);
  else if (s === undefined) wallHigh = wallLow + 60_000;
  else if (frac === undefined) wallHigh = wallLow + 1000;
  else wallHigh = wallLow + Math.max(1, 1000 / 10 ** Math.min(frac.length, 3));
  if (zone === undefined) {
    return { low: wallTimeToEpoch(timeZone, wallLow), high: wallTimeToEpoch(timeZone, wallHigh) };
  }
  const offsetMs =
    zone === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  return { low: wallLow - offsetMs, high: wallHigh - offsetMs };
}
