import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PagingError } from '../paging/errors/paging-error.js';
import { FhirClientError } from './fhir-client-error.js';
import { redactEverywhere, VOCABULARY_FIELDS } from './redact-everywhere.js';

// The one chokepoint every event, error and cursor leaves the client through.

// Subscription keys are 32 lowercase hex characters; shorter ones still cannot occur in our own wording.
const secret = fc.stringMatching(/^[0-9a-f]{16,32}$/);

/** Any JSON value with `key` planted in some of its strings (and object keys left alone). */
function jsonWith(key: string): fc.Arbitrary<unknown> {
  const text = fc.oneof(
    fc.string(),
    fc.string().map((s) => `${s}${key}${s}`),
    fc.constant(encodeURIComponent(key)),
  );
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
    ),
  })).value;
}

describe('redactEverywhere', () => {
  it('keeps a parsed own "__proto__" field as a field (found by the property below), redacted too', () => {
    const body = JSON.parse('{"__proto__":{"note":"key k3y-123"},"n":0}') as Record<string, unknown>;
    const redacted = redactEverywhere(body, ['k3y-123']) as Record<string, unknown>;
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
    expect(Object.keys(redacted).sort()).toEqual(['__proto__', 'n']);
    expect(JSON.stringify(redacted)).not.toContain('k3y-123');
    expect(Object.getOwnPropertyDescriptor(redacted, '__proto__')?.value).toEqual({
      note: expect.any(String),
    });
  });

  it('leaves no key in any string of any JSON value', () => {
    fc.assert(
      fc.property(
        secret.chain((key) => fc.tuple(fc.constant(key), jsonWith(key))),
        ([key, value]) => {
          const redacted = redactEverywhere(value, [key]);
          const text = JSON.stringify(redacted) ?? '';
          expect(text).not.toContain(key);
          expect(text).not.toContain(encodeURIComponent(key));
        },
      ),
    );
  });

  it('changes nothing (and copies) when no string holds the key', () => {
    fc.assert(
      fc.property(secret, fc.jsonValue(), (key, value) => {
        fc.pre(!JSON.stringify(value).includes(key));
        expect(redactEverywhere(value, [key])).toEqual(value);
      }),
    );
  });

  it("redacts one of the library's errors in place: message, stack, fields, cursor and cause", () => {
    fc.assert(
      fc.property(secret, fc.string(), (key, text) => {
        const cause = Object.assign(new TypeError(`Invalid URL ${key}`), { input: `http://[${key}` });
        const cursor = {
          next: `Patient?_page=${key}`,
          followed: [`x${key}`],
          yielded: { matches: [], included: [] },
        };
        const error = new PagingError(`${text} link ${key}`, { cause, cursor: cursor as never });

        const same = redactEverywhere(error, [key]);

        expect(same).toBe(error);
        expect(error.name).toBe('PagingError');
        for (const view of [
          error.message,
          String(error.stack),
          JSON.stringify(error),
          inspect(error, { depth: 10 }),
        ]) {
          expect(view).not.toContain(key);
        }
        // The caller's cursor object is not touched: the error holds a redacted copy.
        expect(cursor.next).toContain(key);
      }),
    );
  });

  it("leaves the caller's own errors (an abort reason) and vocabulary fields as they are", () => {
    const key = 'type';
    const reason = new Error('aborted: type');
    expect(redactEverywhere(reason, [key]).message).toBe('aborted: type');
    const event = { type: 'link-repaired', category: 'x', text: 'a type' };
    expect(redactEverywhere(event, [key])).toEqual({
      type: 'link-repaired',
      category: 'x',
      text: 'a [REDACTED]',
    });
    expect(VOCABULARY_FIELDS.has('name')).toBe(true);
    const error = new FhirClientError('type of thing');
    expect(redactEverywhere(error, [key])).toMatchObject({
      name: 'FhirClientError',
      message: '[REDACTED] of thing',
    });
  });

  it('keeps shared and cyclic references without looping', () => {
    const shared = { text: 'k3y-abcdef' };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;

    const redacted = redactEverywhere(cyclic, ['k3y-abcdef']) as typeof cyclic;

    expect(redacted.a).toBe(redacted.b);
    expect(redacted.self).toBe(redacted);
    expect(redacted.a).toEqual({ text: '[REDACTED]' });
  });
});
