import { describe, expect, test } from 'vitest';
import { isPausedError } from '../errors/paused-error.js';
import { CircuitState } from './circuit-breaker.js';
import {
  haloFailure,
  networkFailure,
  OTHER_SITE,
  SITE,
  scriptedAttempts,
  searchRequest,
} from './test-support/failures.js';
import { errorOf, harness, settle } from './test-support/harness.js';
import type { Harness } from './test-support/harness.js';

/** One request that fails once with `failure` (a request that would be retried is cut to one attempt). */
async function failOnce(h: Harness, failure: Error, site = SITE): Promise<unknown> {
  const { attempt } = scriptedAttempts([failure, failure, failure, failure], h.clock.now);
  const settled = await settle(
    h.policy.execute(searchRequest({ site, url: `https://h/${site}/Appointment` }), attempt),
  );
  return settled.ok ? undefined : settled.error;
}

const breakerState = (h: Harness) => h.policy.toJSON().breakers[SITE]?.state ?? CircuitState.Closed;

describe('per-site circuit breaker', () => {
  test('closed → open after 3 consecutive site failures → half-open after 30 s → closed after a good probe', async () => {
    const h = harness({ maxAttempts: 1 });
    await failOnce(h, haloFailure('site-unavailable'));
    await failOnce(h, haloFailure('site-unreachable'));
    expect(breakerState(h)).toBe(CircuitState.Closed);
    await failOnce(h, networkFailure());
    expect(breakerState(h)).toBe(CircuitState.Open);
    expect(h.of('pause')).toMatchObject([{ scope: 'site', scopeKey: SITE, circuitOpen: true }]);

    // open: refused without touching the network, and other sites are unaffected
    const refused = scriptedAttempts(['ok'], h.clock.now);
    const error = errorOf(await settle(h.policy.execute(searchRequest(), refused.attempt)));
    expect(isPausedError(error) && error.circuitOpen).toBe(true);
    expect(refused.calls).toHaveLength(0);
    expect(await failOnce(h, new Error('unrelated'), OTHER_SITE)).toBeInstanceOf(Error);
    expect(h.policy.stats().queriesSent).toBe(4);

    await h.clock.advance(30_000);
    // half-open: exactly one probe goes; a second request meanwhile is refused
    let releaseProbe: (value: string) => void = () => {};
    const probe = settle(
      h.policy.execute(searchRequest(), () => new Promise<string>((resolve) => (releaseProbe = resolve))),
    );
    await h.clock.advance(0);
    expect(breakerState(h)).toBe(CircuitState.HalfOpen);
    expect(h.of('request').at(-1)).toMatchObject({ probe: true });
    const during = scriptedAttempts(['ok'], h.clock.now);
    const duringError = errorOf(await settle(h.policy.execute(searchRequest(), during.attempt)));
    expect(isPausedError(duringError) && duringError.circuitOpen).toBe(true);
    expect(during.calls).toHaveLength(0);

    releaseProbe('bundle');
    expect(await probe).toEqual({ ok: true, value: 'bundle' });
    expect(breakerState(h)).toBe(CircuitState.Closed);
    expect(h.of('resume')).toMatchObject([{ scope: 'site', via: 'probe-succeeded', pausedMs: 30_000 }]);
    const after = scriptedAttempts(['ok'], h.clock.now);
    expect(await settle(h.policy.execute(searchRequest(), after.attempt))).toEqual({ ok: true, value: 'ok' });
  });

  test('a failed probe reopens the breaker for twice as long, up to the maximum', async () => {
    const h = harness({ maxAttempts: 1, breakerOpenMs: 30_000, breakerMaxOpenMs: 100_000 });
    for (let i = 0; i < 3; i++) await failOnce(h, haloFailure('site-unavailable'));
    const openings = () => h.of('pause').map((e) => (e.resumesAt ?? 0) - e.at);
    expect(openings()).toEqual([30_000]);
    await h.clock.advance(30_000);
    await failOnce(h, haloFailure('site-unavailable'));
    expect(openings()).toEqual([30_000, 60_000]);
    await h.clock.advance(60_000);
    await failOnce(h, networkFailure());
    expect(openings()).toEqual([30_000, 60_000, 100_000]);
    await h.clock.advance(99_999);
    expect(breakerState(h)).toBe(CircuitState.Open);
    const early = scriptedAttempts(['ok'], h.clock.now);
    expect(isPausedError(errorOf(await settle(h.policy.execute(searchRequest(), early.attempt))))).toBe(true);
    await h.clock.advance(1);
    const good = scriptedAttempts(['ok'], h.clock.now);
    expect(await settle(h.policy.execute(searchRequest(), good.attempt))).toEqual({ ok: true, value: 'ok' });
    // closed again: the next opening starts from 30 s
    for (let i = 0; i < 3; i++) await failOnce(h, haloFailure('site-unavailable'));
    expect(openings().at(-1)).toBe(30_000);
  });

  test('a success or an answer from the practice resets the count of consecutive failures', async () => {
    const h = harness({ maxAttempts: 1 });
    await failOnce(h, haloFailure('site-unavailable'));
    await failOnce(h, haloFailure('site-unavailable'));
    await failOnce(h, haloFailure('bad-sql')); // the database answered: the site is up
    await failOnce(h, haloFailure('site-unavailable'));
    await failOnce(h, haloFailure('site-unavailable'));
    expect(breakerState(h)).toBe(CircuitState.Closed);
    await failOnce(h, haloFailure('site-unavailable'));
    expect(breakerState(h)).toBe(CircuitState.Open);
  });

  test('the failure that opens the breaker is not retried: the request fails with it', async () => {
    const h = harness({ maxAttempts: 4 });
    const failure = haloFailure('site-unavailable');
    const { attempt, calls } = scriptedAttempts([failure, failure, failure, 'ok'], h.clock.now);
    const result = settle(h.policy.execute(searchRequest(), attempt));
    await h.clock.advance(60_000);
    expect(errorOf(await result)).toBe(failure);
    expect(calls).toHaveLength(3);
    expect(h.of('error')[0]?.outcome).toBe('paused');
  });

  test('while the probe is out, a request that may wait goes once the probe has closed the breaker', async () => {
    const h = harness({ maxAttempts: 1 });
    for (let i = 0; i < 3; i++) await failOnce(h, haloFailure('site-unavailable'));
    await h.clock.advance(30_000);
    let releaseProbe: (value: string) => void = () => {};
    const probe = settle(
      h.policy.execute(searchRequest(), () => new Promise<string>((r) => (releaseProbe = r))),
    );
    await h.clock.advance(0);
    const patient = scriptedAttempts(['second'], h.clock.now);
    const waiting = settle(h.policy.execute(searchRequest({ waitIfPaused: true }), patient.attempt));
    await h.clock.advance(500);
    expect(patient.calls).toHaveLength(0);
    releaseProbe('first');
    await h.clock.advance(1000);
    expect(await probe).toEqual({ ok: true, value: 'first' });
    expect(await waiting).toEqual({ ok: true, value: 'second' });
  });

  test('a probe its caller aborted tells nothing about the site: the next request probes instead', async () => {
    const h = harness({ maxAttempts: 1 });
    for (let i = 0; i < 3; i++) await failOnce(h, haloFailure('site-unavailable'));
    await h.clock.advance(30_000);
    const controller = new AbortController();
    const aborted = settle(
      h.policy.execute(searchRequest({ signal: controller.signal }), async () => {
        controller.abort();
        throw controller.signal.reason;
      }),
    );
    expect((await aborted).ok).toBe(false);
    const next = scriptedAttempts(['ok'], h.clock.now);
    expect(await settle(h.policy.execute(searchRequest(), next.attempt))).toEqual({ ok: true, value: 'ok' });
    expect(breakerState(h)).toBe(CircuitState.Closed);
  });
});
