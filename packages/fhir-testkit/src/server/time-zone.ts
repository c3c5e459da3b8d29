import { addDays, formatOffset, wallTimeToEpoch, zoneOffsetMinutes } from '../data/time-zone.js';

// Practice-local dates and times for the HTTP layer, over the data generator's zone arithmetic.

export { formatOffset };

/** Minutes east of UTC of `timeZone` at `epochMs` (e.g. 660 for `+11:00`). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  return zoneOffsetMinutes(timeZone, epochMs);
}

/** `YYYY-MM-DDThh:mm:ss` wall-clock time of `epochMs` in `timeZone`, with no zone designator. */
export function zonedDateTime(epochMs: number, timeZone: string): string {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return new Date(wholeSeconds + zoneOffsetMinutes(timeZone, wholeSeconds) * 60_000)
    .toISOString()
    .slice(0, 19);
}

/** `YYYY-MM-DD` of `epochMs` in `timeZone`: "today" at the practice. */
export function zonedDate(epochMs: number, timeZone: string): string {
  return zonedDateTime(epochMs, timeZone).slice(0, 10);
}

/** The instant the practice's next day starts (local midnight after `epochMs`). */
export function endOfZonedDay(epochMs: number, timeZone: string): number {
  const tomorrow = addDays(zonedDate(epochMs, timeZone), 1);
  return wallTimeToEpoch(timeZone, Date.parse(`${tomorrow}T00:00:00Z`));
}

/** Throws a RangeError naming the bad zone, so a typo in options fails at start-up, not per request. */
export function assertTimeZone(timeZone: string): void {
  zoneOffsetMinutes(timeZone, 0);
}
