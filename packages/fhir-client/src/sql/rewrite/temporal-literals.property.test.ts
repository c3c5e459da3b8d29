import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SqlDbType } from '../index.js';
import { decodedText, roundTrip } from './test-support/round-trip.js';

interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number | undefined;
  fraction: string | undefined;
  offsetMinutes: number | undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A calendar-valid moment; the test's own calendar, not the library's. */
function moment(options: {
  minYear: number;
  maxYear: number;
  fractionDigits: number;
  offset: boolean;
}): fc.Arbitrary<Moment> {
  return fc
    .record({
      year: fc.integer({ min: options.minYear, max: options.maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
      fraction: fc.option(fc.stringMatching(new RegExp(`^\\d{1,${Math.max(options.fractionDigits, 1)}}$`)), {
        nil: undefined,
      }),
      offsetMinutes: options.offset ? fc.integer({ min: -14 * 60, max: 14 * 60 }) : fc.constant(undefined),
    })
    .filter(
      (m) =>
        m.day <= new Date(Date.UTC(2000, m.month, 0)).getUTCDate() ||
        (m.month === 2 && m.day === 29 && leap(m.year)),
    )
    .filter((m) => !(m.month === 2 && m.day === 29 && !leap(m.year)))
    .map((m) => (m.second === undefined || options.fractionDigits === 0 ? { ...m, fraction: undefined } : m));
}

function leap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function offsetText(minutes: number, zulu: boolean): string {
  if (minutes === 0 && zulu) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** How a caller might write the moment: `T` or a space, with or without seconds, Z or +00:00. */
function written(m: Moment, separator: string, zulu: boolean): string {
  const seconds =
    m.second === undefined ? '' : `:${pad(m.second)}${m.fraction === undefined ? '' : `.${m.fraction}`}`;
  const offset = m.offsetMinutes === undefined ? '' : offsetText(m.offsetMinutes, zulu);
  return `${pad(m.year, 4)}-${pad(m.month)}-${pad(m.day)}${separator}${pad(m.hour)}:${pad(m.minute)}${seconds}${offset}`;
}

const isoT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?([+-]\d{2}:\d{2})?$/;

/** Read a decoded `T`-form literal back into a moment. */
function readMoment(text: string): Omit<Moment, 'second'> & { second: number } {
  const match = isoT.exec(text);
  if (match === null) throw new Error(`not the ISO T form: ${text}`);
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const offsetMinutes =
    offset === undefined
      ? undefined
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    fraction,
    offsetMinutes,
  };
}

const dateTimeTypes: [SqlDbType, string, Parameters<typeof moment>[0]][] = [
  ['DateTime', 'DATETIME', { minYear: 1753, maxYear: 9999, fractionDigits: 3, offset: false }],
  ['SmallDateTime', 'SMALLDATETIME', { minYear: 1900, maxYear: 2078, fractionDigits: 3, offset: false }],
  ['DateTime2', 'DATETIME2(7)', { minYear: 1, maxYear: 9999, fractionDigits: 7, offset: false }],
  ['DateTimeOffset', 'DATETIMEOFFSET(7)', { minYear: 1, maxYear: 9999, fractionDigits: 7, offset: true }],
];

describe('date and time literals read back as the same moment, in the ISO T form', () => {
  it.each(dateTimeTypes)('%s', (type, declared, options) => {
    fc.assert(
      fc.property(moment(options), fc.constantFrom('T', ' '), fc.boolean(), (m, separator, zulu) => {
        const read = roundTrip(type, written(m, separator, zulu));
        expect(read.declared).toBe(declared);
        const text = decodedText(read.value);
        expect(text).not.toMatch(/Z$/);
        expect(readMoment(text)).toEqual({ ...m, second: m.second ?? 0 });
      }),
      { numRuns: 10_000 },
    );
  });

  it('Date', () => {
    fc.assert(
      fc.property(moment({ minYear: 1, maxYear: 9999, fractionDigits: 0, offset: false }), (m) => {
        const text = `${pad(m.year, 4)}-${pad(m.month)}-${pad(m.day)}`;
        const read = roundTrip('Date', text);
        expect(read.declared).toBe('DATE');
        expect(decodedText(read.value)).toBe(text);
      }),
      { numRuns: 10_000 },
    );
  });

  it('Time', () => {
    fc.assert(
      fc.property(moment({ minYear: 2000, maxYear: 2000, fractionDigits: 7, offset: false }), (m) => {
        const text = written(m, 'T', false).slice(11);
        const read = roundTrip('Time', text);
        expect(read.declared).toBe('TIME(7)');
        const decoded = readMoment(`2000-01-01T${decodedText(read.value)}`);
        expect([decoded.hour, decoded.minute, decoded.second, decoded.fraction]).toEqual([
          m.hour,
          m.minute,
          m.second ?? 0,
          m.fraction,
        ]);
      }),
      { numRuns: 10_000 },
    );
  });

  it('a moment with an offset is refused for every type but DateTimeOffset', () => {
    fc.assert(
      fc.property(
        moment({ minYear: 1900, maxYear: 2078, fractionDigits: 3, offset: true }),
        fc.constantFrom<SqlDbType>('DateTime', 'SmallDateTime', 'DateTime2'),
        (m, type) => {
          expect(() => roundTrip(type, written(m, 'T', true))).toThrow(
            /offset is only accepted for DateTimeOffset/,
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
