import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SqlTemplateValue, type SqlValue, sqlTemplate, typed } from './index.js';

/** Values that would be dangerous as SQL text: quotes, comments, terminators, GO lines, any Unicode. */
const nasty = fc.oneof(
  fc.constantFrom(
    "'",
    "''",
    '--',
    '/*',
    '*/',
    ';',
    '\nGO\n',
    '\\\n',
    "'; DROP TABLE Patients; --",
    '@p1',
    '\u0000',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const value: fc.Arbitrary<SqlValue> = fc.oneof(
  fc.array(nasty, { maxLength: 4 }).map((pieces) => pieces.join('')),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.boolean(),
  fc.constant(null),
  fc.date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T23:59:59Z'),
    noInvalidDate: true,
  }),
  fc.uint8Array({ maxLength: 16 }),
);
const interpolation: fc.Arbitrary<SqlTemplateValue> = fc.oneof(
  { weight: 4, arbitrary: value },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((text) => typed(text, 'VarChar')) },
  { weight: 1, arbitrary: fc.array(value, { minLength: 1, maxLength: 3 }) },
);

function templateOf(strings: string[]): TemplateStringsArray {
  return Object.assign([...strings], { raw: [...strings] });
}

describe('sqlTemplate never puts an interpolated value into the text', () => {
  it('the text is the template strings joined by @pN names alone, and every value is a parameter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 12 }), interpolation), { maxLength: 6 }),
        fc.string({ maxLength: 12 }),
        (pairs, last) => {
          const strings = [...pairs.map(([text]) => text), last];
          const values = pairs.map(([, interpolated]) => interpolated);
          const command = sqlTemplate(templateOf(strings), ...values);
          let counter = 0;
          const expected = pairs
            .map(([text, interpolated]) => {
              const count = Array.isArray(interpolated) ? interpolated.length : 1;
              const names = Array.from({ length: count }, () => `@p${++counter}`);
              return text + names.join(', ');
            })
            .join('');
          expect(command.text).toBe(expected + last);
          expect(command.parameters).toHaveLength(counter);
          expect(command.parameters?.map((parameter) => parameter.name)).toEqual(
            Array.from({ length: counter }, (_, index) => `@p${index + 1}`),
          );
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
