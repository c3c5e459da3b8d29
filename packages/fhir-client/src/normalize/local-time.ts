import { TZDateMini } from '@date-fns/tz/date/mini';

/**
 * Offsets (wall time minus instant, in ms) of whole local hours in which the zone does not change
 * its offset, by `zone|year|month|day|hour`; NaN for an hour that holds a change. Cleared whole when
 * it reaches {@link HOURS_KEPT} entries, so memory stays bounded whatever the data.
 */
const hourOffsets = new Map<string, number>();
const HOURS_KEPT = 4096;
const HOUR_END_MS = 3_599_000;

/**
 * The instant of wall time `y-mo-d h:mi:s` in `timeZone` (IANA name), in epoch ms: exactly what
 * `new TZDateMini(y, mo - 1, d, h, mi, s, timeZone).getTime()` gives (NaN for a zone it cannot
 * read), gaps and overlaps resolved as it resolves them. Reading a zone's offset goes through
 * `Intl` and costs microseconds, and Halo writes many `lastUpdated` values in the same hours; so
 * each local hour is resolved once at its first and last second, and when both come out with the
 * same offset (no change inside the hour), every time in it is its wall time minus that offset.
 * An hour whose ends differ is resolved value by value, as before.
 */
export function localTimeToEpochMs(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  timeZone: string,
): number {
  const key = `${timeZone}|${y}|${mo}|${d}|${h}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    const start = new TZDateMini(y, mo - 1, d, h, 0, 0, timeZone).getTime();
    const end = new TZDateMini(y, mo - 1, d, h, 59, 59, timeZone).getTime();
    offset = end - start === HOUR_END_MS ? wallTimeMs(y, mo, d, h, 0, 0) - start : Number.NaN;
    if (hourOffsets.size >= HOURS_KEPT) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  if (Number.isNaN(offset)) return new TZDateMini(y, mo - 1, d, h, mi, s, timeZone).getTime();
  return wallTimeMs(y, mo, d, h, mi, s) - offset;
}

/**
 * The wall time's fields read as UTC, in epoch ms. `Date.UTC` reads years 0-99 as 1900-1999, so
 * those set the full year.
 */
export function wallTimeMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
}
