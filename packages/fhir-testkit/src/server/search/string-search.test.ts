import type { Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { searchFixture } from './test-support/search-fixture.js';

const patient = (id: string, family: string, given: string[], city = 'Parramatta'): Patient => ({
  resourceType: 'Patient',
  id,
  name: [{ family, given }],
  address: [{ city, state: 'NSW', postalCode: '2150' }],
});

const { ids } = searchFixture([
  patient('1', 'Smith', ['Jo']),
  patient('2', 'Smithers', ['Zoë']),
  patient('3', 'Goldsmith', ['Renée'], 'Newtown'),
  patient('4', 'Nguyễn', ['Linh']),
]);

describe('string search', () => {
  it('matches the start of any part of a name, ignoring case', () => {
    expect(ids('Patient', 'name=smi')).toEqual(['1', '2']);
    expect(ids('Patient', 'family=SMITH')).toEqual(['1', '2']);
    expect(ids('Patient', 'given=jo')).toEqual(['1']);
  });

  it('ignores accents on either side', () => {
    expect(ids('Patient', 'given=zoe')).toEqual(['2']);
    expect(ids('Patient', 'family=nguyen')).toEqual(['4']);
    expect(ids('Patient', 'given=Renee')).toEqual(['3']);
    expect(ids('Patient', 'given=zoë')).toEqual(['2']);
  });

  it(':exact compares the whole value, case and accents included', () => {
    expect(ids('Patient', 'family:exact=Smith')).toEqual(['1']);
    expect(ids('Patient', 'family:exact=smith')).toEqual([]);
    expect(ids('Patient', 'given:exact=Zoe')).toEqual([]);
    expect(ids('Patient', 'given:exact=Zoë')).toEqual(['2']);
  });

  it(':contains matches anywhere in the value', () => {
    expect(ids('Patient', 'family:contains=smith')).toEqual(['1', '2', '3']);
    expect(ids('Patient', 'family:contains=ither')).toEqual(['2']);
  });

  it('searches every part of an address', () => {
    expect(ids('Patient', 'address=newt')).toEqual(['3']);
    expect(ids('Patient', 'address-postalcode=2150')).toEqual(['1', '2', '3', '4']);
    expect(ids('Patient', 'address-city=parra')).toEqual(['1', '2', '4']);
  });
});
