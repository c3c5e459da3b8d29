import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedByEncoding } from './escaping.js';
import { encodeComponent, pairsToUrl } from './format.js';

// The URL writer encodes ASCII text itself (format.ts `encodeComponent`); these hold it to the encoding it
// replaces: encodeURI, then the query delimiters it leaves (`? & = + # ;`) %-escaped.
const reference = (text: string): string =>
  encodeURI(text).replace(
    /[?&=+#;]/g,
    (delimiter) => `%${delimiter.charCodeAt(0).toString(16).toUpperCase()}`,
  );

const outcome = (encode: (text: string) => string, text: string): string => {
  try {
    return `ok:${encode(text)}`;
  } catch (error) {
    return `throws:${(error as Error).name}`;
  }
};

// Every ASCII character, some beyond it, and lone and paired surrogates.
const unit = fc.oneof(
  fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('é', '€', '😀', '\uD800', '\uDC00', '\u00A0', '\u2028'),
);
const text = fc.array(unit, { maxLength: 24 }).map((units) => units.join(''));

describe('URL encoding of a value', () => {
  it('is what encodeURI and the delimiter escapes write, and refuses what encodeURI refuses', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(outcome(encodeComponent, value)).toBe(outcome(reference, value));
      }),
      { numRuns: 20000 },
    );
  });

  it('keeps plain text as the same string', () => {
    const plain = 'Practitioner/gp-123';
    expect(encodeComponent(plain)).toBe(plain);
    expect(encodeComponent('http://snomed.info/sct|11429006')).toBe('http://snomed.info/sct%7C11429006');
  });

  it('refuses exactly the text with a lone surrogate, where the runtime cannot say so itself', () => {
    const native = (value: string): boolean =>
      (String.prototype as unknown as { isWellFormed: (this: string) => boolean }).isWellFormed.call(value);
    fc.assert(
      fc.property(text, (value) => {
        expect(isWellFormedByEncoding(value)).toBe(native(value));
      }),
      { numRuns: 20000 },
    );
  });

  it('of a name written before (its last texts remembered) is the encoding of the text given', () => {
    // Few names and texts, so texts repeat, alternate and change under one name; a text is sometimes a
    // fresh copy (an equal string that is not the same one), and `plain` pairs skip encoding.
    const pair = fc.record({
      name: fc.constantFrom('_include', 'service-type', 'é', 'x'),
      text: fc.oneof(fc.constantFrom('a|b', 'Appointment:patient', 'é f', '\uD800', ''), text),
      copy: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.array(pair, { minLength: 1, maxLength: 4 }), { maxLength: 12 }), (urls) => {
        for (const pairs of urls) {
          const written = pairs.map(({ name, text, copy }) => ({
            name,
            text: copy ? [...text].join('') : text,
          }));
          const expected = (): string =>
            `Type?${written.map(({ name, text }) => `${reference(name)}=${reference(text)}`).join('&')}`;
          expect(outcome(() => pairsToUrl('Type', written), '')).toBe(
            outcome(expected, '').replace('throws:URIError', 'throws:SearchBuildError'),
          );
        }
      }),
      { numRuns: 5000 },
    );
  });
});
