import { describe, expect, it } from 'vitest';
import { isSearchBuildError, Prefix, parseSearch, search, TokenModifier } from '../index.js';

describe('an immutable search builder', () => {
  it('leaves a shared base untouched when it is extended in two directions', () => {
    const base = search('Appointment').reference('practitioner', 'Practitioner/7').count(50);
    const before = base.toString();
    const today = base.date('date', '2026-11-26');
    const tomorrow = base.date('date', '2026-11-27').sort('date');
    expect(base.toString()).toBe(before);
    expect(today.toString()).toBe('Appointment?practitioner=Practitioner/7&_count=50&date=2026-11-26');
    expect(tomorrow.toString()).toBe(
      'Appointment?practitioner=Practitioner/7&_count=50&date=2026-11-27&_sort=date',
    );
    expect(base.query.parameters).toHaveLength(2);
  });

  it('refuses a resource type that cannot be one', () => {
    expect(() => search('patient?name=x' as 'Patient')).toThrow(/no resource type/);
  });

  it('freezes the builder and its query so nobody can change them in place', () => {
    const built = search('Patient').string('name', 'smith');
    expect(Object.isFrozen(built)).toBe(true);
    expect(Object.isFrozen(built.query.parameters)).toBe(true);
    expect(() => {
      (built.query.parameters as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe('parameter types', () => {
  it('writes string parameters plain, :exact and :contains, OR as a list and AND as a repeat', () => {
    const built = search('Patient')
      .string('family', ['smith', 'smyth'])
      .string('given', 'jo', { modifier: 'contains' })
      .string('given', 'ann', { modifier: 'exact' });
    expect(built.toString()).toBe('Patient?family=smith,smyth&given:contains=jo&given:exact=ann');
  });

  it('writes every token form and modifier', () => {
    const built = search('Observation')
      .token('code', { system: 'http://loinc.org', code: '1234-5' })
      .token('code', { system: null, code: '1234-5' })
      .token('code', { system: 'http://loinc.org' })
      .token('code', '1234-5', { modifier: TokenModifier.Not })
      .token('code', 'blood pressure', { modifier: 'text' })
      .token('code', 'http://example.org/vs', { modifier: 'in' })
      .token('code', 'http://example.org/vs', { modifier: 'not-in' })
      .token('code', { system: 'http://snomed.info/sct', code: '235862008' }, { modifier: 'below' })
      .token('code', { system: 'http://snomed.info/sct', code: '235862008' }, { modifier: 'above' })
      .token(
        'identifier',
        { system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR', value: '446053' },
        {
          modifier: 'of-type',
        },
      );
    expect(decodeURIComponent(built.toString()).split('&')).toEqual([
      'Observation?code=http://loinc.org|1234-5',
      'code=|1234-5',
      'code=http://loinc.org|',
      'code:not=1234-5',
      'code:text=blood pressure',
      'code:in=http://example.org/vs',
      'code:not-in=http://example.org/vs',
      'code:below=http://snomed.info/sct|235862008',
      'code:above=http://snomed.info/sct|235862008',
      'identifier:of-type=http://terminology.hl7.org/CodeSystem/v2-0203|MR|446053',
    ]);
  });

  it('refuses a token with neither system nor code', () => {
    expect(() => search('Patient').token('identifier', {})).toThrow(/not a token value/);
  });

  it('writes numbers and quantities with every prefix, keeping written precision', () => {
    const built = search('RiskAssessment')
      .number('probability', { gt: 0.8 })
      .number('probability', ['5.40', { prefix: Prefix.Approximately, value: 100 }]);
    expect(built.toString()).toBe('RiskAssessment?probability=gt0.8&probability=5.40,ap100');
    expect(search('RiskAssessment').number('probability', { prefix: 'le', value: 1 }).toString()).toBe(
      'RiskAssessment?probability=le1',
    );
    const quantities = search('Observation')
      .quantity('value-quantity', { le: { value: 5.4, system: 'http://unitsofmeasure.org', code: 'mg' } })
      .quantity('value-quantity', { value: '5.4', code: 'mg' })
      .quantity('value-quantity', 5.4);
    expect(decodeURIComponent(quantities.toString())).toBe(
      'Observation?value-quantity=le5.4|http://unitsofmeasure.org|mg&value-quantity=5.4||mg&value-quantity=5.4',
    );
    const prefixes = Object.values(Prefix);
    const all = search('RiskAssessment').number(
      'probability',
      prefixes.map((prefix) => ({ prefix, value: 1 })),
    );
    expect(all.toString()).toBe('RiskAssessment?probability=eq1,ne1,gt1,lt1,ge1,le1,sa1,eb1,ap1');
  });

  it('refuses numbers that are not numbers and prefixes that are not prefixes', () => {
    expect(() => search('RiskAssessment').number('probability', Number.NaN)).toThrow(/not a number value/);
    expect(() => search('RiskAssessment').number('probability', '5,4')).toThrow(/not a number value/);
    expect(() => search('RiskAssessment').number('probability', { gte: 5 } as never)).toThrow(
      /unknown prefix/,
    );
    expect(() => search('RiskAssessment').number('probability', [])).toThrow(/no values given/);
  });

  it('writes references by id, type/id, URL and :Type, and uris with :above/:below', () => {
    const built = search('Observation')
      .reference('subject', ['Patient/123', '456', 'https://example.org/fhir/Patient/789'])
      .reference('subject', '123', { type: 'Patient' })
      .uri('_profile', 'http://hl7.org.au/fhir/StructureDefinition', { modifier: 'below' });
    expect(decodeURIComponent(built.toString())).toBe(
      'Observation?subject=Patient/123,456,https://example.org/fhir/Patient/789&subject:Patient=123&_profile:below=http://hl7.org.au/fhir/StructureDefinition',
    );
  });

  it('writes composites as $-joined components, a list of them as an OR', () => {
    const built = search('Observation')
      .composite('component-code-value-quantity', [
        { system: 'http://loinc.org', code: '8480-6' },
        { prefix: 'lt', value: 60 },
      ])
      .composite('code-value-concept', [
        ['http://loinc.org|', 'x$y'],
        [{ code: '1234-5' }, { system: 'http://snomed.info/sct', code: '260385009' }],
      ])
      .composite('code-value-quantity', [
        { code: '1234-5' },
        { prefix: 'ge', value: 5.4, system: 'http://unitsofmeasure.org', code: 'mg' },
      ]);
    expect(built.toSearchParams().getAll('component-code-value-quantity')).toEqual([
      'http://loinc.org|8480-6$lt60',
    ]);
    expect(built.toSearchParams().get('code-value-concept')).toBe(
      'http://loinc.org\\|$x\\$y,1234-5$http://snomed.info/sct|260385009',
    );
    expect(built.toSearchParams().get('code-value-quantity')).toBe(
      '1234-5$ge5.4|http://unitsofmeasure.org|mg',
    );
  });

  it('writes :missing both ways', () => {
    expect(search('Patient').missing('gender').present('birthdate').toString()).toBe(
      'Patient?gender:missing=true&birthdate:missing=false',
    );
  });

  it('refuses empty values rather than sending a parameter that means nothing', () => {
    expect(() => search('Patient').string('name', '')).toThrow(/empty value/);
    expect(() => search('Patient').string('name', [])).toThrow(/no values given/);
  });
});

describe('chains and reverse chains', () => {
  it('writes typed and untyped chains, with the chained parameter typed for the target', () => {
    const built = search('Observation')
      .chain(
        'subject',
        (patient) => patient.string('name', 'peter').date('birthdate', { ge: '1980-01-01' }),
        {
          type: 'Patient',
        },
      )
      .chain('subject', (any) => any.id('123'));
    expect(built.toString()).toBe(
      'Observation?subject:Patient.name=peter&subject:Patient.birthdate=ge1980-01-01&subject._id=123',
    );
  });

  it('writes _has, nested too', () => {
    const built = search('Patient')
      .has('Observation', 'patient', (observation) => observation.token('code', '1234-5'))
      .has('Observation', 'patient', (observation) =>
        observation.has('AuditEvent', 'entity', (audit) => audit.reference('agent', 'MyUserId')),
      );
    expect(built.toString()).toBe(
      'Patient?_has:Observation:patient:code=1234-5&_has:Observation:patient:_has:AuditEvent:entity:agent=MyUserId',
    );
  });

  it('refuses result parameters inside a chain, and a chain with nothing in it', () => {
    expect(() => search('Observation').chain('subject', (p) => p.count(5), { type: 'Patient' })).toThrow(
      /outer builder/,
    );
    expect(() => search('Observation').chain('subject', (p) => p, { type: 'Patient' })).toThrow(/no values/);
  });
});

describe('result parameters', () => {
  it('writes _include and _revinclude with target and :iterate', () => {
    const built = search('MedicationRequest')
      .include('MedicationRequest', 'patient')
      .include('MedicationRequest', 'requester', { target: 'Practitioner', iterate: true })
      .revinclude('Provenance', 'target');
    expect(built.toString()).toBe(
      'MedicationRequest?_include=MedicationRequest:patient&_include:iterate=MedicationRequest:requester:Practitioner&_revinclude=Provenance:target',
    );
  });

  it('replaces single result parameters where they stand instead of repeating them', () => {
    const built = search('Patient')
      .count(10)
      .sort('-birthdate', 'name')
      .string('name', 'x')
      .count(50)
      .sort('_lastUpdated')
      .summary('count')
      .summary('data')
      .total('accurate')
      .elements('identifier', 'name')
      .contained('both', { type: 'container' })
      .contained('true');
    expect(built.toString()).toBe(
      'Patient?_count=50&_sort=_lastUpdated&name=x&_summary=data&_total=accurate&_elements=identifier,name&_contained=true',
    );
  });

  it('writes _contained with _containedType as one setting', () => {
    expect(search('Patient').contained('both', { type: 'contained' }).toString()).toBe(
      'Patient?_contained=both&_containedType=contained',
    );
  });

  it('writes _id as an OR of escaped ids and refuses a page size that is not a whole number', () => {
    expect(search('Patient').id('a', 'b,c').toSearchParams().get('_id')).toBe('a,b\\,c');
    for (const bad of [-1, 1.5, Number.POSITIVE_INFINITY]) {
      try {
        search('Patient').count(bad);
        expect.unreachable();
      } catch (error) {
        expect(isSearchBuildError(error) && error.parameter).toBe('_count');
      }
    }
  });

  it('refuses vocabulary values the types would not allow, for callers without types', () => {
    expect(() => search('Patient').summary('all' as never)).toThrow(/not one of the accepted values/);
    expect(() => search('Patient').string('name', 'x', { modifier: 'missing' as never })).toThrow(/accepted/);
  });
});

describe('builders without parameter types (after parseSearch)', () => {
  it('refuse a method of the wrong type for an R4 parameter, and accept server-specific names', () => {
    const loose = parseSearch('Patient?name=smith');
    try {
      loose.string('birthdate', '1980');
      expect.unreachable();
    } catch (error) {
      expect(isSearchBuildError(error) && error.accepted).toEqual([
        '.date()',
        '.param() for a server-specific meaning',
      ]);
    }
    expect(loose.date('birthdate', '1980-01-01').string('x-nickname', 'jo').toString()).toBe(
      'Patient?name=smith&birthdate=1980-01-01&x-nickname=jo',
    );
  });
});

describe('the untyped escape hatch', () => {
  it('writes any parameter with its value escaped literally, and still checks known dates', () => {
    const built = search('Patient', { dates: 'halo' })
      .param('x-halo-site', 'a|b,c')
      .param('name:exact', ['a', 'b']);
    expect(built.toSearchParams().get('x-halo-site')).toBe('a\\|b\\,c');
    expect(built.toString()).toBe('Patient?x-halo-site=a%5C%7Cb%5C,c&name:exact=a,b');
    expect(() => search('Patient', { dates: 'halo' }).param('birthdate', 'ge2026')).toThrow(/partial date/);
  });
});

describe('outputs', () => {
  it('hands out a fresh URLSearchParams each time, so changing one cannot change the search', () => {
    const built = search('Patient').string('name', 'smith');
    built.toSearchParams().append('name', 'jones');
    expect(built.toString()).toBe('Patient?name=smith');
  });

  it('renders later Dates in a time zone set with withOptions', () => {
    const later = search('Appointment', { dates: 'halo' }).withOptions({ timeZone: 'Australia/Sydney' });
    expect(later.date('date', new Date('2026-04-04T16:30:00Z')).toString()).toBe(
      'Appointment?date=2026-04-05T02:30:00',
    );
    expect(later.options).toEqual({ dates: 'halo', timeZone: 'Australia/Sydney', rules: 'r4' });
  });

  it('gives the same query through GET, form body and parse', () => {
    const built = search('Patient', { dates: 'halo' })
      .string('family', 'O’Brien & Sons')
      .date('birthdate', { ge: '1980-01-01' })
      .count(20);
    const fromUrl = parseSearch(built.toString(), { dates: 'halo' });
    const fromForm = parseSearch(`Patient?${built.toFormBody()}`, { dates: 'halo' });
    expect(fromUrl.query).toEqual(built.query);
    expect(fromForm.query).toEqual(built.query);
    expect(built.toSearchParams().get('family')).toBe('O’Brien & Sons');
  });
});
