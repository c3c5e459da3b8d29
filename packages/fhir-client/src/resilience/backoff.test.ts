import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { backoffCeiling, fullJitterDelay } from './backoff.js';

const bounds = { baseMs: 1000, capMs: 60_000 };

describe('exponential backoff with full jitter', () => {
  test('the ceiling doubles per retry from the base until the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((retry) => backoffCeiling(retry, bounds))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000,
    ]);
  });

  test('every delay lies between 0 and its ceiling, whatever the random source returns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: -10, max: 10, noNaN: false }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (retry, sample, baseMs, extra) => {
          const b = { baseMs, capMs: baseMs + extra };
          const delay = fullJitterDelay(retry, b, () => sample);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(backoffCeiling(retry, b));
          expect(delay).toBeLessThanOrEqual(b.capMs);
          expect(Number.isInteger(delay)).toBe(true);
        },
      ),
    );
  });

  test('a zero base never yields NaN, however many retries', () => {
    expect(backoffCeiling(5000, { baseMs: 0, capMs: 0 })).toBe(0);
    expect(fullJitterDelay(5000, { baseMs: 0, capMs: 10 }, () => 0.5)).toBe(0);
  });

  test('the delay scales with the random sample (full jitter, not equal jitter)', () => {
    expect(fullJitterDelay(3, bounds, () => 0)).toBe(0);
    expect(fullJitterDelay(3, bounds, () => 0.5)).toBe(2000);
    expect(fullJitterDelay(3, bounds, () => 0.999_999)).toBe(3999);
  });
});
