import { describe, expect, test } from 'vitest';
import { FinalOutcome } from './events.js';
import {
  createRequest,
  haloFailure,
  networkFailure,
  scriptedAttempts,
  searchRequest,
  timeoutFailure,
} from './test-support/failures.js';
import type { HaloFailureKind } from './test-support/failures.js';
import { errorOf, harness, settle } from './test-support/harness.js';

describe('retries only what is safe', () => {
  test('a read is retried after 503, 504, network and timeout failures, then succeeds', async () => {
    const { clock, policy, of } = harness({ breakerFailureThreshold: 10 });
    const { attempt, calls } = scriptedAttempts(
      [haloFailure('site-unavailable'), networkFailure(), timeoutFailure(), 'bundle'],
      clock.now,
    );
    const result = settle(policy.execute(searchRequest(), attempt));
    await clock.advance(60_000);
    expect(await result).toEqual({ ok: true, value: 'bundle' });
    expect(calls).toHaveLength(4);
    expect(of('retry').map((e) => e.reason)).toEqual(['site-unavailable', 'network', 'timeout']);
  });

  test('a FHIR POST _search is retried like a GET', async () => {
    const { clock, policy } = harness();
    const { attempt, calls } = scriptedAttempts([haloFailure('server-error'), 'bundle'], clock.now);
    const request = searchRequest({ method: 'POST', url: 'https://h/fhir/R4/Appointment/_search' });
    const result = settle(policy.execute(request, attempt));
    await clock.advance(60_000);
    expect((await result).ok).toBe(true);
    expect(calls).toHaveLength(2);
  });

  test.each([
    ['timeout', timeoutFailure('POST')],
    ['network failure', networkFailure()],
    ['503', haloFailure('site-unavailable')],
    ['500', haloFailure('server-error')],
  ])('a create is never retried after a %s: it may have reached the server', async (_name, failure) => {
    const { clock, policy, of } = harness();
    const { attempt, calls } = scriptedAttempts([failure, { id: 'created-twice' }], clock.now);
    const result = settle(policy.execute(createRequest(), attempt));
    await clock.advance(10 * 60_000);
    expect(errorOf(await result)).toBe(failure);
    expect(calls).toHaveLength(1);
    expect(of('error')[0]?.outcome).toBe(FinalOutcome.NotIdempotent);
    expect(policy.stats().queriesSent).toBe(1);
  });

  test('an update is never retried after a timeout either', async () => {
    const { clock, policy } = harness();
    const { attempt, calls } = scriptedAttempts([timeoutFailure('PUT'), 'updated'], clock.now);
    const request = createRequest({
      method: 'PUT',
      interaction: 'update',
      url: 'https://h/fhir/R4/Patient/1',
    });
    const result = settle(policy.execute(request, attempt));
    await clock.advance(10 * 60_000);
    expect((await result).ok).toBe(false);
    expect(calls).toHaveLength(1);
  });

  test('a create refused with 429 is sent again after the window: the gateway refused it before the practice', async () => {
    const { clock, policy } = harness();
    const { attempt, calls } = scriptedAttempts(
      [haloFailure('rate-limited', { retryAfter: '7' }), { id: 'p1' }],
      clock.now,
    );
    const start = clock.now();
    const result = settle(policy.execute(createRequest(), attempt));
    await clock.advance(60_000);
    expect(await result).toEqual({ ok: true, value: { id: 'p1' } });
    expect(calls[1]! - start).toBeGreaterThanOrEqual(7000);
  });

  test.each<HaloFailureKind>([
    'bad-sql',
    'bad-request',
    'key-invalid',
    'ip-not-allowed',
    'not-found',
    'too-large',
    'login-failed',
  ])('%s is never retried', async (kind) => {
    const { clock, policy, of } = harness();
    const failure = haloFailure(kind);
    const { attempt, calls } = scriptedAttempts([failure, 'unreachable'], clock.now);
    const result = settle(policy.execute(searchRequest(), attempt));
    await clock.advance(10 * 60_000);
    expect(errorOf(await result)).toBe(failure);
    expect(calls).toHaveLength(1);
    expect(of('retry')).toHaveLength(0);
    expect(of('error')[0]?.outcome).toBe(FinalOutcome.NotRetryable);
  });

  test('the 413 error itself tells the caller to narrow the query or go async', () => {
    expect(haloFailure('too-large').action).toMatch(/narrow|async/i);
  });

  test('a 406 is retried once while infrequent at the site, and not at all once frequent', async () => {
    const { clock, policy } = harness({ infrequentLimit: 3 });
    const first = scriptedAttempts(
      [haloFailure('not-acceptable'), haloFailure('not-acceptable'), 'ok'],
      clock.now,
    );
    const one = settle(policy.execute(searchRequest(), first.attempt));
    await clock.advance(60_000);
    expect((await one).ok).toBe(false);
    expect(first.calls).toHaveLength(2); // retried once, not twice

    const second = scriptedAttempts([haloFailure('not-acceptable'), 'ok'], clock.now);
    const two = settle(policy.execute(searchRequest(), second.attempt));
    await clock.advance(60_000);
    expect((await two).ok).toBe(false);
    expect(second.calls).toHaveLength(1); // the third 406 in ten minutes: frequent, so not retried

    await clock.advance(10 * 60_000);
    const third = scriptedAttempts([haloFailure('not-acceptable'), 'ok'], clock.now);
    const three = settle(policy.execute(searchRequest(), third.attempt));
    await clock.advance(60_000);
    expect(await three).toEqual({ ok: true, value: 'ok' });
  });

  test('an error that is not a FhirRequestError is never retried', async () => {
    const { clock, policy } = harness();
    const bug = new TypeError('cannot read properties of undefined');
    const { attempt, calls } = scriptedAttempts([bug, 'ok'], clock.now);
    const result = settle(policy.execute(searchRequest(), attempt));
    await clock.advance(60_000);
    expect(errorOf(await result)).toBe(bug);
    expect(calls).toHaveLength(1);
  });

  test('gives up after maxAttempts and rethrows the last failure', async () => {
    const { clock, policy, of } = harness({ maxAttempts: 3, breakerFailureThreshold: 99 });
    const failures = [haloFailure('server-error'), haloFailure('server-error'), haloFailure('server-error')];
    const { attempt, calls } = scriptedAttempts([...failures, 'never'], clock.now);
    const result = settle(policy.execute(searchRequest(), attempt));
    await clock.advance(10 * 60_000);
    expect(errorOf(await result)).toBe(failures[2]);
    expect(calls).toHaveLength(3);
    expect(of('error')[0]?.outcome).toBe(FinalOutcome.AttemptsExhausted);
  });

  test('an abort during the backoff ends the request at once, with no further attempt', async () => {
    const { clock, policy } = harness();
    const controller = new AbortController();
    const { attempt, calls } = scriptedAttempts([haloFailure('server-error'), 'ok'], clock.now);
    const result = settle(policy.execute(searchRequest({ signal: controller.signal }), attempt));
    await clock.advance(1); // the first attempt failed; the retry is sleeping
    controller.abort(new Error('caller gave up'));
    await clock.advance(60_000);
    expect((errorOf(await result) as Error).message).toBe('caller gave up');
    expect(calls).toHaveLength(1);
  });
});
