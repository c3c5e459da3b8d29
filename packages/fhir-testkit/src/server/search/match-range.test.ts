import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRange } from './match-range.js';
import { Prefix } from './prefix.js';

const range = fc
  .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 500 }))
  .map(([low, length]) => ({ low, high: low + length }));
const margin = 0;

describe('date range prefixes', () => {
  it('ge is gt or eq, le is lt or eq, ne is not eq', () => {
    fc.assert(
      fc.property(range, range, (target, search) => {
        const is = (p: Prefix) => matchRange(p, target, search, margin);
        expect(is(Prefix.GreaterOrEqual)).toBe(is(Prefix.GreaterThan) || is(Prefix.Equal));
        expect(is(Prefix.LessOrEqual)).toBe(is(Prefix.LessThan) || is(Prefix.Equal));
        expect(is(Prefix.NotEqual)).toBe(!is(Prefix.Equal));
      }),
    );
  });

  it('sa implies gt and eb implies lt, and neither overlaps the search range', () => {
    fc.assert(
      fc.property(range, range, (target, search) => {
        const overlaps = target.low < search.high && target.high > search.low;
        if (matchRange(Prefix.StartsAfter, target, search, margin)) {
          expect(matchRange(Prefix.GreaterThan, target, search, margin)).toBe(true);
          expect(overlaps).toBe(false);
        }
        if (matchRange(Prefix.EndsBefore, target, search, margin)) {
          expect(matchRange(Prefix.LessThan, target, search, margin)).toBe(true);
          expect(overlaps).toBe(false);
        }
      }),
    );
  });

  it('for a point in time, reduces to plain comparisons against the search range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), range, (t, search) => {
        const point = { low: t, high: t + 1 };
        expect(matchRange(Prefix.Equal, point, search, margin)).toBe(t >= search.low && t < search.high);
        expect(matchRange(Prefix.GreaterThan, point, search, margin)).toBe(t >= search.high);
        expect(matchRange(Prefix.LessThan, point, search, margin)).toBe(t < search.low);
        expect(matchRange(Prefix.GreaterOrEqual, point, search, margin)).toBe(t >= search.low);
        expect(matchRange(Prefix.LessOrEqual, point, search, margin)).toBe(t < search.high);
      }),
    );
  });

  it('ap widens the search range by the margin on both sides', () => {
    const search = { low: 100, high: 110 };
    expect(matchRange(Prefix.Approximately, { low: 85, high: 90 }, search, 10)).toBe(false);
    expect(matchRange(Prefix.Approximately, { low: 85, high: 91 }, search, 10)).toBe(true);
    expect(matchRange(Prefix.Approximately, { low: 119, high: 130 }, search, 10)).toBe(true);
    expect(matchRange(Prefix.Approximately, { low: 120, high: 130 }, search, 10)).toBe(false);
  });
});
