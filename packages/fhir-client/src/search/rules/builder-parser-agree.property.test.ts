import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatSearch,
  isSearchBuildError,
  parseSearch,
  type BuiltSearch,
  type SearchBuilder,
  SearchRules,
  search,
} from '../../index.js';

// One rule set, two front doors: random builder calls (many of them wrong, as plain JavaScript could
// make them) under each rule set. Whatever the builder does not refuse, the parser accepts and formats
// back to the same URL; whatever the parser refuses, the builder's `.param` refuses with the same words.
// Every method with its argument types dropped, as plain JavaScript sees the builder.
type Untyped = {
  [K in keyof SearchBuilder<string>]: SearchBuilder<string>[K] extends (...args: never[]) => BuiltSearch
    ? (...args: unknown[]) => Untyped
    : SearchBuilder<string>[K];
};
type Loose = Untyped;
type Step = (builder: Loose) => Loose;

const resourceTypes = ['Patient', 'Observation', 'RiskAssessment', 'ValueSet', 'Appointment'] as const;
const codes = fc.constantFrom(
  ...['name', 'gender', 'identifier', 'birthdate', 'organization', 'general-practitioner', 'subject'],
  ...['code', 'value-quantity', 'probability', 'url', 'date', 'status', 'patient', 'encounter'],
  ...['code-value-quantity', '_id', '_lastUpdated', '_profile', 'x-flag', 'nosuch', '_count'],
);
const types = fc.constantFrom(undefined, 'Patient', 'Organization', 'Medication', 'Practitioner');
const words = fc.constantFrom('x', 'peter', '1234-5', 'http://loinc.org', 'a b', 'é', 'ge5', '0.8', '');
const values = fc.oneof(words, fc.string({ maxLength: 4 }));
const numbers = fc.oneof(
  fc.constantFrom<number | string>('0.8', 'abc', '1e3', '1.', 'ge', '-0'),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e3, max: 1e3 }),
);
const tokens = fc.oneof(
  values,
  fc.record({ system: fc.oneof(values, fc.constant(null)), code: values }),
  fc.record({ system: values }),
  fc.record({ system: values, code: values, value: values }),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(codes, values, fc.constantFrom(undefined, 'exact', 'contains', 'below')).map(
    ([code, value, modifier]): Step =>
      (b) =>
        b.string(code, value, modifier ? { modifier } : {}),
  ),
  fc.tuple(codes, tokens, fc.constantFrom(undefined, 'not', 'text', 'in', 'of-type', 'above', 'exact')).map(
    ([code, value, modifier]): Step =>
      (b) =>
        b.token(code, value, modifier ? { modifier } : {}),
  ),
  fc.tuple(codes, fc.constantFrom('ge', 'lt', 'ap', 'eq'), numbers).map(
    ([code, prefix, value]): Step =>
      (b) =>
        b.number(code, { [prefix]: value }),
  ),
  fc.tuple(codes, numbers, fc.option(values, { nil: undefined }), fc.option(values, { nil: undefined })).map(
    ([code, value, system, unit]): Step =>
      (b) =>
        b.quantity(code, {
          value,
          ...(system === undefined ? {} : { system }),
          ...(unit === undefined ? {} : { code: unit }),
        }),
  ),
  fc.tuple(codes, fc.constantFrom('2020-01-01', '2020-13-01', '2020', '2026-02-03T04:05:06')).map(
    ([code, date]): Step =>
      (b) =>
        b.date(code, { ge: date }),
  ),
  fc.tuple(codes, values, types).map(
    ([code, value, type]): Step =>
      (b) =>
        b.reference(code, value, type ? { type } : {}),
  ),
  fc.tuple(codes, values, fc.constantFrom(undefined, 'above', 'below', 'contains')).map(
    ([code, value, modifier]): Step =>
      (b) =>
        b.uri(code, value, modifier ? { modifier } : {}),
  ),
  fc.tuple(fc.constantFrom(...resourceTypes), codes, types, fc.boolean(), fc.boolean()).map(
    ([source, code, target, iterate, reverse]): Step =>
      (b) => {
        const options = { ...(target ? { target } : {}), iterate };
        const untyped = b as unknown as Untyped;
        return reverse ? untyped.revinclude(source, code, options) : untyped.include(source, code, options);
      },
  ),
  fc.tuple(fc.constantFrom(...resourceTypes), codes, codes, values).map(
    ([source, reference, code, value]): Step =>
      (b) =>
        b.has(source, reference, (s: Untyped) => s.string(code, value)),
  ),
  fc.tuple(codes, types, codes, values).map(
    ([code, type, inner, value]): Step =>
      (b) =>
        b.chain(code, (t: Untyped) => t.token(inner, value), type ? { type } : {}),
  ),
  fc
    .tuple(
      fc.constantFrom(
        'gender:missing',
        'name:exact',
        'subject:Patient.name',
        '_has:Observation:patient:code',
        'x-flag',
      ),
      values,
    )
    .map(
      ([name, value]): Step =>
        (b) =>
          b.param(name, value),
    ),
  fc.constantFrom<Step>(
    (b) => b.count(5),
    (b) => b.count(-1),
    (b) => b.sort('-date', 'name'),
    (b) => b.sort('nosuch'),
    (b) => b.summary('count'),
    (b) => b.elements('identifier', 'name'),
    (b) => b.elements('name.given'),
    (b) => b.total('bogus'),
  ),
);

const rules = fc.constantFrom(...Object.values(SearchRules));

describe('the builder and the parser agree', () => {
  it('everything the builder produces, the parser accepts and formats back to the same URL', () => {
    let built = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...resourceTypes),
        rules,
        fc.array(step, { minLength: 1, maxLength: 6 }),
        (type, level, steps) => {
          let builder = search(type, { rules: level }) as unknown as Loose;
          for (const one of steps) {
            try {
              builder = one(builder);
              built++;
            } catch (error) {
              if (!isSearchBuildError(error)) throw error;
              refused++;
            }
          }
          const url = builder.toString();
          const parsed = parseSearch(url, { rules: level });
          expect(parsed.query).toEqual(builder.query);
          expect(formatSearch(parsed.query)).toBe(url);
        },
      ),
      { numRuns: 3_000 },
    );
    // Neither side is vacuous: both outcomes happen often.
    expect(built).toBeGreaterThan(1_000);
    expect(refused).toBeGreaterThan(1_000);
  });

  it('whatever the parser refuses, the builder refuses too, with the same message', () => {
    const names = fc.oneof(
      codes,
      fc
        .tuple(
          codes,
          fc.constantFrom('exact', 'contains', 'below', 'not', 'missing', 'of-type', 'Patient', 'identifier'),
        )
        .map(([code, modifier]) => `${code}:${modifier}`),
      fc.tuple(codes, types, codes).map(([code, type, inner]) => `${code}${type ? `:${type}` : ''}.${inner}`),
      fc.tuple(fc.constantFrom(...resourceTypes), codes, codes).map(([s, r, c]) => `_has:${s}:${r}:${c}`),
      fc.constantFrom(
        '_include',
        '_revinclude',
        '_include:iterate',
        '_sort',
        '_summary',
        '_total',
        '_elements',
      ),
    );
    const plainValues = fc.oneof(
      fc.constantFrom(
        'x',
        'true',
        'maybe',
        '5',
        'ge5',
        'abc',
        'Patient:organization',
        'Patient:*',
        'Observation:subject',
      ),
      fc.stringMatching(/^[A-Za-z0-9:*._-]{1,8}$/),
    );
    let refusedByBoth = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...resourceTypes),
        rules,
        names,
        plainValues,
        (type, level, name, value) => {
          const verdict = (run: () => unknown) => {
            try {
              run();
              return 'accepted';
            } catch (error) {
              if (!isSearchBuildError(error)) throw error;
              return error.message;
            }
          };
          const parser = verdict(() => parseSearch(`${type}?${name}=${value}`, { rules: level }));
          const builder = verdict(() =>
            (search(type, { rules: level }) as unknown as Loose).param(name, value),
          );
          expect(builder).toBe(parser);
          if (parser !== 'accepted') refusedByBoth++;
        },
      ),
      { numRuns: 5_000 },
    );
    expect(refusedByBoth).toBeGreaterThan(500);
  });
});
