import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LastUpdatedProblem, normalizeInstant, normalizeLastUpdatedInPlace } from './last-updated.js';

const sydney = { timeZone: 'Australia/Sydney' };

describe('normalizeInstant', () => {
  it('reads all three of Halo’s forms as the same instant, written as UTC ending in Z', () => {
    // 10:30 in Sydney on 2 March 2026 is daylight time (+11:00): 23:30 the day before in UTC.
    for (const value of ['2026-03-01T23:30:00Z', '2026-03-02T10:30:00+11:00', '2026-03-02T10:30:00']) {
      expect(normalizeInstant(value, sydney)).toMatchObject({ ok: true, value: '2026-03-01T23:30:00Z' });
    }
  });

  it('reads an offset-less value in the configured zone, standard time included', () => {
    expect(normalizeInstant('2026-07-01T09:00:00', sydney)).toMatchObject({
      value: '2026-06-30T23:00:00Z',
      form: 'local',
    });
    expect(normalizeInstant('2026-07-01T09:00:00', { timeZone: 'Australia/Perth' })).toMatchObject({
      value: '2026-07-01T01:00:00Z',
    });
  });

  it('keeps fraction digits as written (Halo writes .NET’s seven)', () => {
    expect(normalizeInstant('2026-03-02T10:30:00.1234567+11:00')).toMatchObject({
      value: '2026-03-01T23:30:00.1234567Z',
    });
  });

  it('accepts offsets without a colon and negative offsets', () => {
    expect(normalizeInstant('2026-03-02T10:30:00+1100')).toMatchObject({ value: '2026-03-01T23:30:00Z' });
    expect(normalizeInstant('2026-03-02T10:30:00-05:30')).toMatchObject({ value: '2026-03-02T16:00:00Z' });
  });

  it('reports an offset-less value when no time zone is configured, rather than guessing', () => {
    expect(normalizeInstant('2026-03-02T10:30:00')).toEqual({
      ok: false,
      problem: LastUpdatedProblem.NoTimeZone,
    });
  });

  it('reports values that are not date-times', () => {
    for (const value of ['yesterday', '2026-03-02', '2026-02-30T10:00:00Z', '2026-03-02T25:00:00Z']) {
      expect(normalizeInstant(value, sydney)).toEqual({ ok: false, problem: LastUpdatedProblem.Unparseable });
    }
  });

  it('agrees with Date for every instant written with an offset (property)', () => {
    const instant = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    const offsetMinutes = fc.integer({ min: -12 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(instant, offsetMinutes, (date, offset) => {
        const seconds = new Date(Math.floor(date.getTime() / 1000) * 1000);
        const local = new Date(seconds.getTime() + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const result = normalizeInstant(`${local}${zone}`);
        expect(result).toEqual({ ok: true, value: `${seconds.toISOString().slice(0, 19)}Z`, form: 'offset' });
        // Normalising the normalised value changes nothing.
        expect(normalizeInstant(`${seconds.toISOString().slice(0, 19)}Z`)).toMatchObject({
          value: result.ok && result.value,
        });
      }),
    );
  });
});

/** A UTC wall time as Date reads it (years 0-99 included), or undefined when that day does not exist. */
function referenceUtc(y: number, mo: number, d: number, h: number, mi: number, s: number): Date | undefined {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getUTCDate() === d && date.getUTCMonth() === mo - 1 ? date : undefined;
}

describe('normalizeInstant over every year and day (property)', () => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const wallTime = fc.record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    fraction: fc.constantFrom('', '.0', '.123', '.1234567'),
  });

  it('keeps a UTC value as written when its day exists (seconds added when left out), and refuses it when not', () => {
    fc.assert(
      fc.property(wallTime, fc.boolean(), ({ y, mo, d, h, mi, s, fraction }, withSeconds) => {
        const fields = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
        const seconds = withSeconds ? s : 0;
        const value = withSeconds ? `${fields}:${pad(s)}${fraction}Z` : `${fields}Z`;
        const exists = referenceUtc(y, mo, d, h, mi, seconds) !== undefined;
        expect(normalizeInstant(value)).toEqual(
          exists
            ? { ok: true, value: `${fields}:${pad(seconds)}${withSeconds ? fraction : ''}Z`, form: 'utc' }
            : { ok: false, problem: LastUpdatedProblem.Unparseable },
        );
      }),
    );
  });

  it('moves a value with an offset to the UTC instant Date computes, in every year', () => {
    const offsetMinutes = fc.integer({ min: -12 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(wallTime, offsetMinutes, ({ y, mo, d, h, mi, s, fraction }, offset) => {
        const local = referenceUtc(y, mo, d, h, mi, s);
        const abs = Math.abs(offset);
        const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
        const value = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${fraction}${zone}`;
        const expected = local
          ? {
              ok: true,
              value: `${new Date(local.getTime() - offset * 60_000).toISOString().slice(0, 19)}${fraction}Z`,
              form: 'offset',
            }
          : { ok: false, problem: LastUpdatedProblem.Unparseable };
        expect(normalizeInstant(value)).toEqual(expected);
      }),
    );
  });
});

describe('normalizeLastUpdatedInPlace', () => {
  it('rewrites the Bundle’s entries and their contained resources, and reports what it could not', () => {
    const bundle = {
      resourceType: 'Bundle',
      entry: [
        {
          resource: {
            resourceType: 'Appointment',
            id: 'a1',
            meta: { lastUpdated: '2026-03-02T10:30:00' },
            contained: [
              { resourceType: 'Patient', id: 'p', meta: { lastUpdated: '2026-03-02T10:30:00+11:00' } },
            ],
          },
        },
        { resource: { resourceType: 'Patient', id: 'p2', meta: { lastUpdated: 'garbage' } } },
      ],
    };
    const issues = normalizeLastUpdatedInPlace(bundle, sydney);
    const [appointment, patient] = bundle.entry;
    expect(appointment?.resource.meta.lastUpdated).toBe('2026-03-01T23:30:00Z');
    expect(appointment?.resource.contained?.[0]?.meta.lastUpdated).toBe('2026-03-01T23:30:00Z');
    expect(patient?.resource.meta.lastUpdated).toBe('garbage');
    expect(issues).toEqual([{ resource: 'Patient/p2', value: 'garbage', problem: 'unparseable' }]);
  });
});
