import { describe, expect, it } from 'vitest';
import { practitionerOfSearch, readSearchInput } from './search-input.js';

describe('practitionerOfSearch', () => {
  it.each([
    ['practitioner=123', 'Practitioner/123'],
    ['practitioner=Practitioner/123', 'Practitioner/123'],
    ['actor=Practitioner/9', 'Practitioner/9'],
    ['actor:Practitioner=9', 'Practitioner/9'],
    ['performer=https://h.example/fhir/R4/Practitioner/9/_history/2', 'Practitioner/9'],
    ['actor=Patient/9', undefined],
    ['actor=9', undefined],
    ['practitioner=1,2', undefined],
    ['practitioner=1&actor=Practitioner/2', undefined],
    ['practitioner=1&actor=Practitioner/1', 'Practitioner/1'],
    ['actor.name=smith', undefined],
    ['practitioner.identifier=http://ns.example/hpii|8003', 'identifier=http://ns.example/hpii|8003'],
    ['actor:Practitioner.identifier=abc', 'identifier=abc'],
    ['performer:Practitioner._id=77', 'Practitioner/77'],
    ['practitioner._id=77&practitioner=77', 'Practitioner/77'],
    ['practitioner.identifier=a&practitioner=77', undefined],
    ['practitioner.organization.name=clinic', undefined],
    ['actor:Patient.identifier=abc', undefined],
    ['date=2026-12-04&practitioner.identifier=a,b', undefined],
  ])('%s → %s', (query, expected) => {
    expect(practitionerOfSearch(new URLSearchParams(query))).toBe(expected);
  });
});

const baseUrl = 'https://fhir.example/base/R4/';

describe('readSearchInput', () => {
  it('checks text queries with Halo’s exact dates in Halo mode, before anything is sent', () => {
    expect(() =>
      readSearchInput('Appointment?date=2026-03', { baseUrl, haloBehaviours: true, timeZone: undefined }),
    ).toThrow(expect.objectContaining({ name: 'SearchBuildError' }));
    expect(
      readSearchInput('Appointment?date=2026-03', { baseUrl, haloBehaviours: false, timeZone: undefined }),
    ).toMatchObject({
      resourceType: 'Appointment',
    });
  });

  it('refuses text without a resource type', () => {
    expect(() =>
      readSearchInput('?date=2026-03-02', { baseUrl, haloBehaviours: false, timeZone: undefined }),
    ).toThrow(expect.objectContaining({ name: 'SearchBuildError' }));
  });

  it.each([
    ['https://other.example/base/R4/Patient?family=Smith', 'https://other.example/base/R4/'],
    ['http://fhir.example/base/R4/Patient?family=Smith', 'http://fhir.example/base/R4/'],
    ['https://fhir.example/other/R4/Patient?family=Smith', 'https://fhir.example/other/R4/'],
    ['https://fhir.example/base/R4/Patient/_search?family=Smith', undefined],
  ])('refuses an absolute query URL under another base (%s), saying how to query either', (query, named) => {
    const read = () => readSearchInput(query, { baseUrl, haloBehaviours: false, timeZone: undefined });
    if (named === undefined) {
      expect(read()).toMatchObject({ resourceType: 'Patient' });
      return;
    }
    expect(read).toThrow(
      expect.objectContaining({
        name: 'InvalidArgumentError',
        argument: 'query',
        message: expect.stringContaining(
          `names the FHIR base ${named}, not this client's (${baseUrl}); nothing was sent.`,
        ),
      }),
    );
    expect(read).toThrow("pass the query without its base: 'Patient?family=Smith'");
  });
});
