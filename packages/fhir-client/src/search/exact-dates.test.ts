import { describe, expect, it } from 'vitest';
import {
  acceptedDateForms,
  isFhirClientError,
  isSearchBuildError,
  parseSearch,
  SearchBuildError,
  search,
} from '../index.js';

function captureError(action: () => unknown): SearchBuildError {
  try {
    action();
  } catch (error) {
    if (isSearchBuildError(error)) return error;
    throw error;
  }
  throw new Error('expected a SearchBuildError');
}

// Each is something a caller might plausibly send, and Halo would reject or misread.
const badHaloDates = [
  ['2026', 'a year alone'],
  ['2026-11', 'a year and month'],
  ['2026-02-30', 'a day February never has'],
  ['2026-02-29', 'a leap day in a common year'],
  ['2100-02-29', 'a leap day in a century year'],
  ['2026-04-31', 'a 31st in a 30-day month'],
  ['2026-13-01', 'month 13'],
  ['2026-00-10', 'month 0'],
  ['2026-01-00', 'day 0'],
  ['0000-01-01', 'year 0000'],
  ['2026-01-01T24:00:00', 'hour 24'],
  ['2026-01-01T23:60:00', 'minute 60'],
  ['2026-01-01T23:59:60', 'a leap second'],
  ['2026-01-01T10:00', 'a time without seconds'],
  ['2026-01-01T10:00:00Z', 'UTC designator'],
  ['2026-01-01T10:00:00+10:00', 'a positive offset'],
  ['2026-01-01T10:00:00-05:00', 'a negative offset'],
  ['2026-01-01T10:00:00.000', 'fractional seconds'],
  ['2026-01-01T10:00:00.5+10:00', 'fractional seconds and an offset'],
  ['2026-01-01 10:00:00', 'a space instead of T'],
  ['2026-01-01T', 'a T with no time'],
  ['2026-1-1', 'unpadded month and day'],
  ['2026/01/01', 'slashes'],
  ['01/02/2026', 'day-first with slashes'],
  ['20260101', 'no separators'],
  ['26-01-01', 'a two-digit year'],
  [' 2026-01-01', 'a leading space'],
  ['today', 'a word'],
] as const;

describe("the 'halo' date profile", () => {
  const halo = search('Patient', { dates: 'halo' });

  it.each(badHaloDates)(
    'refuses %s (%s) with an error naming the parameter, value and accepted forms',
    (value) => {
      const error = captureError(() => halo.date('birthdate', { ge: value }));
      expect(isFhirClientError(error)).toBe(true);
      expect(error.name).toBe('SearchBuildError');
      expect(error.parameter).toBe('birthdate');
      expect(error.value).toBe(value);
      expect(error.accepted).toEqual(acceptedDateForms.halo);
      expect(error.message).toContain('"birthdate"');
      expect(error.message).toContain(`"${value}"`);
      expect(error.message).toContain('YYYY-MM-DD');
    },
  );

  it.each(badHaloDates)('refuses %s in _lastUpdated and in a parsed URL too', (value) => {
    expect(captureError(() => halo.lastUpdated(value)).parameter).toBe('_lastUpdated');
    const url = `Patient?_lastUpdated=${encodeURIComponent(`le${value}`)}`;
    expect(captureError(() => parseSearch(url, { dates: 'halo' })).parameter).toBe('_lastUpdated');
  });

  it('says what is wrong in words a person can act on', () => {
    expect(captureError(() => halo.date('birthdate', '2026-11')).message).toContain('a partial date');
    expect(captureError(() => halo.date('birthdate', '2026-02-30')).message).toContain(
      'day 30 does not exist',
    );
    expect(captureError(() => halo.date('birthdate', '2026-01-01T10:00:00Z')).message).toContain('offset');
    expect(
      captureError(() => parseSearch('Patient?birthdate=2026-01-01T10:00:00+10:00', { dates: 'halo' }))
        .message,
    ).toContain('%2B');
  });

  it('accepts exact dates and times that exist', () => {
    const built = halo
      .date('birthdate', { ge: '2024-02-29', le: '2026-12-31T23:59:59' })
      .lastUpdated({ gt: '2026-01-01T00:00:00' });
    expect(built.toString()).toBe(
      'Patient?birthdate=ge2024-02-29&birthdate=le2026-12-31T23:59:59&_lastUpdated=gt2026-01-01T00:00:00',
    );
    expect(parseSearch(built.toString(), { dates: 'halo' }).query).toEqual(built.query);
  });

  it('checks dates inside chains and reverse chains, and leaves :missing alone', () => {
    expect(() =>
      halo.chain('general-practitioner', (gp) => gp.lastUpdated('2026'), { type: 'Practitioner' }),
    ).toThrow(/2026/);
    expect(() => parseSearch('Patient?_has:Observation:patient:date=2026', { dates: 'halo' })).toThrow(
      /partial date/,
    );
    expect(parseSearch('Patient?birthdate:missing=true', { dates: 'halo' }).toString()).toBe(
      'Patient?birthdate:missing=true',
    );
  });

  it('refuses a Date when no time zone is configured, rather than guessing UTC', () => {
    const error = captureError(() => halo.date('birthdate', new Date('2026-04-05T00:00:00Z')));
    expect(error.message).toContain('timeZone');
    expect(error.value).toBe('2026-04-05T00:00:00.000Z');
  });

  it('refuses a Date whose year FHIR cannot write', () => {
    const sydney = search('Patient', { dates: 'halo', timeZone: 'Australia/Sydney' });
    expect(() => sydney.date('birthdate', new Date('+010000-01-01T00:00:00Z'))).toThrow(SearchBuildError);
    expect(() => search('Patient').date('birthdate', new Date('0000-01-01T00:00:00Z'))).toThrow(/year 0000/);
  });

  it('refuses an invalid Date and an unknown time zone', () => {
    const sydney = search('Patient', { dates: 'halo', timeZone: 'Australia/Sydney' });
    expect(captureError(() => sydney.date('birthdate', new Date('nope'))).value).toBe('Invalid Date');
    expect(captureError(() => search('Patient', { timeZone: 'Australia/Sydny' })).parameter).toBe('timeZone');
  });

  it.each([
    // Sydney, end of daylight saving (03:00 AEDT becomes 02:00 AEST on 2026-04-05): 02:30 happens twice.
    ['Australia/Sydney', '2026-04-04T15:30:00Z', '2026-04-05T02:30:00', '2026-04-05'],
    ['Australia/Sydney', '2026-04-04T16:30:00Z', '2026-04-05T02:30:00', '2026-04-05'],
    ['Australia/Sydney', '2026-04-04T13:30:00Z', '2026-04-05T00:30:00', '2026-04-05'],
    // Sydney, start of daylight saving (02:00 AEST becomes 03:00 AEDT on 2026-10-04).
    ['Australia/Sydney', '2026-10-03T15:30:00Z', '2026-10-04T01:30:00', '2026-10-04'],
    ['Australia/Sydney', '2026-10-03T16:30:00Z', '2026-10-04T03:30:00', '2026-10-04'],
    ['Australia/Sydney', '2026-10-03T13:59:59Z', '2026-10-03T23:59:59', '2026-10-03'],
    // New York, start (2026-03-08 02:00 EST becomes 03:00 EDT) and end (2026-11-01 02:00 EDT becomes 01:00 EST).
    ['America/New_York', '2026-03-08T06:30:00Z', '2026-03-08T01:30:00', '2026-03-08'],
    ['America/New_York', '2026-03-08T07:30:00Z', '2026-03-08T03:30:00', '2026-03-08'],
    ['America/New_York', '2026-11-01T05:30:00Z', '2026-11-01T01:30:00', '2026-11-01'],
    ['America/New_York', '2026-11-01T06:30:00Z', '2026-11-01T01:30:00', '2026-11-01'],
    ['America/New_York', '2026-11-01T03:59:59Z', '2026-10-31T23:59:59', '2026-10-31'],
  ])('renders a Date in %s: %s is %s local', (timeZone, instant, dateTime, day) => {
    const zoned = search('Appointment', { dates: 'halo', timeZone });
    const date = new Date(instant);
    expect(zoned.date('date', { ge: date }).toSearchParams().get('date')).toBe(`ge${dateTime}`);
    expect(zoned.date('date', date, { precision: 'date' }).toSearchParams().get('date')).toBe(day);
  });
});

describe("the 'fhir' date profile", () => {
  const fhir = search('Observation', { dates: 'fhir' });

  it.each([
    '2026',
    '2026-11',
    '2026-11-05',
    '2026-11-05T10:00:00',
    '2013-01-14T10:00',
    '2026-11-05T10:00Z',
    '2026-11-05T10:00:00Z',
    '2026-11-05T10:00:00.123+10:00',
    '2026-11-05T10:00:00-14:00',
    '2016-12-31T23:59:60Z',
  ])('accepts the R4 form %s', (value) => {
    expect(fhir.date('date', { ge: value }).toSearchParams().get('date')).toBe(`ge${value}`);
  });

  it.each([
    '2026-02-30',
    '2026-11-05T10',
    '2026-11-05T10:00:00+15:00',
    '2026-11-05T25:00:00',
    '2026-11-05T10:00:00+1000',
    'yesterday',
  ])('refuses %s', (value) => {
    const error = captureError(() => fhir.date('date', value));
    expect(error.accepted).toEqual(acceptedDateForms.fhir);
  });

  it('writes a Date as an exact UTC instant without a zone, and with its offset in a zone', () => {
    const date = new Date('2026-04-04T15:30:00Z');
    expect(fhir.date('date', date).toSearchParams().get('date')).toBe('2026-04-04T15:30:00Z');
    const sydney = search('Observation', { timeZone: 'Australia/Sydney' });
    expect(sydney.date('date', date).toSearchParams().get('date')).toBe('2026-04-05T02:30:00+11:00');
    expect(sydney.date('date', new Date('2026-04-04T16:30:00Z')).toSearchParams().get('date')).toBe(
      '2026-04-05T02:30:00+10:00',
    );
  });

  it('refuses a Date at day precision without a time zone, since the day would be a guess', () => {
    expect(() => fhir.date('date', new Date(), { precision: 'date' })).toThrow(/timeZone/);
  });

  it('is the default profile', () => {
    expect(search('Observation').date('date', '2026').toString()).toBe('Observation?date=2026');
    expect(parseSearch('Observation?date=2026').options.dates).toBe('fhir');
  });
});

describe('withOptions', () => {
  it("checks existing dates again when switching to 'halo'", () => {
    const loose = search('Observation').date('date', '2026-11');
    expect(() => loose.withOptions({ dates: 'halo' })).toThrow(/partial date/);
    expect(
      search('Observation').date('date', '2026-11-01').withOptions({ dates: 'halo' }).options.dates,
    ).toBe('halo');
  });
});
