import type { Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { searchFixture } from './test-support/search-fixture.js';

const patient = (id: string, family: string, gender: Patient['gender']): Patient => ({
  resourceType: 'Patient',
  id,
  gender,
  name: [{ family }],
  identifier: [{ system: 'urn:test', value: family }],
});

const { ids } = searchFixture([
  patient('1', 'Smith', 'male'),
  patient('2', 'Jones', 'female'),
  patient('3', 'Lee, Jr', 'female'),
  patient('4', 'Lee', 'male'),
]);

describe('OR within a parameter, AND across repeats', () => {
  it('a comma separates alternatives', () => {
    expect(ids('Patient', 'family=smith,jones')).toEqual(['1', '2']);
  });

  it('repeating a parameter requires every occurrence to match', () => {
    expect(ids('Patient', 'family=lee&gender=male')).toEqual(['4']);
    expect(ids('Patient', 'family=smith,lee&family=lee')).toEqual(['3', '4']);
    expect(ids('Patient', 'gender=male&gender=female')).toEqual([]);
  });

  it('an escaped comma is part of the value', () => {
    expect(ids('Patient', 'identifier=Lee\\, Jr')).toEqual(['3']);
    expect(ids('Patient', 'family:exact=Lee\\, Jr,Smith')).toEqual(['1', '3']);
  });
});

describe('empty alternatives', () => {
  it('are refused rather than matching everything', () => {
    expect(() => ids('Patient', 'family=smith,')).toThrowError(/none of them empty/);
    expect(() => ids('Patient', 'gender=male,,female')).toThrowError(/none of them empty/);
  });
});
