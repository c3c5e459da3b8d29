import type { Appointment, Encounter, Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { searchFixture } from './test-support/search-fixture.js';

const patient = (id: string, birthDate: string): Patient => ({ resourceType: 'Patient', id, birthDate });
const encounter = (id: string, start?: string, end?: string): Encounter => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  class: { code: 'AMB' },
  period: { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) },
});
const appointment = (id: string, start: string): Appointment => ({
  resourceType: 'Appointment',
  id,
  status: 'booked',
  start,
  participant: [{ status: 'accepted' }],
});

const { ids } = searchFixture([
  patient('a1979', '1979'),
  patient('b1980-01', '1980-01'),
  patient('c1980-01-15', '1980-01-15'),
  patient('d1980-02-01', '1980-02-01'),
  patient('e1981-06-30', '1981-06-30'),
  encounter('e1-jan', '2026-01-05T09:00:00Z', '2026-01-05T09:15:00Z'),
  encounter('e2-span', '2026-01-31T22:00:00Z', '2026-02-02T02:00:00Z'),
  encounter('e3-open', '2026-03-01T09:00:00Z'),
]);

describe('date search prefixes (R4 §3.1.1.4.1, ranges of search and target)', () => {
  it('eq: the search range contains the target range', () => {
    expect(ids('Patient', 'birthdate=1980')).toEqual(['b1980-01', 'c1980-01-15', 'd1980-02-01']);
    expect(ids('Patient', 'birthdate=eq1980-01')).toEqual(['b1980-01', 'c1980-01-15']);
    expect(ids('Patient', 'birthdate=1980-01-15')).toEqual(['c1980-01-15']);
    // A month-precision birth date is not contained in one day.
    expect(ids('Patient', 'birthdate=1980-01-01')).toEqual([]);
  });

  it('ne: everything eq does not match', () => {
    expect(ids('Patient', 'birthdate=ne1980')).toEqual(['a1979', 'e1981-06-30']);
  });

  it('gt/ge and lt/le compare against the end and start of the search range', () => {
    expect(ids('Patient', 'birthdate=gt1980-01')).toEqual(['d1980-02-01', 'e1981-06-30']);
    expect(ids('Patient', 'birthdate=ge1980-01')).toEqual([
      'b1980-01',
      'c1980-01-15',
      'd1980-02-01',
      'e1981-06-30',
    ]);
    expect(ids('Patient', 'birthdate=lt1980-01-15')).toEqual(['a1979', 'b1980-01']);
    expect(ids('Patient', 'birthdate=le1980-01-15')).toEqual(['a1979', 'b1980-01', 'c1980-01-15']);
  });

  it('sa/eb: the target starts after / ends before the search range', () => {
    expect(ids('Patient', 'birthdate=sa1980-01')).toEqual(['d1980-02-01', 'e1981-06-30']);
    expect(ids('Patient', 'birthdate=eb1980-01-15')).toEqual(['a1979']);
  });

  it('ap: approximately, within 10% of the distance from now', () => {
    const { ids: at } = searchFixture(
      [patient('a', '2026-01-01'), patient('b', '2026-02-10'), patient('c', '2027-01-01')],
      {
        clock: { now: () => Date.parse('2026-11-26T00:00:00Z') },
      },
    );
    // 10% of ~330 days is ~33 days either side of 2026-01-01.
    expect(at('Patient', 'birthdate=ap2026-01-01')).toEqual(['a']);
    expect(at('Patient', 'birthdate=ap2026-01-20')).toEqual(['a', 'b']);
  });

  it('matches Periods by overlap and containment, open ends unbounded', () => {
    expect(ids('Encounter', 'date=2026-01-05')).toEqual(['e1-jan']);
    expect(ids('Encounter', 'date=2026-02-01')).toEqual([]);
    expect(ids('Encounter', 'date=ge2026-02-01')).toEqual(['e2-span', 'e3-open']);
    expect(ids('Encounter', 'date=lt2026-02-01')).toEqual(['e1-jan', 'e2-span']);
    expect(ids('Encounter', 'date=gt2030-01-01')).toEqual(['e3-open']);
    expect(ids('Encounter', 'date=ge2026-01-01&date=lt2026-02-01')).toEqual(['e1-jan', 'e2-span']);
  });

  it('matches instants with offsets, and reads offset-less values in the site time zone', () => {
    const appointments = [
      appointment('early', '2026-11-26T08:00:00+11:00'),
      appointment('late', '2026-11-26T16:45:00+11:00'),
      appointment('next', '2026-11-27T08:00:00+11:00'),
    ];
    const sydney = searchFixture(appointments, { timeZone: 'Australia/Sydney' });
    expect(sydney.ids('Appointment', 'date=2026-11-26')).toEqual(['early', 'late']);
    expect(sydney.ids('Appointment', 'date=ge2026-11-26T09:00:00&date=lt2026-11-27T00:00:00')).toEqual([
      'late',
    ]);
    expect(sydney.ids('Appointment', 'date=2026-11-26T08:00:00')).toEqual(['early']);
    const utc = searchFixture(appointments, { timeZone: 'UTC' });
    // In UTC the Sydney morning falls on the previous day.
    expect(utc.ids('Appointment', 'date=2026-11-26')).toEqual(['late', 'next']);
    expect(utc.ids('Appointment', 'date=2026-11-25T21:00:00Z')).toEqual(['early']);
  });

  it('answers a malformed date with a 400 that shows the expected form', () => {
    expect(() => ids('Patient', 'birthdate=26/11/2026')).toThrow(/birthdate.*FHIR date, e\.g\. ge2026-11-26/);
    expect(() => ids('Patient', 'birthdate=xx2026')).toThrowError(
      expect.objectContaining({ status: 400, code: 'invalid' }),
    );
  });
});
