import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { startOfNextDay } from './practitioner-rules.js';

const zones = [
  'Australia/Sydney',
  'Australia/Perth',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'UTC',
];

describe('the next day at the practice', () => {
  test('is local midnight, after now, at most a day (plus a DST hour) away, across daylight-saving changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-12-31T00:00:00Z') }),
        fc.constantFrom(...zones),
        (now, zone) => {
          const next = startOfNextDay(now, zone);
          const local = new TZDate(next, zone);
          expect([local.getHours(), local.getMinutes(), local.getSeconds()]).toEqual([0, 0, 0]);
          expect(next).toBeGreaterThan(now);
          expect(next - now).toBeLessThanOrEqual(25 * 3_600_000);
          // and it is the day after today there, not two days on
          const today = new TZDate(now, zone);
          const tomorrow = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + 1, zone);
          expect(local.getDate()).toBe(tomorrow.getDate());
        },
      ),
    );
  });

  test('the day Sydney leaves daylight saving is 25 hours long', () => {
    // 5 April 2026: clocks go back at 03:00 AEDT
    expect(startOfNextDay(Date.parse('2026-04-04T13:00:00Z'), 'Australia/Sydney')).toBe(
      Date.parse('2026-04-05T14:00:00Z'),
    );
  });
});
