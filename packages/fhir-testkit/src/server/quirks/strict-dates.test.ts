import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRejectedDate } from './strict-dates.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const prefix = fc.constantFrom('', 'eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb', 'ap');
const day = fc
  .tuple(
    fc.integer({ min: 1900, max: 2100 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m, s]) => `T${pad(h)}:${pad(m)}:${pad(s)}`);

describe('strict date parameters', () => {
  it('accepts YYYY-MM-DD and YYYY-MM-DDThh:mm:ss after any prefix', () => {
    fc.assert(
      fc.property(prefix, day, fc.option(time, { nil: '' }), (p, d, t) => {
        expect(
          findRejectedDate('Appointment', new URLSearchParams({ date: `${p}${d}${t}` })),
        ).toBeUndefined();
      }),
    );
  });

  it('refuses the same values with a zone, fractional seconds, or cut short', () => {
    const spoil = fc.constantFrom(
      (v: string) => `${v}Z`,
      (v: string) => `${v}+11:00`,
      (v: string) => `${v}.123`,
      (v: string) => v.slice(0, -3),
    );
    fc.assert(
      fc.property(prefix, day, time, spoil, (p, d, t, bad) => {
        const value = bad(`${p}${d}${t}`);
        expect(findRejectedDate('Appointment', new URLSearchParams({ date: value }))).toEqual({
          parameter: 'date',
          value,
        });
      }),
    );
  });

  it('checks every date parameter of the type, _lastUpdated and comma-separated values, not other types', () => {
    expect(findRejectedDate('Patient', new URLSearchParams('birthdate=1980'))?.parameter).toBe('birthdate');
    expect(findRejectedDate('Patient', new URLSearchParams('_lastUpdated=ge2026-01-01T00:00Z'))?.value).toBe(
      'ge2026-01-01T00:00Z',
    );
    expect(findRejectedDate('Appointment', new URLSearchParams('date=2026-01-01,2026-01'))?.value).toBe(
      '2026-01',
    );
    expect(findRejectedDate('Patient', new URLSearchParams('name=2026-01'))).toBeUndefined();
    expect(findRejectedDate('Appointment', new URLSearchParams('date:missing=true'))).toBeUndefined();
  });
});
