import { describe, expect, it } from 'vitest';
import {
  formatSearch,
  isSearchBuildError,
  parseSearch,
  parseSearchQuery,
  type R4ResourceType,
  type SearchOptions,
  search,
} from '../../index.js';

// Cases from the R4 search specification (http://hl7.org/fhir/R4/search.html), one or more per refusal
// class, each with the words its error must contain. `strictOnly` cases are legal R4 syntax that only
// `strict` refuses (a parameter R4 does not define on the type, kept as written under `r4`).
interface RefusedCase {
  readonly url: string;
  readonly fault: string;
  readonly strictOnly?: boolean;
  readonly options?: SearchOptions;
}

const refused: Readonly<Record<string, readonly RefusedCase[]>> = {
  'parameter not defined on the type': [
    {
      url: 'Patient?x-practice-flag=1',
      fault: 'Patient has no search parameter "x-practice-flag" in R4',
      strictOnly: true,
    },
    {
      url: 'Patient?_sort=x-practice-flag',
      fault: 'Patient has no search parameter "x-practice-flag" to sort by',
      strictOnly: true,
    },
  ],
  'modifier not allowed for the type (3.1.1.5)': [
    { url: 'Patient?name:below=x', fault: 'a string parameter takes no :below modifier' },
    { url: 'ValueSet?url:contains=x', fault: 'a uri parameter takes no :contains modifier' },
    { url: 'Patient?birthdate:exact=2020-01-01', fault: 'a date parameter takes no :exact modifier' },
    { url: 'Patient?gender:exact=male', fault: 'a token parameter takes no :exact modifier' },
    { url: 'Observation?value-quantity:text=5', fault: 'a quantity parameter takes no :text modifier' },
    { url: 'Observation?subject:Medication=1', fault: 'Observation subject cannot point to Medication' },
    { url: 'Patient?_count:exact=5', fault: '_count takes no :exact modifier' },
    { url: 'Patient?gender:missing=maybe', fault: ':missing takes true or false' },
  ],
  'number grammar (3.1.1.4.6)': [
    { url: 'RiskAssessment?probability=abc', fault: 'not a number' },
    { url: 'RiskAssessment?probability=ge', fault: 'not a number' },
    { url: 'RiskAssessment?probability=0x10', fault: 'not a number' },
    { url: 'RiskAssessment?probability=1.', fault: 'not a number' },
  ],
  'quantity grammar (3.1.1.4.10)': [
    { url: 'Observation?value-quantity=5.4|a', fault: 'a quantity is number, or number|system|code' },
    { url: 'Observation?value-quantity=5.4|a|b|c', fault: 'a quantity is number, or number|system|code' },
    {
      url: 'Observation?value-quantity=abc|http://unitsofmeasure.org|mg',
      fault: 'a quantity starts with a number',
    },
  ],
  'token forms and :of-type (3.1.1.4.9)': [
    { url: 'Patient?identifier:of-type=a|b', fault: ':of-type takes a type system|code and a value' },
    { url: 'Patient?identifier:of-type=|MR|446053', fault: ':of-type takes a type system|code and a value' },
    { url: 'Patient?gender=a|b|c', fault: 'a token is code, system|code, |code or system|' },
    { url: 'Patient?gender=', fault: 'an empty value' },
    { url: 'Condition?code:in=', fault: 'an empty value' },
    { url: 'Patient?gender=male$female', fault: 'a token value has no $ components' },
  ],
  'reference and uri forms (3.1.1.4.11, 3.1.1.4.13)': [
    { url: 'Observation?subject=', fault: 'an empty value' },
    { url: 'Observation?subject=a|b|c', fault: 'not a reference' },
    { url: 'ValueSet?url=a|b|c', fault: 'not a URI' },
  ],
  'composite components (3.1.1.4.12)': [
    {
      url: 'Observation?code-value-quantity=1234-5',
      fault: 'code-value-quantity takes 2 $-separated components',
    },
    {
      url: 'Observation?code-value-quantity=http://loinc.org|8480-6$abc',
      fault: 'component 2 of code-value-quantity: a quantity starts with a number',
    },
    {
      url: 'Observation?code-value-concept=a$b|c|d',
      fault: 'component 2 of code-value-concept: a token is code',
    },
  ],
  'dates by the active profile (3.1.1.4.7)': [
    { url: 'Patient?birthdate=2026-11', fault: 'a partial date', options: { dates: 'halo' } },
    { url: 'Patient?birthdate=2026-13-01', fault: 'month 13 does not exist' },
  ],
  'result parameters and their value sets (3.1.1.5)': [
    { url: 'Patient?_count=abc', fault: 'not a page size' },
    { url: 'Patient?_count=-1', fault: 'not a page size' },
    { url: 'Patient?_count=1.5', fault: 'not a page size' },
    { url: 'Patient?_count=5,6', fault: 'not a page size' },
    { url: 'Patient?_total=bogus', fault: 'not one of the accepted values' },
    { url: 'Patient?_summary=notarealvalue', fault: 'not one of the accepted values' },
    { url: 'Patient?_contained=maybe', fault: 'not one of the accepted values' },
    { url: 'Patient?_containedType=both', fault: 'not one of the accepted values' },
    { url: 'Patient?_sort=a|b', fault: 'not a plain comma-separated list' },
    { url: 'Patient?_sort=-', fault: '"-" is not a sort key' },
    { url: 'Patient?_elements=name.given', fault: '"name.given" is not an element name' },
  ],
  '_include and _revinclude (3.1.1.5.4)': [
    { url: 'Patient?_include=Patient', fault: 'names no search parameter of Patient' },
    {
      url: 'Patient?_include=Patient:foo',
      fault: 'Patient foo is not an R4 search parameter, not a reference',
    },
    { url: 'Patient?_include=Patient:name', fault: 'Patient name is a string parameter, not a reference' },
    {
      url: 'Patient?_include=Patient:organization:Patient',
      fault: 'Patient organization cannot point to Patient',
    },
    {
      url: 'Patient?_include=Observation:subject',
      fault: 'an _include without :iterate starts from Patient',
    },
    {
      url: 'Patient?_revinclude=Observation:encounter',
      fault: 'Observation encounter cannot point to Patient',
    },
    { url: 'Patient?_include:recurse=Patient:organization', fault: '_include takes no :recurse modifier' },
    { url: 'Patient?_include=Foo:bar', fault: '"Foo" is not an R4 resource type' },
    { url: 'Patient?_include=Patient:organization,Patient:link', fault: 'one Source:parameter per _include' },
  ],
  'reverse chains (3.1.1.4.16)': [
    { url: 'Patient?_has:Observation:status=active', fault: '_has has no reference segment' },
    {
      url: 'Patient?_has:Observation:encounter:status=final',
      fault: 'Observation encounter cannot point to Patient',
    },
    { url: 'Patient?_has:Foo:patient:code=x', fault: '_has needs an R4 resource type first, not "Foo"' },
    {
      url: 'Patient?_has:Observation:code:status=x',
      fault: 'Observation code is a token parameter, not a reference',
    },
    {
      url: 'Patient?_has:Observation:patient:nosuch=x',
      fault: 'Observation has no search parameter "nosuch"',
    },
    { url: 'Patient?_has:Observation:patient:_count=5', fault: '_count applies to the whole search' },
  ],
  'chains (3.1.1.4.15)': [
    { url: 'Patient?organization.invalid=true', fault: 'Organization has no search parameter "invalid"' },
    {
      url: 'Observation?subject.name=peter',
      fault: 'an untyped chain needs a parameter every target of subject has',
    },
    {
      url: 'Patient?gender.name=x',
      fault: 'Patient gender is a token parameter; only a reference can be chained',
    },
    { url: 'Observation?subject:Medication.code=x', fault: 'Observation subject cannot point to Medication' },
    { url: 'Observation?subject:Patient._count=1', fault: '_count applies to the whole search' },
  ],
};

// R4-legal searches every mode must keep accepting, formatting back to the same URL.
const accepted: readonly string[] = [
  'Patient?_include=Patient:*',
  'Patient?_include=Patient:organization:Organization',
  'MedicationDispense?_include=MedicationDispense:prescription&_include:iterate=MedicationRequest:requester',
  'Patient?_revinclude=Provenance:target&_revinclude:iterate=Observation:has-member',
  'RiskAssessment?probability=gt0.8',
  'RiskAssessment?probability=8e-1',
  'Observation?value-quantity=le5.4|http://unitsofmeasure.org|mg',
  'Observation?value-quantity=ap5.4||mg',
  'Patient?birthdate=ge2020-01-01&birthdate=lt2021-01-01',
  'Patient?name=gesmith',
  'Patient?gender=ge',
  'Observation?subject:Patient.name=peter',
  'Patient?organization.name=acme',
  'Patient?_has:Observation:patient:code=1234-5',
  'Patient?_has:Observation:patient:_has:AuditEvent:entity:agent=MyUserId',
  'Patient?identifier:of-type=http://terminology.hl7.org/CodeSystem/v2-0203|MR|446053',
  'Patient?identifier=|446053&gender:not=male&language:text=French',
  'Condition?code:in=http://snomed.info/sct?fhir_vs=isa/126851005',
  'Observation?subject:Patient=23&subject:identifier=http://acme.org/fhir/identifier/mrn|123456',
  'Location?partof:below=42&near=-83.694810|42.256500|11.20|km',
  'ValueSet?url=http://acme.org/fhir/ValueSet/123|1.0&url:below=http://acme.org/fhir/',
  'Observation?code-value-quantity=http://loinc.org|8480-6$lt60&code-value-date=8480-6$ge2020-01-01',
  'Patient?gender:missing=true&birthdate:missing=false',
  'Patient?_sort=-birthdate,name,_lastUpdated&_elements=identifier,name&_count=0',
  'Patient?_summary=count&_total=accurate&_contained=both&_containedType=contained',
  'Patient?_text=cancer&_content=cancer&_list=42&_filter=name eq x',
];

const cases = Object.entries(refused).flatMap(([refusal, list]) => list.map((one) => ({ refusal, ...one })));

function refusalOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (isSearchBuildError(error)) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('R4 search rules: what is refused', () => {
  it.each(cases)('$refusal: refuses $url, naming the fault', ({ url, fault, strictOnly, options }) => {
    for (const rules of strictOnly ? (['strict'] as const) : (['strict', 'r4'] as const)) {
      const error = refusalOf(() => parseSearch(url, { ...options, rules }));
      const [name = '', ...rest] = url.slice(url.indexOf('?') + 1).split('=');
      expect(error.message).toContain(`Search parameter "${decodeURIComponent(name)}"`);
      expect(error.message).toContain(fault);
      expect(error.message).toContain(`(got "${rest.join('=')}")`);
      // The builder's untyped step runs the same check and says the same.
      const value = rest.join('=');
      if (!/[|,$\\]/.test(value) && value !== '') {
        const resourceType = url.slice(0, url.indexOf('?')) as R4ResourceType;
        expect(refusalOf(() => search(resourceType, { ...options, rules }).param(name, value)).message).toBe(
          error.message,
        );
      }
    }
    if (strictOnly) expect(() => parseSearch(url, { ...options, rules: 'r4' })).not.toThrow();
  });

  it('lenient checks nothing but dates', () => {
    for (const { url, options, refusal } of cases) {
      if (refusal.startsWith('dates'))
        expect(() => parseSearch(url, { ...options, rules: 'lenient' })).toThrow();
      else expect(() => parseSearch(url, { ...options, rules: 'lenient' })).not.toThrow();
    }
  });
});

describe('R4 search rules: what keeps working', () => {
  it.each(accepted)('accepts %s under every rule set, formatting back to the same URL', (url) => {
    for (const rules of ['strict', 'r4', 'lenient'] as const) {
      const query = parseSearchQuery(url, { rules });
      expect(decodeURIComponent(formatSearch(query))).toBe(url);
    }
  });

  it('takes prefixes only on number, date and quantity values', () => {
    const query = parseSearchQuery(
      'Observation?value-quantity=ge5&date=lt2020-01-01&code=ge5&value-string=ge5',
      { rules: 'strict' },
    );
    expect(query.parameters.map((entry) => entry.values[0]?.[0]?.prefix)).toEqual([
      'ge',
      'lt',
      undefined,
      undefined,
    ]);
    expect(search('RiskAssessment', { rules: 'strict' }).number('probability', { ap: 0.8 }).toString()).toBe(
      'RiskAssessment?probability=ap0.8',
    );
  });
});
