import type { Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { subsettedTag } from './shape.js';
import { searchFixture } from './test-support/search-fixture.js';

const patient = (id: string, family: string, given: string, birthDate?: string): Patient => ({
  resourceType: 'Patient',
  id,
  meta: { versionId: '1', lastUpdated: `2026-01-0${id.length}T00:00:00Z` },
  text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">x</div>' },
  active: true,
  name: [{ family, given: [given] }],
  gender: 'female',
  telecom: [{ system: 'phone', value: '0400 000 000' }],
  ...(birthDate === undefined ? {} : { birthDate }),
});

const fixture = searchFixture(
  [
    patient('p10', 'Brown', 'Amy', '1990-01-01'),
    patient('p2', 'Adams', 'Zoe', '1970-05-05'),
    patient('p1', 'Brown', 'Ben', '1985-03-03'),
    patient('p3', 'Clark', 'Cy'),
  ],
  { maxCount: 50 },
);
const { ids, search } = fixture;

describe('_sort', () => {
  it('orders by id (numeric-aware) when no sort is asked', () => {
    expect(ids('Patient', '')).toEqual(['p1', 'p2', 'p3', 'p10']);
  });

  it('orders by several keys, - for descending, missing values last', () => {
    expect(ids('Patient', '_sort=family,given')).toEqual(['p2', 'p10', 'p1', 'p3']);
    expect(ids('Patient', '_sort=family,-given')).toEqual(['p2', 'p1', 'p10', 'p3']);
    expect(ids('Patient', '_sort=birthdate')).toEqual(['p2', 'p1', 'p10', 'p3']);
    expect(ids('Patient', '_sort=-birthdate')).toEqual(['p10', 'p1', 'p2', 'p3']);
    expect(ids('Patient', '_sort=-_id')).toEqual(['p3', 'p2', 'p10', 'p1']);
  });

  it('rejects an unknown sort key', () => {
    expect(() => ids('Patient', '_sort=shoe-size')).toThrowError(/not a sortable search parameter/);
  });
});

describe('_count, _summary=count, _total', () => {
  it('reports _count clamped to the server maximum, and leaves paging to the caller', () => {
    expect(search('Patient', '_count=2').count).toBe(2);
    expect(search('Patient', '_count=500').count).toBe(50);
    expect(search('Patient', '').count).toBeUndefined();
    expect(search('Patient', '_count=2').matches).toHaveLength(4);
  });

  it('rejects a _count that is not a whole number', () => {
    expect(() => search('Patient', '_count=-1')).toThrowError(/_count=-1 must be a whole number/);
    expect(() => search('Patient', '_count=ten')).toThrowError(/_count/);
  });

  it('_summary=count flags a count-only answer with the total', () => {
    const result = search('Patient', 'family=brown&_summary=count');
    expect(result.summaryCount).toBe(true);
    expect(result.total).toBe(2);
    expect(search('Patient', 'family=brown').summaryCount).toBe(false);
  });

  it('passes _total on and refuses values R4 does not define', () => {
    expect(search('Patient', '_total=accurate').totalMode).toBe('accurate');
    expect(search('Patient', '').totalMode).toBeUndefined();
    expect(() => search('Patient', '_total=exact')).toThrowError(
      /_total=exact is not one of none, estimate, accurate/,
    );
  });
});

describe('_elements and _summary shape served resources', () => {
  it('_elements keeps the listed elements plus id and meta, tagged SUBSETTED', () => {
    const result = search('Patient', '_id=p1&_elements=name,birthDate');
    const shaped = result.shape(result.matches[0] as Patient) as Patient;
    expect(Object.keys(shaped).sort()).toEqual(['birthDate', 'id', 'meta', 'name', 'resourceType']);
    expect(shaped.meta?.tag).toContainEqual(subsettedTag);
    expect(shaped.meta?.versionId).toBe('1');
  });

  it('_summary=true keeps summary elements, text only text, data drops text', () => {
    const summary = search('Patient', '_id=p1&_summary=true');
    expect(Object.keys(summary.shape(summary.matches[0] as Patient)).sort()).toEqual(
      ['active', 'birthDate', 'gender', 'id', 'meta', 'name', 'resourceType', 'telecom'].sort(),
    );
    const text = search('Patient', '_id=p1&_summary=text');
    expect(Object.keys(text.shape(text.matches[0] as Patient)).sort()).toEqual([
      'id',
      'meta',
      'resourceType',
      'text',
    ]);
    const data = search('Patient', '_id=p1&_summary=data');
    expect(data.shape(data.matches[0] as Patient)).not.toHaveProperty('text');
  });

  it('serves the stored resource unchanged when nothing is asked', () => {
    const result = search('Patient', '_id=p1');
    expect(result.shape(result.matches[0] as Patient)).toBe(result.matches[0]);
  });

  it('rejects a _summary value R4 does not define', () => {
    expect(() => search('Patient', '_summary=brief')).toThrowError(/_summary=brief/);
  });
});

describe('subsets keep mandatory elements', () => {
  it('_elements and _summary=text keep what R4 requires (Appointment.status and participant)', () => {
    const { search: find } = searchFixture([
      {
        resourceType: 'Appointment',
        id: 'a1',
        status: 'booked',
        description: 'Check-up',
        start: '2026-11-26T09:00:00+11:00',
        participant: [{ actor: { reference: 'Patient/p1' }, status: 'accepted' }],
      },
    ]);
    const elements = find('Appointment', '_elements=start');
    expect(Object.keys(elements.shape(elements.matches[0] as Patient)).sort()).toEqual(
      ['id', 'meta', 'participant', 'resourceType', 'start', 'status'].sort(),
    );
    const text = find('Appointment', '_summary=text');
    expect(Object.keys(text.shape(text.matches[0] as Patient)).sort()).toEqual(
      ['id', 'meta', 'participant', 'resourceType', 'status'].sort(),
    );
  });
});
