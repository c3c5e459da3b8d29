import type { Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { SearchRejectedError } from './search-engine.js';
import { searchFixture } from './test-support/search-fixture.js';

const resources: Patient[] = [
  { resourceType: 'Patient', id: '1', gender: 'male' },
  { resourceType: 'Patient', id: '2', gender: 'female' },
];

describe('unknown and unsupported parameters', () => {
  it('strict mode answers 400 invalid for an unknown parameter, naming it', () => {
    const { search } = searchFixture(resources);
    const error = (() => {
      try {
        search('Patient', 'gender=male&shoe-size=9');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SearchRejectedError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid',
      diagnostics: expect.stringMatching(/"shoe-size" for Patient/),
    });
  });

  it('strict mode answers 400 for unknown modifiers and not-supported for unimplemented ones', () => {
    const { search } = searchFixture(resources);
    expect(() => search('Patient', 'gender:fuzzy=male')).toThrowError(
      expect.objectContaining({ code: 'invalid' }),
    );
    expect(() => search('Patient', 'gender:in=http://vs')).toThrowError(
      expect.objectContaining({ code: 'not-supported' }),
    );
    expect(() => search('Patient', '_text=x')).toThrowError(
      expect.objectContaining({ code: 'not-supported' }),
    );
  });

  it('lenient mode ignores them, reports each key once, and still applies the rest', () => {
    const { search } = searchFixture(resources, { strict: false });
    const result = search(
      'Patient',
      'gender=male&shoe-size=9&shoe-size=10&gender:fuzzy=x&_sort=nope&_text=x',
    );
    expect(result.matches.map((r) => r.id)).toEqual(['1']);
    expect(result.ignoredParams).toEqual(['_text', 'shoe-size', 'gender:fuzzy', '_sort']);
  });

  it('answers 404 for a type R4 does not define, in either mode', () => {
    const { search } = searchFixture(resources, { strict: false });
    expect(() => search('Patients', '')).toThrowError(
      expect.objectContaining({ status: 404, code: 'not-found' }),
    );
  });

  it('rejects malformed values even in lenient mode', () => {
    const { search } = searchFixture(resources, { strict: false });
    expect(() => search('Patient', 'birthdate=yesterday')).toThrowError(
      expect.objectContaining({ status: 400 }),
    );
    expect(() => search('Patient', 'gender:missing=maybe')).toThrowError(/true or false/);
    expect(() => search('Patient', '_count=1&_count=2')).toThrowError(/only once/);
  });
});

describe('parameters without a value', () => {
  it('are ignored and reported, in either mode', () => {
    const { search } = searchFixture(resources);
    const result = search('Patient', 'gender=&_id=1');
    expect(result.matches.map((r) => r.id)).toEqual(['1']);
    expect(result.ignoredParams).toEqual(['gender']);
  });
});

describe('rejections of near misses', () => {
  it('suggest the nearest known name for a typo', () => {
    const { search } = searchFixture(resources);
    expect(() => search('Patient', 'birthDate=1980')).toThrowError(/Did you mean "birthdate"\?/);
    expect(() => search('Patient', 'gendre=male')).toThrowError(/Did you mean "gender"\?/);
    expect(() => search('Patients', '')).toThrowError(/Did you mean "Patient"\?/);
    expect(() => search('Patient', 'shoe-size=9')).not.toThrowError(/Did you mean/);
  });
});
