import { TZDateMini } from '@date-fns/tz/date/mini';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localTimeToEpochMs } from './local-time.js';

// Each local hour is resolved once and reused; every wall time must still come out exactly as
// @date-fns/tz resolves it on its own, across daylight-saving changes, half-hour and 45-minute zones.

const zones = [
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Australia/Adelaide',
  'Australia/Perth',
  'Australia/Darwin',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'America/New_York',
  'Asia/Kathmandu',
  'Europe/London',
  'UTC',
] as const;

const direct = (y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string) =>
  new TZDateMini(y, mo - 1, d, h, mi, s, zone).getTime();

const minute = fc.integer({ min: 0, max: 59 });

/** Every wall time drawn (in any of the zones, any minute and second) resolves as @date-fns/tz resolves it. */
function agreesWithDateFnsTz(draw: {
  years: fc.Arbitrary<number>;
  months: fc.Arbitrary<number>;
  days: fc.Arbitrary<number>;
  hours: fc.Arbitrary<number>;
  numRuns: number;
}): void {
  fc.assert(
    fc.property(
      fc.constantFrom(...zones),
      draw.years,
      draw.months,
      draw.days,
      draw.hours,
      minute,
      minute,
      (zone, y, mo, d, h, mi, s) => {
        expect(localTimeToEpochMs(y, mo, d, h, mi, s, zone)).toBe(direct(y, mo, d, h, mi, s, zone));
      },
    ),
    { numRuns: draw.numRuns },
  );
}

describe('localTimeToEpochMs', () => {
  it('agrees with @date-fns/tz in the months and small hours where clocks change (property)', () => {
    agreesWithDateFnsTz({
      years: fc.integer({ min: 1900, max: 2100 }),
      months: fc.constantFrom(3, 4, 9, 10, 11),
      days: fc.integer({ min: 1, max: 30 }),
      hours: fc.integer({ min: 0, max: 4 }),
      numRuns: 4000,
    });
  });

  it('agrees with @date-fns/tz on any wall time, years 0-99 included (property)', () => {
    agreesWithDateFnsTz({
      years: fc.integer({ min: 0, max: 9999 }),
      months: fc.integer({ min: 1, max: 12 }),
      days: fc.integer({ min: 1, max: 28 }),
      hours: fc.integer({ min: 0, max: 23 }),
      numRuns: 2000,
    });
  });

  it('resolves every minute of the hours around Sydney’s and Lord Howe’s changes as @date-fns/tz does', () => {
    // 2026: Sydney springs forward 4 Oct 02:00 and falls back 5 Apr 03:00; Lord Howe moves by 30 minutes.
    for (const zone of ['Australia/Sydney', 'Australia/Lord_Howe']) {
      for (const [mo, d] of [
        [4, 5],
        [10, 4],
      ] as const) {
        for (let h = 0; h <= 4; h++) {
          for (let mi = 0; mi < 60; mi++) {
            expect(localTimeToEpochMs(2026, mo, d, h, mi, 30, zone), `${zone} ${mo}/${d} ${h}:${mi}`).toBe(
              direct(2026, mo, d, h, mi, 30, zone),
            );
          }
        }
      }
    }
  });

  it('gives NaN for a zone @date-fns/tz cannot read, as it does', () => {
    expect(localTimeToEpochMs(2026, 3, 2, 10, 30, 0, 'Not/AZone')).toBeNaN();
    expect(direct(2026, 3, 2, 10, 30, 0, 'Not/AZone')).toBeNaN();
  });
});
