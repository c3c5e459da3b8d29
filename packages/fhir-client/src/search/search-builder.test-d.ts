import { describe, expectTypeOf, it } from 'vitest';
import {
  type ParameterCodeOfType,
  type ReferenceTarget,
  parseSearch,
  type SearchBuilder,
  SearchRules,
  type SortKey,
  search,
} from '../index.js';

describe('parameter names', () => {
  it('are the resource type’s own and the common ones', () => {
    expectTypeOf<ParameterCodeOfType<'Patient', 'date'>>().toEqualTypeOf<
      'birthdate' | 'death-date' | '_lastUpdated'
    >();
    expectTypeOf<ReferenceTarget<'Appointment', 'patient'>>().toEqualTypeOf<'Patient'>();
    expectTypeOf(search('Patient').string('name', 'smith')).toEqualTypeOf<SearchBuilder<'Patient'>>();
    expectTypeOf(search('Patient').token('_id', 'x').lastUpdated({ ge: '2026-01-01' })).toEqualTypeOf<
      SearchBuilder<'Patient'>
    >();
  });

  it('fail to compile when the resource type has no such parameter', () => {
    // @ts-expect-error Patient has no `nme`
    search('Patient').string('nme', 'smith');
    // @ts-expect-error `code` is an Observation parameter, not a Patient one
    search('Patient').token('code', '1234-5');
    // @ts-expect-error unknown names in `_sort`
    search('Patient').sort('-nope');
    expectTypeOf<'-birthdate'>().toExtend<SortKey<'Patient'>>();
  });

  it('fail to compile when used with the wrong type method', () => {
    // @ts-expect-error birthdate is a date, not a string
    search('Patient').string('birthdate', '2020-01-01');
    // @ts-expect-error gender is a token, not a date
    search('Patient').date('gender', '2020-01-01');
  });

  it('are loose for a search read from a URL, where any server parameter may appear', () => {
    expectTypeOf(parseSearch('Patient?x=1').string('x-anything', 'y')).toEqualTypeOf<SearchBuilder<string>>();
  });
});

describe('values and modifiers follow the parameter type', () => {
  it('accepts prefixes on dates, numbers and quantities', () => {
    search('Patient').date('birthdate', { ge: '1980-01-01', lt: new Date() });
    search('RiskAssessment').number('probability', [{ prefix: 'gt', value: 0.5 }]);
    search('Observation').quantity('value-quantity', { le: { value: 5, code: 'mg' } });
  });

  it('rejects prefixes on token parameters', () => {
    // @ts-expect-error a token takes no prefix
    search('Patient').token('gender', { ge: 'male' });
    // @ts-expect-error nor a prefixed value
    search('Patient').token('gender', [{ prefix: 'ne', value: 'male' }]);
  });

  it('rejects string modifiers on dates and unknown modifiers on strings and tokens', () => {
    // @ts-expect-error date parameters take no :exact
    search('Patient').date('birthdate', '2020-01-01', { modifier: 'exact' });
    // @ts-expect-error strings take exact/contains only
    search('Patient').string('name', 'x', { modifier: 'not' });
    // @ts-expect-error tokens take no :contains
    search('Patient').token('gender', 'male', { modifier: 'contains' });
    search('Patient').token('gender', 'male', { modifier: 'not' });
    search('Patient').string('name', 'x', { modifier: 'contains' });
  });

  it('limits reference :Type modifiers and chains to the reference’s targets', () => {
    search('Observation').reference('subject', '123', { type: 'Patient' });
    // @ts-expect-error Observation.subject cannot point to a Medication
    search('Observation').reference('subject', '123', { type: 'Medication' });
    search('Observation').chain('subject', (patient) => patient.string('name', 'peter'), { type: 'Patient' });
    // @ts-expect-error Observation.subject cannot point to a Medication
    search('Observation').chain('subject', (m) => m, { type: 'Medication' });
    // @ts-expect-error `code` is an Observation parameter; the chain is typed for Patient's parameters
    search('Observation').chain('subject', (patient) => patient.token('code', 'x'), { type: 'Patient' });
    // @ts-expect-error without a type, only parameters every target of `subject` has (Device has no `name`)
    search('Observation').chain('subject', (target) => target.string('name', 'x'));
  });

  it('types reverse chains by their source resource', () => {
    search('Patient').has('Observation', 'patient', (observation) => observation.token('code', '1234-5'));
    // @ts-expect-error `code` is a token on Observation, not a date
    search('Patient').has('Observation', 'patient', (observation) => observation.date('code', '2020'));
    // @ts-expect-error Observation has no reference parameter `gender`
    search('Patient').has('Observation', 'gender', (observation) => observation);
    // @ts-expect-error Observation.encounter never points to a Patient
    search('Patient').has('Observation', 'encounter', (observation) => observation.token('code', 'x'));
  });
});

describe('_include and _revinclude', () => {
  it('accept the source’s reference parameters and their targets', () => {
    search('Appointment').include('Appointment', 'patient', { target: 'Patient', iterate: true });
    search('Patient').revinclude('Appointment', 'patient');
  });

  it('reject targets the reference does not have, and parameters that are not references', () => {
    // @ts-expect-error Appointment.patient points only to Patient
    search('Appointment').include('Appointment', 'patient', { target: 'Practitioner' });
    // @ts-expect-error `status` is a token, not a reference
    search('Appointment').include('Appointment', 'status');
    // @ts-expect-error `Nope` is not a resource type
    search('Appointment').include('Nope', 'patient');
  });

  it('follow references from other resource types only with :iterate', () => {
    search('Appointment')
      .include('Appointment', 'patient')
      .include('Patient', 'general-practitioner', { target: 'Practitioner', iterate: true });
    // @ts-expect-error a Patient parameter on an Appointment search needs `iterate: true`
    search('Appointment').include('Patient', 'general-practitioner');
    search('Patient').revinclude('Observation', 'subject');
    // @ts-expect-error Observation.encounter never points to a Patient, so it needs `iterate: true`
    search('Patient').revinclude('Observation', 'encounter');
    search('Patient').revinclude('Observation', 'encounter', { iterate: true });
  });
});

describe('search rules', () => {
  it('are a closed choice on SearchOptions', () => {
    search('Patient', { rules: 'strict' });
    search('Patient', { rules: SearchRules.R4 });
    parseSearch('Patient?x-flag=1', { rules: 'lenient' });
    expectTypeOf(search('Patient').options.rules).toEqualTypeOf<SearchRules>();
    // @ts-expect-error not a rule set
    search('Patient', { rules: 'loose' });
  });
});
