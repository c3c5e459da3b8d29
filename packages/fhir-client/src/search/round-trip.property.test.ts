import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatSearch,
  formatSearchFormBody,
  Prefix,
  parseSearch,
  parseSearchQuery,
  type SearchBuilder,
  type SearchOptions,
  type SearchQuery,
  search,
  type TokenInput,
} from '../index.js';

// Characters with a meaning in FHIR escaping, URL encoding or form decoding, plus non-ASCII text, mixed
// with arbitrary code points, so every value exercises the escaping and encoding layers.
const tricky = fc.constantFrom(
  ',',
  '|',
  '$',
  '\\',
  '\\\\',
  ' ',
  '+',
  '&',
  '=',
  '%',
  '%20',
  '#',
  '?',
  ':',
  '/',
  '.',
  'é',
  '日本',
  '😀',
  '\n',
);
const text = fc
  .array(fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((pieces) => pieces.join(''));
const texts = fc.array(text, { minLength: 1, maxLength: 3 });
const prefix = fc.constantFrom(...Object.values(Prefix));
const decimal = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.constantFrom('5.40', '1e2', '5.40e-3', '-0.5', '100.00'),
);
const date = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const token: fc.Arbitrary<TokenInput> = fc.oneof(
  text,
  fc.record({ system: text, code: text }),
  fc.record({ system: fc.constant(null), code: text }),
  fc.record({ system: text }),
);

type Step = (builder: SearchBuilder<'Observation'>) => SearchBuilder<'Observation'>;

const steps: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(texts, fc.constantFrom(undefined, 'exact', 'contains' as const)).map(
    ([values, modifier]): Step =>
      (b) =>
        b.string('value-string', values, modifier ? { modifier } : {}),
  ),
  fc
    .tuple(
      fc.array(token, { minLength: 1, maxLength: 3 }),
      fc.constantFrom(undefined, 'not', 'text', 'below' as const),
    )
    .map(
      ([values, modifier]): Step =>
        (b) =>
          b.token('code', values, modifier ? { modifier } : {}),
    ),
  fc.tuple(prefix, date, fc.constantFrom('date', 'dateTime' as const)).map(
    ([p, d, precision]): Step =>
      (b) =>
        b.date('date', { [p]: d }, { precision }),
  ),
  fc.array(fc.tuple(prefix, date), { minLength: 1, maxLength: 3 }).map(
    (values): Step =>
      (b) =>
        b.lastUpdated(values.map(([p, value]) => ({ prefix: p, value }))),
  ),
  fc.tuple(prefix, decimal, fc.option(text, { nil: undefined }), fc.option(text, { nil: undefined })).map(
    ([p, value, system, code]): Step =>
      (b) =>
        b.quantity('value-quantity', {
          [p]: {
            value,
            ...(system === undefined ? {} : { system }),
            ...(code === undefined ? {} : { code }),
          },
        }),
  ),
  fc.tuple(texts, fc.constantFrom(undefined, 'Patient', 'Group' as const)).map(
    ([values, type]): Step =>
      (b) =>
        b.reference('subject', values, type ? { type } : {}),
  ),
  fc.tuple(token, prefix, decimal).map(
    ([code, p, value]): Step =>
      (b) =>
        b.composite('component-code-value-quantity', [
          typeof code === 'string' ? code : { ...code },
          { prefix: p, value },
        ]),
  ),
  fc.tuple(text, prefix, date).map(
    ([name, p, d]): Step =>
      (b) =>
        b.chain(
          'subject',
          (patient) => patient.string('name', name).date('birthdate', { [p]: d }, { precision: 'date' }),
          {
            type: 'Patient',
          },
        ),
  ),
  token.map(
    (code): Step =>
      (b) =>
        b.has('DiagnosticReport', 'result', (report) => report.token('code', code)),
  ),
  fc.tuple(texts).map(
    ([ids]): Step =>
      (b) =>
        b.id(ids[0]!, ...ids.slice(1)),
  ),
  fc.constantFrom('date', '-date', 'code', '-_lastUpdated' as const).map(
    (key): Step =>
      (b) =>
        b.sort(key, 'status'),
  ),
  fc.nat({ max: 1000 }).map(
    (count): Step =>
      (b) =>
        b.count(count),
  ),
  fc.constantFrom('true', 'text', 'data', 'count', 'false' as const).map(
    (mode): Step =>
      (b) =>
        b.summary(mode),
  ),
  fc.constantFrom('none', 'estimate', 'accurate' as const).map(
    (mode): Step =>
      (b) =>
        b.total(mode),
  ),
  texts.map(
    (valueSets): Step =>
      (b) =>
        b.token('code', valueSets, { modifier: 'in' }),
  ),
  fc.array(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/), { minLength: 1, maxLength: 3 }).map(
    (names): Step =>
      (b) =>
        b.elements(names[0]!, ...names.slice(1)),
  ),
  fc.boolean().map(
    (iterate): Step =>
      (b) =>
        iterate
          ? b.include('Patient', 'general-practitioner', { target: 'Practitioner', iterate })
          : b.include('Observation', 'subject', { target: 'Patient' }),
  ),
  fc.boolean().map(
    (iterate): Step =>
      (b) =>
        iterate
          ? b.revinclude('Observation', 'has-member', { iterate })
          : b.revinclude('Provenance', 'target'),
  ),
  fc.constantFrom('status', 'date', 'code' as const).map(
    (code): Step =>
      (b) =>
        b.missing(code),
  ),
  fc.tuple(texts).map(
    ([values]): Step =>
      (b) =>
        b.param('x-server-specific', values),
  ),
  fc.tuple(texts).map(
    ([values]): Step =>
      (b) =>
        b.uri('_profile', values),
  ),
);

const profiles: fc.Arbitrary<SearchOptions> = fc.constantFrom(
  { dates: 'halo', timeZone: 'Australia/Sydney' },
  { dates: 'fhir', timeZone: 'UTC' },
  { dates: 'fhir', timeZone: 'America/New_York' },
);

// A fast structural check for the 10,000 runs; vitest's diff only when it fails.
function expectSame(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

describe('parse(format(query)) gives back the query', () => {
  it('for builder-made searches, through the URL, the form body and URLSearchParams', () => {
    fc.assert(
      fc.property(profiles, fc.array(steps, { minLength: 1, maxLength: 6 }), (options, chosen) => {
        const built = chosen.reduce<SearchBuilder<'Observation'>>(
          (b, step) => step(b),
          search('Observation', options),
        );
        const url = built.toString();
        // The builder writes its text without parsing it; it must be exactly what its query formats to.
        expect(url).toBe(formatSearch(built.query));
        expect(built.toFormBody()).toBe(formatSearchFormBody(built.query));
        expectSame(parseSearch(url, options).query, built.query);
        expectSame(parseSearch(`Observation?${built.toFormBody()}`, options).query, built.query);
        // Encoded once: a standard decoder reads the URL's query back to exactly the FHIR-escaped pairs.
        expectSame([...new URLSearchParams(url.slice(url.indexOf('?') + 1))], [...built.toSearchParams()]);
      }),
      { numRuns: 10_000 },
    );
  });

  it('for queries of server-specific parameters with any values, as plain data', () => {
    const part = fc.oneof(text, fc.constant(''));
    const component = fc.record({ parts: fc.array(part, { minLength: 1, maxLength: 3 }) });
    const value = fc.array(component, { minLength: 1, maxLength: 3 });
    const name = fc.stringMatching(/^x-[a-z][a-z0-9-]{0,8}$/);
    const entry = fc.record(
      {
        code: name,
        modifier: fc.stringMatching(/^[a-z][a-z-]{0,6}$/),
        chain: fc.stringMatching(/^[a-z][a-z-]{0,6}$/),
        values: fc.array(value, { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['code', 'values'] },
    );
    const query: fc.Arbitrary<SearchQuery> = fc.record({
      resourceType: fc.constantFrom('Patient', 'Observation', 'Appointment'),
      parameters: fc.array(entry, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(query, (q) => {
        expectSame(parseSearchQuery(formatSearch(q)), q);
      }),
      { numRuns: 10_000 },
    );
  });

  it('keeps every value the builder was given, part for part (the query is not just self-consistent)', () => {
    fc.assert(
      fc.property(texts, text, text, prefix, decimal, (values, system, code, p, number) => {
        const built = search('Observation')
          .string('value-string', values)
          .token('code', { system, code })
          .quantity('value-quantity', { [p]: { value: number, system, code } })
          .param('x-server-specific', values);
        const [strings, tokens, quantities, literal] = built.query.parameters;
        expectSame(
          strings?.values,
          values.map((value) => [{ parts: [value] }]),
        );
        expectSame(tokens?.values, [[{ parts: [system, code] }]]);
        expectSame(quantities?.values, [[{ prefix: p, parts: [String(number), system, code] }]]);
        expectSame(literal?.values, strings?.values);
      }),
      { numRuns: 2_000 },
    );
  });
});
