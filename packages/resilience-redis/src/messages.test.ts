import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseChangeMessage } from './messages.js';

describe('channel messages', () => {
  test('anything malformed is ignored, never thrown inside the Pub/Sub handler', () => {
    for (const text of [
      'not json',
      'null',
      '{"kind":"pause","json":"{broken","since":"1","seq":1,"from":"x"}',
      '{"kind":"pause","json":"42","since":"1","seq":1,"from":"x"}',
      '{"kind":"removal","removal":"{","at":1,"seq":1,"from":"x"}',
      '{"kind":"what","seq":1}',
    ]) {
      expect(parseChangeMessage(text)).toBeUndefined();
    }
  });

  test('property: no text or JSON value makes it throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        parseChangeMessage(text);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('pause', 'removal', 'breaker', 'login'),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (kind, rest) => {
          parseChangeMessage(JSON.stringify({ ...rest, kind }));
        },
      ),
    );
  });

  test('a pause announcement gives the pause with the since of the first pause of its scope', () => {
    const pause = {
      scope: 'site',
      scopeKey: 's',
      site: 's',
      since: 5,
      resumesAt: 9,
      reason: { cause: 'manual', message: 'm' },
    };
    expect(
      parseChangeMessage(
        JSON.stringify({ kind: 'pause', from: 'w1', seq: 3, json: JSON.stringify(pause), since: '2' }),
      ),
    ).toEqual({
      kind: 'pause',
      from: 'w1',
      seq: 3,
      pause: { ...pause, since: 2 },
    });
  });
});
