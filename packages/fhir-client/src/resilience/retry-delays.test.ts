import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isPausedError } from '../errors/paused-error.js';
import { createManualClock } from './clock.js';
import { createResiliencePolicy } from './policy.js';
import type { RetryEvent } from './events.js';
import { haloFailure, scriptedAttempts, searchRequest } from './test-support/failures.js';
import { errorOf, harness, settle } from './test-support/harness.js';

describe('retry delays', () => {
  test('double from the base with full jitter: each wait is the random share of its ceiling', async () => {
    const samples = [0.25, 0.5, 0.75];
    const { clock, policy, of } = harness({
      random: () => samples.shift() ?? 0,
      breakerFailureThreshold: 99,
    });
    const failures = [haloFailure('server-error'), haloFailure('server-error'), haloFailure('server-error')];
    const { attempt, calls } = scriptedAttempts([...failures, 'ok'], clock.now);
    const result = settle(policy.execute(searchRequest(), attempt));
    await clock.advance(60_000);
    expect((await result).ok).toBe(true);
    // ceilings 1 s, 2 s, 4 s; shares 0.25, 0.5, 0.75
    expect(of('retry').map((e) => e.delayMs)).toEqual([250, 1000, 3000]);
    expect(calls.slice(1).map((t, i) => t - calls[i]!)).toEqual([250, 1000, 3000]);
  });

  test('for any random source, every wait lies inside [0, min(cap, base·2^(n-1))] and is really waited', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 20_000 }),
        async (randoms, baseDelayMs, extra) => {
          const maxDelayMs = baseDelayMs + extra;
          const clock = createManualClock(0);
          const queue = [...randoms];
          const retries: RetryEvent[] = [];
          const policy = createResiliencePolicy({
            clock,
            random: () => queue.shift() ?? 0,
            baseDelayMs,
            maxDelayMs,
            maxAttempts: 6,
            breakerFailureThreshold: 99,
            retryBudgetMinRetries: 10,
          });
          policy.on((e) => {
            if (e.type === 'retry') retries.push(e);
          });
          const failures = Array.from({ length: 6 }, () => haloFailure('server-error'));
          const { attempt, calls } = scriptedAttempts(failures, clock.now);
          const result = settle(policy.execute(searchRequest(), attempt));
          await clock.advance(10 * 60_000);
          expect((await result).ok).toBe(false);
          expect(retries).toHaveLength(5);
          retries.forEach((event, index) => {
            const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** index);
            expect(event.delayMs).toBeGreaterThanOrEqual(0);
            expect(event.delayMs).toBeLessThanOrEqual(ceiling);
            expect(calls[index + 1]! - calls[index]!).toBe(event.delayMs);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('Retry-After', () => {
  test('in seconds is honoured for a 429 instead of backoff', async () => {
    const { clock, policy, of } = harness();
    const { attempt, calls } = scriptedAttempts(
      [haloFailure('rate-limited', { retryAfter: '30' }), 'ok'],
      clock.now,
    );
    const result = settle(policy.execute(searchRequest(), attempt));
    await clock.advance(120_000);
    expect((await result).ok).toBe(true);
    expect(of('retry')[0]).toMatchObject({ delayMs: 30_000, fromRetryAfter: true, reason: 'rate-limited' });
    // the request waits out the integrator's window (plus a sub-second spread)
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(30_000);
    expect(calls[1]! - calls[0]!).toBeLessThan(31_000);
  });

  test('as an HTTP date is honoured for a 503', async () => {
    const { clock, policy, of } = harness();
    const now = clock.now();
    const retryAt = new Date(now + 45_000).toUTCString();
    const { attempt, calls } = scriptedAttempts(
      [haloFailure('site-unavailable', { retryAfter: retryAt, now }), 'ok'],
      clock.now,
    );
    const result = settle(policy.execute(searchRequest(), attempt));
    await clock.advance(120_000);
    expect((await result).ok).toBe(true);
    expect(of('retry')[0]).toMatchObject({ delayMs: 45_000, fromRetryAfter: true, status: 503 });
    expect(calls[1]! - calls[0]!).toBe(45_000);
  });

  test('longer than the inline maximum becomes a pause: the request fails, the next ones are refused', async () => {
    const { clock, policy, of } = harness({ maxRetryAfterMs: 120_000 });
    const failure = haloFailure('rate-limited', { retryAfter: '600' });
    const { attempt, calls } = scriptedAttempts([failure, 'ok'], clock.now);
    const first = settle(policy.execute(searchRequest(), attempt));
    await clock.advance(1);
    expect(errorOf(await first)).toBe(failure);
    expect(calls).toHaveLength(1);
    expect(of('pause')[0]).toMatchObject({
      scope: 'integrator',
      reason: { cause: 'rate-limited', status: 429 },
    });

    const next = scriptedAttempts(['ok'], clock.now);
    const refused = errorOf(await settle(policy.execute(searchRequest(), next.attempt)));
    expect(isPausedError(refused)).toBe(true);
    expect(next.calls).toHaveLength(0);
    if (isPausedError(refused)) {
      expect(refused.scope).toBe('integrator');
      expect(refused.resumesAt?.getTime()).toBe(clock.now() - 1 + 600_000);
    }
  });

  test('a long Retry-After on a 503 pauses only that site', async () => {
    const { clock, policy } = harness();
    const { attempt } = scriptedAttempts(
      [haloFailure('site-unavailable', { retryAfter: '3600' })],
      clock.now,
    );
    await settle(policy.execute(searchRequest(), attempt));
    expect(policy.pauseStatus()).toMatchObject([{ scope: 'site', reason: { cause: 'retry-after' } }]);
    const other = scriptedAttempts(['ok'], clock.now);
    const elsewhere = await settle(policy.execute(searchRequest({ site: 'another-site' }), other.attempt));
    expect(elsewhere).toEqual({ ok: true, value: 'ok' });
  });
});
