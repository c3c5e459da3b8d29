import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeSqlData } from './decode-result.js';

const toBase64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const jsonValue = fc.jsonValue();
const row = fc.dictionary(fc.string(), jsonValue);

describe('result data decoding', () => {
  it('decodes any array of row objects back to the same rows, and keeps the text', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const text = JSON.stringify(rows);
        const decoded = decodeSqlData(toBase64(text), 'reader');
        expect(decoded.kind).toBe('rows');
        if (decoded.kind === 'rows') expect(decoded.rows).toEqual(JSON.parse(text));
        expect(decoded.raw.text).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a bare JSON value, or a one-column row, as the scalar', () => {
    fc.assert(
      fc.property(jsonValue, fc.string(), (value, column) => {
        const bare = decodeSqlData(toBase64(JSON.stringify(value)), 'scalar');
        const expected = JSON.parse(JSON.stringify(value));
        if (
          Array.isArray(expected) &&
          expected.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
        )
          return;
        expect(bare).toMatchObject({ kind: 'value', value: expected });
        const wrapped = decodeSqlData(toBase64(JSON.stringify([{ [column]: value }])), 'scalar');
        expect(wrapped).toMatchObject({ kind: 'value', value: expected });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any data, and never loses it: undecoded data keeps the base64 and any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array().map((bytes) => Buffer.from(bytes).toString('base64')),
        ),
        (data) => {
          for (const mode of ['reader', 'scalar', 'nonQuery'] as const) {
            const decoded = decodeSqlData(data, mode);
            expect(decoded.raw.base64).toBe(data);
            if (decoded.kind === 'undecoded') expect(decoded.reason).not.toBe('');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads strict base64 exactly as Node does, and refuses anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(decodeBase64(text)).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 2000 },
    );
    for (const bad of ['abc', 'ab$=', '====', 'YQ==YQ==']) expect(decodeBase64(bad)).toBeUndefined();
  });
});
