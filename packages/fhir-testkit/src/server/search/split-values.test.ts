import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSystem, splitUnescaped, unescapeValue } from './split-values.js';

const escapeSearchValue = (s: string) => s.replace(/[\\,|$]/g, (c) => `\\${c}`);

describe('search value escaping', () => {
  it('splits on unescaped commas only', () => {
    expect(splitUnescaped('a,b\\,c,d', ',').map(unescapeValue)).toEqual(['a', 'b,c', 'd']);
    expect(splitSystem('http://x\\|y|123')).toEqual({ system: 'http://x\\|y', code: '123' });
    expect(splitSystem('123')).toEqual({ system: undefined, code: '123' });
  });

  it('round-trips any list of values through escape, join and split', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (values) => {
        const joined = values.map(escapeSearchValue).join(',');
        expect(splitUnescaped(joined, ',').map(unescapeValue)).toEqual(values);
      }),
    );
  });
});
