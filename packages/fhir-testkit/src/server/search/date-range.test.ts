import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateRange } from './date-range.js';

const utc = (s: string) => Date.parse(s);

describe('implicit date ranges', () => {
  it('covers the whole unit of a partial date', () => {
    expect(parseDateRange('2026', 'UTC')).toEqual({
      low: utc('2026-01-01T00:00:00Z'),
      high: utc('2027-01-01T00:00:00Z'),
    });
    expect(parseDateRange('2026-02', 'UTC')).toEqual({
      low: utc('2026-02-01T00:00:00Z'),
      high: utc('2026-03-01T00:00:00Z'),
    });
    expect(parseDateRange('2026-11-26', 'UTC')).toEqual({
      low: utc('2026-11-26T00:00:00Z'),
      high: utc('2026-11-27T00:00:00Z'),
    });
    expect(parseDateRange('2026-11-26T09:15', 'UTC')?.high).toBe(utc('2026-11-26T09:16:00Z'));
    expect(parseDateRange('2026-11-26T09:15:00Z', 'UTC')?.high).toBe(utc('2026-11-26T09:15:01Z'));
    expect(parseDateRange('2026-11-26T09:15:00.250Z', 'UTC')).toEqual({
      low: utc('2026-11-26T09:15:00.250Z'),
      high: utc('2026-11-26T09:15:00.251Z'),
    });
  });

  it('reads values without an offset in the given zone, and explicit offsets as written', () => {
    // 26 November is daylight time in Sydney: UTC+11.
    expect(parseDateRange('2026-11-26', 'Australia/Sydney')?.low).toBe(utc('2026-11-25T13:00:00Z'));
    expect(parseDateRange('2026-11-26T09:00:00', 'Australia/Sydney')?.low).toBe(utc('2026-11-25T22:00:00Z'));
    expect(parseDateRange('2026-06-26T09:00:00', 'Australia/Sydney')?.low).toBe(utc('2026-06-25T23:00:00Z'));
    expect(parseDateRange('2026-11-26T09:00:00+08:00', 'Australia/Sydney')?.low).toBe(
      utc('2026-11-26T01:00:00Z'),
    );
  });

  it('rejects what is not a FHIR date', () => {
    for (const bad of [
      '26/11/2026',
      '2026-13-01',
      '2026-02-30',
      '2026-11-26T25:00',
      'today',
      '2026-11-26 09:00',
    ]) {
      expect(parseDateRange(bad, 'UTC'), bad).toBeUndefined();
    }
  });

  it('agrees with Date.parse for any instant, with a range one unit long', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString();
          const seconds = `${iso.slice(0, 19)}Z`;
          expect(parseDateRange(iso, 'UTC')).toEqual({ low: date.getTime(), high: date.getTime() + 1 });
          expect(parseDateRange(seconds, 'UTC')).toEqual({
            low: Date.parse(seconds),
            high: Date.parse(seconds) + 1000,
          });
        },
      ),
    );
  });
});
