import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHaloWebhookError } from './errors/halo-webhook-error.js';
import { useSqlFake } from './test-support/use-sql-fake.js';
import { constantTimeEqual, handleFromWebhook, verifyHaloWebhook } from './webhook.js';

const secret = 'whsec-test-3f9a';
const now = Date.parse('2026-03-02T08:00:00Z');
const timestamp = String(Math.floor(now / 1000));
const payload = {
  id: 'evt-1',
  occurredAt: '2026-03-02T08:00:00Z',
  siteId: 'a1b2c3d4-0000-4000-8000-000000000001',
  queryId: '00000000-0000-4000-8000-000000000001',
  webhookSource: 'async',
};
const body = JSON.stringify(payload);

/** Signs as Halo documents it, with Node's own HMAC (independent of the WebCrypto code under test). */
const sign = (text: string, at: string, key = secret) =>
  createHmac('sha256', key).update(`${text}.${at}`).digest();
const headersFor = (signature: string, at = timestamp) => ({
  'x-halo-signature-256': signature,
  'x-halo-timestamp': at,
});

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (isHaloWebhookError(error) ? error.reason : `other: ${String(error)}`),
  );

describe('verifyHaloWebhook', () => {
  it('accepts the signature as hex, upper-case hex, sha256=hex or base64, from Headers or a plain object', async () => {
    const digest = sign(body, timestamp);
    for (const signature of [
      digest.toString('hex'),
      digest.toString('hex').toUpperCase(),
      `sha256=${digest.toString('hex')}`,
      digest.toString('base64'),
    ]) {
      await expect(verifyHaloWebhook({ body, headers: headersFor(signature), secret, now })).resolves.toEqual(
        payload,
      );
    }
    const headers = new Headers({
      'X-Halo-Signature-256': digest.toString('hex'),
      'X-Halo-Timestamp': timestamp,
    });
    await expect(
      verifyHaloWebhook({ body: new TextEncoder().encode(body), headers, secret, now }),
    ).resolves.toEqual(payload);
  });

  it('rejects a tampered body, a wrong secret, a missing header, and a timestamp outside the window', async () => {
    const good = sign(body, timestamp).toString('hex');
    expect(
      await rejection(
        verifyHaloWebhook({
          body: body.replace('async', 'registered'),
          headers: headersFor(good),
          secret,
          now,
        }),
      ),
    ).toBe('bad-signature');
    expect(
      await rejection(verifyHaloWebhook({ body, headers: headersFor(good), secret: 'other', now })),
    ).toBe('bad-signature');
    expect(
      await rejection(verifyHaloWebhook({ body, headers: { 'x-halo-timestamp': timestamp }, secret, now })),
    ).toBe('missing-signature');
    expect(
      await rejection(verifyHaloWebhook({ body, headers: { 'x-halo-signature-256': good }, secret, now })),
    ).toBe('missing-timestamp');
    expect(
      await rejection(verifyHaloWebhook({ body, headers: headersFor(good, 'yesterday'), secret, now })),
    ).toBe('invalid-timestamp');
    const old = String(Math.floor(now / 1000) - 301);
    expect(
      await rejection(
        verifyHaloWebhook({ body, headers: headersFor(sign(body, old).toString('hex'), old), secret, now }),
      ),
    ).toBe('stale');
    // The timestamp is signed: moving it into the window breaks the signature.
    expect(
      await rejection(
        verifyHaloWebhook({
          body,
          headers: headersFor(sign(body, old).toString('hex'), timestamp),
          secret,
          now,
        }),
      ),
    ).toBe('bad-signature');
    const notPayload = '{"hello":1}';
    expect(
      await rejection(
        verifyHaloWebhook({
          body: notPayload,
          headers: headersFor(sign(notPayload, timestamp).toString('hex')),
          secret,
          now,
        }),
      ),
    ).toBe('invalid-payload');
  });

  it('accepts any correctly signed body and rejects any one-byte change (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1 }), fc.nat(), async (note, flip) => {
        const text = JSON.stringify({ ...payload, id: note });
        const signature = sign(text, timestamp).toString('hex');
        await expect(
          verifyHaloWebhook({ body: text, headers: headersFor(signature), secret, now }),
        ).resolves.toMatchObject({ id: note });
        const bytes = new TextEncoder().encode(text);
        const index = flip % bytes.length;
        bytes[index] = (bytes[index] ?? 0) ^ 0x01;
        expect(
          await rejection(verifyHaloWebhook({ body: bytes, headers: headersFor(signature), secret, now })),
        ).toBe('bad-signature');
      }),
      { numRuns: 300 },
    );
  });

  it('compares in constant time over the longer input', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.uint8Array(), (a, b) => {
        const same = a.length === b.length && a.every((byte, index) => byte === b[index]);
        expect(constantTimeEqual(a, b)).toBe(same);
        expect(constantTimeEqual(a, Uint8Array.from(a))).toBe(true);
      }),
    );
  });
});

describe('handleFromWebhook', () => {
  const start = useSqlFake();

  it('turns an async webhook into a handle to resume, and a registered one into its id', async () => {
    const { fake, sql, settle } = await start();
    fake.define('SELECT 1', { rows: [{ one: 1 }] });
    const submitted = await sql.submit({ text: 'SELECT 1' });
    const target = handleFromWebhook({
      ...payload,
      webhookSource: 'async',
      siteId: sql.site,
      queryId: submitted.id,
    } as const);
    if (target.source !== 'async') throw new Error('expected an async target');
    const handle = sql.resume(target.saved);
    const rows = await settle(collect(handle.rows()));
    expect(rows).toEqual([{ one: 1 }]);
    expect(fake.billed).toBe(1);
    expect(handleFromWebhook({ ...payload, webhookSource: 'registered' } as const)).toEqual({
      source: 'registered',
      siteId: payload.siteId,
      registeredQueryId: payload.queryId,
    });
  });
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
