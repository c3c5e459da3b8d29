import { describe, expect, it } from 'vitest';
import { type BuiltSearch, parseSearch, search } from '../index.js';

// Searches as http://hl7.org/fhir/R4/search.html writes them (FHIR R4 v4.0.1, with `GET [base]/` dropped),
// each with the typed builder call that should produce it. Where the spec uses a name R4 does not define
// (`AuditEvent:user`, `MedicationRequest:performer`) or a chain whose targets do not all share the chained
// parameter (`subject.name` without a type), the R4 rules refuse it: those are built and read with
// `rules: 'lenient'` and the builder's untyped `param`, and a test below checks that `r4` refuses them.
const lenient = { rules: 'lenient' } as const;

const examples: readonly (readonly [spec: string, build: () => BuiltSearch])[] = [
  // Parameters for all resources (3.1.1.4.1)
  ['Patient?_id=23', () => search('Patient').id('23')],
  ['Observation?_lastUpdated=gt2010-10-01', () => search('Observation').lastUpdated({ gt: '2010-10-01' })],
  [
    'Condition?_tag=http://acme.org/codes|needs-review',
    () => search('Condition').token('_tag', { system: 'http://acme.org/codes', code: 'needs-review' }),
  ],
  [
    'DiagnosticReport?_profile=http://hl7.org/fhir/StructureDefinition/lipid',
    () => search('DiagnosticReport').uri('_profile', 'http://hl7.org/fhir/StructureDefinition/lipid'),
  ],
  [
    'DiagnosticReport?_profile=Profile/lipid',
    () => search('DiagnosticReport').uri('_profile', 'Profile/lipid'),
  ],
  // number (3.1.1.4.6)
  ['RiskAssessment?probability=gt0.8', () => search('RiskAssessment').number('probability', { gt: 0.8 })],
  ['RiskAssessment?probability=gt8e-1', () => search('RiskAssessment').number('probability', { gt: '8e-1' })],
  // date (3.1.1.4.7), which uses precisions Halo refuses; the default 'fhir' profile accepts them
  [
    'Procedure?date=ge2010-01-01&date=le2011-12-31',
    () => search('Procedure').date('date', { ge: '2010-01-01', le: '2011-12-31' }),
  ],
  [
    'Observation?date=lt2013-01-14T10:00',
    () => search('Observation').date('date', { lt: '2013-01-14T10:00' }),
  ],
  ['Observation?date=ap2013-03-14', () => search('Observation').date('date', { ap: '2013-03-14' })],
  // string (3.1.1.4.8)
  ['Patient?given=eve', () => search('Patient').string('given', 'eve')],
  ['Patient?given:contains=eve', () => search('Patient').string('given', 'eve', { modifier: 'contains' })],
  ['Patient?given:exact=Eve', () => search('Patient').string('given', 'Eve', { modifier: 'exact' })],
  // uri (3.1.1.4.9)
  [
    'ValueSet?url=http://acme.org/fhir/ValueSet/123',
    () => search('ValueSet').uri('url', 'http://acme.org/fhir/ValueSet/123'),
  ],
  [
    'ValueSet?url:below=http://acme.org/fhir/',
    () => search('ValueSet').uri('url', 'http://acme.org/fhir/', { modifier: 'below' }),
  ],
  [
    'ValueSet?url:above=http://acme.org/fhir/ValueSet/123/_history/5',
    () =>
      search('ValueSet').uri('url', 'http://acme.org/fhir/ValueSet/123/_history/5', { modifier: 'above' }),
  ],
  ['ValueSet?url=urn:oid:1.2.3.4.5', () => search('ValueSet').uri('url', 'urn:oid:1.2.3.4.5')],
  // token (3.1.1.4.10)
  [
    'Patient?identifier=http://acme.org/patient|2345',
    () => search('Patient').token('identifier', { system: 'http://acme.org/patient', code: '2345' }),
  ],
  ['Patient?gender=male', () => search('Patient').token('gender', 'male')],
  ['Patient?gender:not=male', () => search('Patient').token('gender', 'male', { modifier: 'not' })],
  ['Composition?section=48765-2', () => search('Composition').token('section', '48765-2')],
  [
    'Composition?section:not=48765-2',
    () => search('Composition').token('section', '48765-2', { modifier: 'not' }),
  ],
  ['Patient?active=true', () => search('Patient').token('active', 'true')],
  [
    'Condition?code=http://acme.org/conditions/codes|ha125',
    () => search('Condition').token('code', { system: 'http://acme.org/conditions/codes', code: 'ha125' }),
  ],
  ['Condition?code=ha125', () => search('Condition').token('code', 'ha125')],
  ['Condition?code:text=headache', () => search('Condition').token('code', 'headache', { modifier: 'text' })],
  [
    'Condition?code:in=http%3A%2F%2Fsnomed.info%2Fsct%3Ffhir_vs%3Disa%2F126851005',
    () =>
      search('Condition').token('code', 'http://snomed.info/sct?fhir_vs=isa/126851005', { modifier: 'in' }),
  ],
  [
    'Condition?code:below=126851005',
    () => search('Condition').token('code', '126851005', { modifier: 'below' }),
  ],
  [
    'Condition?code:in=http://acme.org/fhir/ValueSet/cardiac-conditions',
    () =>
      search('Condition').token('code', 'http://acme.org/fhir/ValueSet/cardiac-conditions', {
        modifier: 'in',
      }),
  ],
  [
    'DocumentReference?contenttype:below=text/xml',
    () => search('DocumentReference').token('contenttype', 'text/xml', { modifier: 'below' }),
  ],
  // quantity (3.1.1.4.11)
  [
    'Observation?value-quantity=5.4|http://unitsofmeasure.org|mg',
    () =>
      search('Observation').quantity('value-quantity', {
        value: 5.4,
        system: 'http://unitsofmeasure.org',
        code: 'mg',
      }),
  ],
  [
    'Observation?value-quantity=5.40e-3|http://unitsofmeasure.org|g',
    () =>
      search('Observation').quantity('value-quantity', {
        value: '5.40e-3',
        system: 'http://unitsofmeasure.org',
        code: 'g',
      }),
  ],
  [
    'Observation?value-quantity=5.4||mg',
    () => search('Observation').quantity('value-quantity', { value: 5.4, code: 'mg' }),
  ],
  ['Observation?value-quantity=5.4', () => search('Observation').quantity('value-quantity', 5.4)],
  [
    'Observation?value-quantity=le5.4|http://unitsofmeasure.org|mg',
    () =>
      search('Observation').quantity('value-quantity', {
        le: { value: 5.4, system: 'http://unitsofmeasure.org', code: 'mg' },
      }),
  ],
  [
    'Observation?value-quantity=ap5.4|http://unitsofmeasure.org|mg',
    () =>
      search('Observation').quantity('value-quantity', {
        ap: { value: 5.4, system: 'http://unitsofmeasure.org', code: 'mg' },
      }),
  ],
  // reference (3.1.1.4.12-14)
  ['Observation?subject=Patient/23', () => search('Observation').reference('subject', 'Patient/23')],
  [
    'Observation?subject:Patient=23',
    () => search('Observation').reference('subject', '23', { type: 'Patient' }),
  ],
  [
    'Observation?subject=http://example.org/fhir/Patient/123',
    () => search('Observation').reference('subject', 'http://example.org/fhir/Patient/123'),
  ],
  [
    'Observation?subject:identifier=http://acme.org/fhir/identifier/mrn|123456',
    () =>
      search('Observation').reference('subject', {
        identifier: { system: 'http://acme.org/fhir/identifier/mrn', code: '123456' },
      }),
  ],
  [
    'Procedure?location:below=42',
    () => search('Procedure').reference('location', '42', { modifier: 'below' }),
  ],
  // chaining and reverse chaining (3.1.1.4.15-16)
  [
    'DiagnosticReport?subject.name=peter',
    () => search('DiagnosticReport', lenient).param('subject.name', 'peter'),
  ],
  [
    'DiagnosticReport?subject:Patient.name=peter',
    () =>
      search('DiagnosticReport').chain('subject', (patient) => patient.string('name', 'peter'), {
        type: 'Patient',
      }),
  ],
  [
    'Observation?patient.identifier=http://example.com/fhir/identifier/mrn|123456',
    () =>
      search('Observation').chain('patient', (patient) =>
        patient.token('identifier', { system: 'http://example.com/fhir/identifier/mrn', code: '123456' }),
      ),
  ],
  [
    'MedicationRequest?medication.ingredient-code=abc',
    () =>
      search('MedicationRequest').chain('medication', (medication) =>
        medication.token('ingredient-code', 'abc'),
      ),
  ],
  [
    'Patient?_has:Observation:patient:code=1234-5',
    () =>
      search('Patient').has('Observation', 'patient', (observation) => observation.token('code', '1234-5')),
  ],
  [
    'Patient?_has:Observation:patient:code=123,456',
    () =>
      search('Patient').has('Observation', 'patient', (observation) =>
        observation.token('code', ['123', '456']),
      ),
  ],
  [
    'Patient?_has:Observation:patient:_has:AuditEvent:entity:user=MyUserId',
    () =>
      search('Patient', lenient).has('Observation', 'patient', (observation) =>
        observation.has('AuditEvent', 'entity', (audit) => audit.param('user', 'MyUserId')),
      ),
  ],
  // AND, OR and composites (3.1.1.4.17)
  [
    'Patient?language=FR&language=NL',
    () => search('Patient').token('language', 'FR').token('language', 'NL'),
  ],
  ['Patient?language=FR,NL', () => search('Patient').token('language', ['FR', 'NL'])],
  [
    'Patient?language=FR,NL&language=EN',
    () => search('Patient').token('language', ['FR', 'NL']).token('language', 'EN'),
  ],
  [
    'Condition?code:text=this,that',
    () => search('Condition').token('code', ['this', 'that'], { modifier: 'text' }),
  ],
  [
    'Group?characteristic-value=gender$mixed,owner$Eve',
    () =>
      search('Group').composite('characteristic-value', [
        ['gender', 'mixed'],
        ['owner', 'Eve'],
      ]),
  ],
  [
    'DiagnosticReport?result.code-value-quantity=http://loinc.org|2823-3$gt5.4|http://unitsofmeasure.org|mmol/L',
    () =>
      search('DiagnosticReport').chain('result', (observation) =>
        observation.composite('code-value-quantity', [
          { system: 'http://loinc.org', code: '2823-3' },
          { prefix: 'gt', value: 5.4, system: 'http://unitsofmeasure.org', code: 'mmol/L' },
        ]),
      ),
  ],
  [
    'Observation?component-code-value-quantity=http://loinc.org|8480-6$lt60',
    () =>
      search('Observation').composite('component-code-value-quantity', [
        { system: 'http://loinc.org', code: '8480-6' },
        { prefix: 'lt', value: 60 },
      ]),
  ],
  [
    'Group?characteristic-value=gender$mixed',
    () => search('Group').composite('characteristic-value', ['gender', 'mixed']),
  ],
  [
    'Questionnaire?context-type-value=focus$http://snomed.info/sct|408934002',
    () =>
      search('Questionnaire').composite('context-type-value', [
        'focus',
        { system: 'http://snomed.info/sct', code: '408934002' },
      ]),
  ],
  // missing data (3.1.1.4.18)
  [
    'AllergyIntolerance?clinical-status=http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical|active&clinical-status:missing=true',
    () =>
      search('AllergyIntolerance')
        .token('clinical-status', {
          system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
          code: 'active',
        })
        .missing('clinical-status'),
  ],
  // escaping (3.1.1.4.19)
  ['Observation?code=a,b', () => search('Observation').token('code', ['a', 'b'])],
  ['Observation?code=a\\,b', () => search('Observation').token('code', 'a,b')],
  [
    'ValueSet?url=http://acme.org/fhir/ValueSet/123,http://acme.org/fhir/ValueSet/124%2CValueSet/125',
    () =>
      search('ValueSet').uri('url', [
        'http://acme.org/fhir/ValueSet/123',
        'http://acme.org/fhir/ValueSet/124',
        'ValueSet/125',
      ]),
  ],
  [
    'ValueSet?url=http://acme.org/fhir/ValueSet/123,http://acme.org/fhir/ValueSet/124\\,125',
    () =>
      search('ValueSet').uri('url', [
        'http://acme.org/fhir/ValueSet/123',
        'http://acme.org/fhir/ValueSet/124,125',
      ]),
  ],
  // text, list, filter example (3.1.1.4.20-23)
  [
    'Condition?_text=(bone OR liver) and metastases',
    () => search('Condition').param('_text', '(bone OR liver) and metastases'),
  ],
  ['Patient?_list=42&gender=female', () => search('Patient').param('_list', '42').token('gender', 'female')],
  [
    'Observation?code=http://loinc.org|1234-5&subject.name=peter',
    () =>
      search('Observation', lenient)
        .token('code', { system: 'http://loinc.org', code: '1234-5' })
        .param('subject.name', 'peter'),
  ],
  // result parameters (3.1.1.5)
  [
    'Observation?_sort=status,-date,category',
    () => search('Observation').sort('status', '-date', 'category'),
  ],
  [
    'MedicationRequest?_include=MedicationRequest:patient',
    () => search('MedicationRequest').include('MedicationRequest', 'patient'),
  ],
  [
    'MedicationRequest?_revinclude=Provenance:target',
    () => search('MedicationRequest').revinclude('Provenance', 'target'),
  ],
  [
    'MedicationDispense?_include=MedicationDispense:prescription&_include:iterate=MedicationRequest:performer',
    () =>
      search('MedicationDispense', lenient)
        .include('MedicationDispense', 'prescription')
        .param('_include:iterate', 'MedicationRequest:performer'),
  ],
  ['ValueSet?_summary=true', () => search('ValueSet').summary('true')],
  [
    'Patient?_elements=identifier,active,link',
    () => search('Patient').elements('identifier', 'active', 'link'),
  ],
];

// The spec writes URLs mostly unencoded; compare after percent-decoding both sides, once.
const decoded = (url: string) => decodeURIComponent(url);

describe('searches from the FHIR R4 specification', () => {
  it('has at least 30 examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(30);
  });

  it.each(examples)('builds %s exactly as the spec writes it, and parses it back', (spec, build) => {
    const built = build();
    expect(decoded(built.toString())).toBe(decoded(spec));
    const options = { rules: built.options.rules };
    const parsed = parseSearch(spec, options);
    expect(parsed.query).toEqual(built.query);
    expect(parseSearch(built.toString(), options).query).toEqual(built.query);
    expect(parseSearch(`${built.resourceType}?${built.toFormBody()}`, options).query).toEqual(built.query);
  });

  it.each([
    ['DiagnosticReport?subject.name=peter', /untyped chain.*Device, Group do not accept "name"/],
    [
      'Patient?_has:Observation:patient:_has:AuditEvent:entity:user=MyUserId',
      /AuditEvent has no search parameter "user"/,
    ],
    ['Observation?code=http://loinc.org|1234-5&subject.name=peter', /untyped chain/],
    [
      'MedicationDispense?_include=MedicationDispense:prescription&_include:iterate=MedicationRequest:performer',
      /MedicationRequest performer is not an R4 search parameter, not a reference/,
    ],
  ])('refuses %s under the r4 rules, since R4 itself does not define it', (spec, fault) => {
    expect(() => parseSearch(spec, { rules: 'r4' })).toThrow(fault);
  });
});
