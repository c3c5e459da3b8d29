import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSqlRewriteError, rewriteStoredProcedure, type SqlDbType } from '../index.js';
import { decodedText, roundTrip } from './test-support/round-trip.js';

// Pieces with a meaning somewhere in T-SQL or in its client tools, and code points from every plane.
const tricky = fc.constantFrom(
  "'",
  "''",
  "N'",
  '--',
  '/*',
  '*/',
  ';',
  '\nGO\n',
  '\r\nGO\r\n',
  'GO',
  '\\',
  '\\\n',
  '\\\r\n',
  '\\\r',
  '\r',
  '\n',
  '\t',
  '\u0000',
  ']',
  '+',
  '😀',
  '\u202E',
);
const anyPlane = fc
  .tuple(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 0xffff }))
  .map(([plane, offset]) => plane * 0x10000 + offset)
  .filter((codePoint) => codePoint < 0xd800 || codePoint > 0xdfff)
  .map((codePoint) => String.fromCodePoint(codePoint));
const piece = fc.oneof(tricky, anyPlane, fc.string({ maxLength: 8 }));
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

/** A long text: filler around tricky pieces placed so some joined pieces are short enough to truncate. */
function longText(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: minLength, max: maxLength }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), tricky), { maxLength: 6 }),
      fc.constantFrom('a', 'é', '😀', "x'y"),
    )
    .map(([length, inserts, filler]) => {
      let value = filler.repeat(Math.ceil(length / filler.length)).slice(0, length);
      if (/[\uD800-\uDBFF]$/.test(value)) value = `${value.slice(0, -1)}z`;
      for (const [at, insert] of inserts) {
        let index = Math.floor(at * value.length);
        if (/[\uDC00-\uDFFF]/.test(value[index] ?? '')) index--;
        value = value.slice(0, index) + insert + value.slice(index);
      }
      return value;
    });
}

const stringTypes: [SqlDbType, string][] = [
  ['NVarChar', 'NVARCHAR(MAX)'],
  ['NChar', 'NVARCHAR(MAX)'],
  ['NText', 'NVARCHAR(MAX)'],
  ['String', 'NVARCHAR(MAX)'],
  ['VarChar', 'VARCHAR(MAX)'],
  ['Char', 'VARCHAR(MAX)'],
  ['Text', 'VARCHAR(MAX)'],
  ['Xml', 'XML'],
];

describe('every string literal the rewrite writes reads back as exactly the original text', () => {
  it.each(stringTypes)(
    '%s: quotes, comments, ;, GO lines, backslash-newlines, NUL, every plane',
    (type, declared) => {
      fc.assert(
        fc.property(text, (value) => {
          const read = roundTrip(type, value);
          expect(read.declared).toBe(declared);
          expect(decodedText(read.value)).toBe(value);
        }),
        { numRuns: 10_000 },
      );
    },
  );

  it('NVarChar: lengths around 4 000 and 8 000 UTF-16 code units', () => {
    fc.assert(
      fc.property(fc.oneof(longText(3_990, 4_010), longText(7_990, 8_010)), (value) => {
        expect(decodedText(roundTrip('NVarChar', value).value)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('NVarChar: far past them, up to 1 MB', () => {
    fc.assert(
      fc.property(longText(100_000, 1_100_000), (value) => {
        expect(decodedText(roundTrip('NVarChar', value).value)).toBe(value);
      }),
      { numRuns: 12 },
    );
  });

  it('a lone surrogate anywhere is refused with its index', () => {
    const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
    fc.assert(
      fc.property(text, lone, fc.double({ min: 0, max: 1, noNaN: true }), (value, surrogate, at) => {
        let index = Math.floor(at * value.length);
        if (/[\uDC00-\uDFFF]/.test(value[index] ?? '')) index--;
        const broken = value.slice(0, index) + surrogate + value.slice(index);
        // A high surrogate right before a low one would form a valid pair: not a lone surrogate.
        fc.pre(!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(broken.slice(index - 1, index + 2)));
        let message = '';
        try {
          rewriteStoredProcedure({
            text: 'sp',
            type: 'storedProcedure',
            parameters: [{ name: '@V', type: 'NVarChar', value: broken }],
          });
        } catch (error) {
          if (isSqlRewriteError(error)) message = error.message;
        }
        expect(message).toContain(`@V contains invalid UTF-16 (lone surrogate at index ${index})`);
      }),
      { numRuns: 10_000 },
    );
  });
});
