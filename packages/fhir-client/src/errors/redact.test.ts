import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets, redactUrl } from './redact.js';

describe('redactUrl', () => {
  it.each([
    ['https://h/p?subscription-key=abc&x=1', 'https://h/p?subscription-key=[REDACTED]&x=1'],
    [
      'https://h/p?x=1&Ocp-Apim-Subscription-Key=abc#frag',
      'https://h/p?x=1&Ocp-Apim-Subscription-Key=[REDACTED]#frag',
    ],
    ['https://h/p?API_KEY=abc', 'https://h/p?API_KEY=[REDACTED]'],
    [
      'https://h/p?access_token=abc&access_token=def',
      'https://h/p?access_token=[REDACTED]&access_token=[REDACTED]',
    ],
    ['https://user:pa55@h/p', 'https://user:[REDACTED]@h/p'],
    ['https://h/p?name=subscription-key', 'https://h/p?name=subscription-key'],
    ['not a url ?api_key=abc', 'not a url ?api_key=[REDACTED]'],
  ])('%s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });

  it('removes a secret wherever it appears, raw or URL-encoded', () => {
    expect(redactUrl('https://h/a b/c?q=a%20b', ['a b'])).toBe(`https://h/${REDACTED}/c?q=${REDACTED}`);
  });
});

describe('redactSecrets', () => {
  it('ignores empty secrets and removes the longer of overlapping secrets whole', () => {
    expect(redactSecrets('key=abcdef', ['', 'abc', 'abcdef'])).toBe(`key=${REDACTED}`);
    expect(redactSecrets('nothing here', undefined)).toBe('nothing here');
  });

  it('never leaves a secret in any text', () => {
    const secret = fc.stringMatching(/^[0-9a-f]{8,32}$/);
    fc.assert(
      fc.property(secret, fc.array(fc.string()), (key, parts) => {
        const text = parts.join(key) + encodeURIComponent(key);
        expect(redactSecrets(text, [key])).not.toContain(key);
      }),
    );
  });
});
