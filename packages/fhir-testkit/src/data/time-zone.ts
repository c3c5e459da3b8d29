/**
 * Wall-clock ↔ instant conversion for an IANA time zone using only `Intl`, so the testkit needs
 * no time zone library. Offsets are memoised per zone and UTC hour: DST transitions fall on the
 * hour in every Australian zone, and the generator and search engine convert many values.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, ZoneOffsets>();
const hourMs = 3_600_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}": pass an IANA name such as "Australia/Sydney"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function offsetAtHour(timeZone: string, hour: number): number {
  const name = formatterFor(timeZone)
    .formatToParts(new Date(hour * hourMs))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** Memoised offsets of one zone: spans (30-day blocks, then days) with one offset, then hours. */
interface ZoneOffsets {
  readonly blocks: Map<number, number>;
  readonly days: Map<number, number>;
  readonly hours: Map<number, number>;
}

/** The offset over `[first, first + count)` hours if both ends agree (a DST change splits it), else NaN. */
function uniformOffset(timeZone: string, first: number, count: number): number {
  const start = offsetAtHour(timeZone, first);
  return start === offsetAtHour(timeZone, first + count) ? start : Number.NaN;
}

function spanOffset(cache: Map<number, number>, key: number, compute: () => number): number {
  let offset = cache.get(key);
  if (offset === undefined) {
    offset = compute();
    cache.set(key, offset);
  }
  return offset;
}

/**
 * The zone's offset from UTC in minutes at the instant `epochMs` (e.g. 660 for AEDT). Memoised by
 * 30-day block, then day, when both ends share an offset (DST changes are months apart), else by
 * hour: birth dates and records spread over decades would otherwise cost one `Intl` call each.
 */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  if (timeZone === 'UTC') return 0;
  const hour = Math.floor(epochMs / hourMs);
  let zone = offsetCache.get(timeZone);
  if (zone === undefined) {
    zone = { blocks: new Map(), days: new Map(), hours: new Map() };
    offsetCache.set(timeZone, zone);
  }
  const block = Math.floor(hour / 720);
  const inBlock = spanOffset(zone.blocks, block, () => uniformOffset(timeZone, block * 720, 720));
  if (!Number.isNaN(inBlock)) return inBlock;
  const day = Math.floor(hour / 24);
  const inDay = spanOffset(zone.days, day, () => uniformOffset(timeZone, day * 24, 24));
  if (!Number.isNaN(inDay)) return inDay;
  return spanOffset(zone.hours, hour, () => offsetAtHour(timeZone, hour));
}

/**
 * The instant at which the wall clock in `timeZone` shows `wallAsUtcMs` (a wall time encoded as if
 * it were UTC). In a DST gap the later offset wins; in an overlap, the earlier instant.
 */
export function wallTimeToEpoch(timeZone: string, wallAsUtcMs: number): number {
  const first = wallAsUtcMs - zoneOffsetMinutes(timeZone, wallAsUtcMs) * 60_000;
  return wallAsUtcMs - zoneOffsetMinutes(timeZone, first) * 60_000;
}

/** `+11:00`, `-03:30`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A FHIR instant for a wall time in `timeZone`, written with that zone's offset:
 * `localInstant('2026-11-26', 9 * 60 + 15, 'Australia/Sydney')` → `2026-11-26T09:15:00+11:00`.
 */
export function localInstant(day: string, minuteOfDay: number, timeZone: string): string {
  const wall = Date.parse(`${day}T00:00:00Z`) + minuteOfDay * 60_000;
  const epoch = wallTimeToEpoch(timeZone, wall);
  const offset = zoneOffsetMinutes(timeZone, epoch);
  const text = new Date(epoch + offset * 60_000).toISOString().slice(0, 19);
  return `${text}${formatOffset(offset)}`;
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of the instant `epochMs` on the wall calendar of `timeZone`: "today" at the practice. */
export function localDateOf(epochMs: number, timeZone: string): string {
  return new Date(epochMs + zoneOffsetMinutes(timeZone, epochMs) * 60_000).toISOString().slice(0, 10);
}

/** The instant `epochMs` (to the second) written in `timeZone` with its offset: `2026-11-26T09:15:00+11:00`. */
export function localInstantOf(epochMs: number, timeZone: string): string {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  const offset = zoneOffsetMinutes(timeZone, wholeSeconds);
  return `${new Date(wholeSeconds + offset * 60_000).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

/** The instant local midnight starts `day` (`YYYY-MM-DD`) in `timeZone`. */
export function startOfLocalDay(day: string, timeZone: string): number {
  return wallTimeToEpoch(timeZone, Date.parse(`${day}T00:00:00Z`));
}
