import { describe, expect, it } from 'vitest';
import { isSearchBuildError, parseSearch, parseSearchQuery, SearchBuildError, search } from '../index.js';

describe('formatting values', () => {
  it('escapes \\ , | $ inside values and URL-encodes them exactly once', () => {
    const built = search('Patient').string('name', 'a\\b,c|d$e');
    expect(built.toSearchParams().get('name')).toBe('a\\\\b\\,c\\|d\\$e');
    expect(built.toString()).toBe('Patient?name=a%5C%5Cb%5C,c%5C%7Cd%5C$e');
    expect(built.toString()).not.toMatch(/%25/);
  });

  it('writes spaces as %20 in the URL and as + in the form body', () => {
    const built = search('Patient').string('name', 'van der berg').param('custom', 'a+b');
    expect(built.toString()).toBe('Patient?name=van%20der%20berg&custom=a%2Bb');
    expect(built.toFormBody()).toBe('name=van+der+berg&custom=a%2Bb');
    expect(new URLSearchParams(built.toFormBody()).get('name')).toBe('van der berg');
  });

  it('keeps the order parameters were added in, so the same query always formats the same', () => {
    const build = () => search('Observation').count(10).token('code', '1234-5').string('_content', 'x');
    expect(build().toString()).toBe('Observation?_count=10&code=1234-5&_content=x');
    expect([...build().toSearchParams().keys()]).toEqual(['_count', 'code', '_content']);
  });

  it('writes a search with no parameters as the resource type alone', () => {
    expect(search('Patient').toString()).toBe('Patient');
    expect(search('Patient').toFormBody()).toBe('');
  });
});

describe('parseSearch', () => {
  it.each([
    ['Patient?name=smith', 'Patient'],
    ['/Patient?name=smith', 'Patient'],
    ['https://api.haloconnect.io/integrator/sites/abc/fhir/R4/Patient?name=smith', 'Patient'],
    ['https://example.org/fhir/Patient/_search?name=smith', 'Patient'],
    ['Patient?name=smith#fragment', 'Patient'],
  ])('reads the resource type of %s', (url, resourceType) => {
    const parsed = parseSearch(url);
    expect(parsed.resourceType).toBe(resourceType);
    expect(parsed.toString()).toBe(`${resourceType}?name=smith`);
  });

  it('refuses an absolute URL that is not one, and an unknown date profile', () => {
    expect(captureError(() => parseSearch('https://?x=1')).message).toContain('not a valid absolute URL');
    expect(captureError(() => parseSearch('Patient', { dates: 'exact' as never })).accepted).toEqual([
      'halo',
      'fhir',
    ]);
  });

  it('refuses a URL with no resource type, naming what it expected', () => {
    const error = captureError(() => parseSearch('?name=smith'));
    expect(error.parameter).toBe('resourceType');
    expect(error.accepted).toContain('Type?query');
  });

  it('splits names into code, modifier and chain, and values into OR values, components and parts', () => {
    const query = parseSearchQuery(
      'Observation?subject:Patient.name:exact=a\\,b,c&code=http://loinc.org|1234\\|5&component-code-value-quantity=http://loinc.org|8480-6$lt60',
    );
    expect(query.parameters).toEqual([
      {
        code: 'subject',
        modifier: 'Patient',
        chain: 'name:exact',
        values: [[{ parts: ['a,b'] }], [{ parts: ['c'] }]],
      },
      { code: 'code', values: [[{ parts: ['http://loinc.org', '1234|5'] }]] },
      {
        code: 'component-code-value-quantity',
        values: [[{ parts: ['http://loinc.org', '8480-6'] }, { parts: ['lt60'] }]],
      },
    ]);
  });

  it('takes prefixes off only where the value type has them, following typed chains and reverse chains', () => {
    const query = parseSearchQuery(
      'Patient?birthdate=ge2000-01-01&name=gejohn&general-practitioner:Practitioner._lastUpdated=lt2020-01-01&_has:Observation:patient:value-quantity=gt5.4|http://unitsofmeasure.org|mg&custom=ge5',
    );
    expect(query.parameters.map((entry) => entry.values[0]?.[0])).toEqual([
      { prefix: 'ge', parts: ['2000-01-01'] },
      { parts: ['gejohn'] },
      { prefix: 'lt', parts: ['2020-01-01'] },
      { prefix: 'gt', parts: ['5.4', 'http://unitsofmeasure.org', 'mg'] },
      { parts: ['ge5'] },
    ]);
  });

  it('keeps unknown parameters as they are, because servers define their own', () => {
    const parsed = parseSearch('Patient?x-custom:weird=1|2,3&name=smith');
    expect(parsed.query.parameters[0]).toEqual({
      code: 'x-custom',
      modifier: 'weird',
      values: [[{ parts: ['1', '2'] }], [{ parts: ['3'] }]],
    });
    expect(parsed.toString()).toBe('Patient?x-custom:weird=1%7C2,3&name=smith');
  });

  it('reads a backslash that escapes nothing as a literal backslash, and writes it back escaped', () => {
    const parsed = parseSearch('Patient?name=a\\b\\');
    expect(parsed.query.parameters[0]?.values).toEqual([[{ parts: ['a\\b\\'] }]]);
    expect(parseSearch(parsed.toString()).query).toEqual(parsed.query);
  });

  it('refuses modifiers other than :missing on date, number and quantity parameters', () => {
    const error = captureError(() => parseSearch('Patient?birthdate:exact=2000-01-01'));
    expect(error.parameter).toBe('birthdate:exact');
    expect(error.message).toContain('takes no :exact modifier');
    expect(parseSearch('Patient?birthdate:missing=true').query.parameters[0]?.modifier).toBe('missing');
  });

  it('refuses :missing with anything but true or false', () => {
    const error = captureError(() => parseSearch('Patient?gender:missing=yes'));
    expect(error.accepted).toEqual(['true', 'false']);
  });

  it('refuses a parameter without a name', () => {
    expect(() => parseSearch('Patient?=x')).toThrow(SearchBuildError);
  });

  it('returns frozen data', () => {
    const parsed = parseSearch('Patient?name=a,b');
    expect(Object.isFrozen(parsed.query)).toBe(true);
    expect(Object.isFrozen(parsed.query.parameters)).toBe(true);
    expect(Object.isFrozen(parsed.query.parameters[0]?.values[0]?.[0]?.parts)).toBe(true);
  });
});

function captureError(action: () => unknown): SearchBuildError {
  try {
    action();
  } catch (error) {
    if (isSearchBuildError(error)) return error;
    throw error;
  }
  throw new Error('expected a SearchBuildError');
}
