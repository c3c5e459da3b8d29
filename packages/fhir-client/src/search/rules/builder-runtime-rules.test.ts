import { describe, expect, it } from 'vitest';
import {
  type BuiltSearch,
  type R4ResourceType,
  type SearchBuilder,
  type SearchOptions,
  search,
} from '../../index.js';
import { checkSearchAgainstCapabilities } from './capability-rules.js';

// What the types refuse, the builder refuses at run time too, with the rules' own messages: a caller in
// plain JavaScript (or past a cast) gets the error before any request. `loose` drops the types.
// Every method with its argument types dropped, as plain JavaScript sees the builder.
type Untyped = {
  [K in keyof SearchBuilder<string>]: SearchBuilder<string>[K] extends (...args: never[]) => BuiltSearch
    ? (...args: unknown[]) => Untyped
    : SearchBuilder<string>[K];
};
const loose = (resourceType: string, options?: SearchOptions) =>
  search(resourceType as R4ResourceType, options) as unknown as Untyped;

describe('the builder at run time, without its types', () => {
  it.each([
    [
      'include a parameter R4 does not define',
      () => loose('Patient').include('Patient', 'foo'),
      'Patient foo is not an R4 search parameter, not a reference',
    ],
    [
      'include from another type without iterate',
      () => loose('Patient').include('Observation', 'subject'),
      'an _include without :iterate starts from Patient',
    ],
    [
      'include a target the reference cannot point to',
      () => loose('Patient').include('Patient', 'organization', { target: 'Patient' }),
      'Patient organization cannot point to Patient',
    ],
    [
      'revinclude a reference that cannot point here',
      () => loose('Patient').revinclude('Observation', 'encounter'),
      'Observation encounter cannot point to Patient',
    ],
    [
      'has through a reference that cannot point here',
      () => loose('Patient').has('Observation', 'encounter', (o: Untyped) => o.token('status', 'final')),
      'Observation encounter cannot point to Patient',
    ],
    [
      'has with a parameter the source lacks',
      () => loose('Patient').has('Observation', 'patient', (o: Untyped) => o.param('nosuch', 'x')),
      'Observation has no search parameter "nosuch"',
    ],
    [
      'chain to a parameter the target lacks',
      () => loose('Patient').chain('organization', (o: Untyped) => o.string('invalid', 'true')),
      'Organization has no search parameter "invalid"',
    ],
    [
      'untyped chain whose targets do not all have it',
      () => loose('Observation').chain('subject', (s: Untyped) => s.string('name', 'peter')),
      'an untyped chain needs a parameter every target of subject has',
    ],
    [
      'chain to a type the reference cannot point to',
      () =>
        loose('Observation').chain('subject', (m: Untyped) => m.token('code', 'x'), { type: 'Medication' }),
      'Observation subject cannot point to Medication',
    ],
    [
      'reference type modifier that is not a target',
      () => loose('Observation').reference('subject', '1', { type: 'Medication' }),
      'Observation subject cannot point to Medication',
    ],
    [
      'of-type without a triple',
      () => loose('Patient').token('identifier', 'MR', { modifier: 'of-type' }),
      ':of-type takes a type system|code and a value',
    ],
    [
      'a token with no code and no system',
      () => loose('Patient').token('gender', { system: '', code: '' }),
      'an empty value',
    ],
    [
      'a number that is not one',
      () => loose('RiskAssessment').number('probability', 'abc'),
      'not a number value',
    ],
    [
      'a string modifier on a string',
      () => loose('Patient').string('name', 'x', { modifier: 'below' as 'exact' }),
      'not one of the accepted values',
    ],
    [
      'a uri :contains',
      () => loose('ValueSet').uri('url', 'x', { modifier: 'contains' as 'above' }),
      'not one of the accepted values',
    ],
    [
      'a sort key that is not a parameter (strict)',
      () => loose('Patient', { rules: 'strict' }).sort('nosuch'),
      'Patient has no search parameter "nosuch" to sort by',
    ],
    [
      'an element name that is not one',
      () => loose('Patient').elements('name.given'),
      '"name.given" is not an element name',
    ],
    ['a page size that is not one', () => loose('Patient').count(-1), 'not a page size'],
    [
      'a summary mode that is not one',
      () => loose('Patient').summary('bogus' as 'true'),
      'not one of the accepted values',
    ],
    [
      'an unknown date parameter (strict)',
      () => loose('Patient', { rules: 'strict' }).date('x-when', '2020-01-01'),
      'Patient has no search parameter "x-when" in R4',
    ],
    [
      'an unknown string parameter (strict)',
      () => loose('Patient', { rules: 'strict' }).string('x-flag', 'y'),
      'Patient has no search parameter "x-flag" in R4',
    ],
  ])('refuses %s', (_case, build, fault) => {
    expect(build).toThrow(fault);
  });

  it('keeps server-specific parameters under r4, and lenient checks nothing but dates', () => {
    expect(loose('Patient').string('x-flag', 'y').date('x-when', '2020-01').toString()).toBe(
      'Patient?x-flag=y&x-when=2020-01',
    );
    const lenient = loose('Patient', { rules: 'lenient' });
    expect(lenient.include('Patient', 'foo').param('_count', 'abc').toString()).toBe(
      'Patient?_include=Patient:foo&_count=abc',
    );
    expect(() => loose('Patient', { rules: 'lenient', dates: 'halo' }).date('birthdate', '2020-01')).toThrow(
      'a partial date',
    );
    expect(() => loose('Patient').withOptions({ rules: 'strict' })).not.toThrow();
    expect(() => loose('Patient').string('x-flag', 'y').withOptions({ rules: 'strict' })).toThrow(
      'Patient has no search parameter "x-flag" in R4',
    );
    expect(() => search('Patient', { rules: 'loose' as 'r4' })).toThrow('unknown search rules');
  });
});

describe('a CapabilityStatement as a rule source', () => {
  const statement = {
    rest: [
      {
        mode: 'server',
        searchParam: [{ name: '_id' }],
        resource: [
          {
            type: 'Appointment',
            searchParam: [{ name: 'date' }, { name: 'patient' }],
            searchInclude: ['Appointment:patient'],
          },
          { type: 'Patient', searchParam: [{ name: 'name' }], searchRevInclude: ['Appointment:*'] },
        ],
      },
    ],
  };
  const check = (url: string) => {
    const [resourceType = '', query = ''] = url.split('?');
    checkSearchAgainstCapabilities(statement, { resourceType, params: new URLSearchParams(query) });
  };

  it('passes what is declared, result parameters, and includes declared by name or Source:*', () => {
    expect(() =>
      check('Appointment?date=2026-01-01&_id=1&_include=Appointment:patient&_count=5&_sort=date'),
    ).not.toThrow();
    expect(() =>
      check('Patient?name=x&_revinclude=Appointment:patient&_has:Appointment:patient:date=2026-01-01'),
    ).not.toThrow();
  });

  it('refuses undeclared types, parameters, includes and reverse chains, naming what is declared', () => {
    expect(() => check('Observation?code=x')).toThrow(
      "the site's CapabilityStatement does not list this resource type",
    );
    expect(() => check('Appointment?status=booked')).toThrow(
      'does not declare Appointment search parameter "status", so the query would be charged for nothing (got "booked"). Accepted: _id; date; patient.',
    );
    expect(() => check('Appointment?_include=Appointment:practitioner')).toThrow(
      'does not declare _include=Appointment:practitioner',
    );
    expect(() => check('Appointment?_revinclude=Patient:link')).toThrow(
      'Accepted: nothing: the site declares none.',
    );
    expect(() => check('Patient?_has:Appointment:actor:date=2026-01-01')).toThrow(
      'does not declare Appointment search parameter "actor"',
    );
  });
});
