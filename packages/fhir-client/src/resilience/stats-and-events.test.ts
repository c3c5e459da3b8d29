import { describe, expect, test } from 'vitest';
import { haloFailure, OTHER_SITE, SITE, scriptedAttempts, searchRequest } from './test-support/failures.js';
import { harness, settle } from './test-support/harness.js';

describe('stats', () => {
  test('count charged queries (every attempt sent), retries, failures by category and refusals', async () => {
    const h = harness({ breakerFailureThreshold: 99 });
    const retried = scriptedAttempts(
      [haloFailure('server-error'), haloFailure('site-unavailable'), 'ok'],
      h.clock.now,
    );
    const one = settle(h.policy.execute(searchRequest(), retried.attempt));
    await h.clock.advance(60_000);
    await one;
    await settle(
      h.policy.execute(searchRequest(), scriptedAttempts([haloFailure('bad-sql')], h.clock.now).attempt),
    );
    await settle(
      h.policy.execute(searchRequest(), scriptedAttempts([haloFailure('login-failed')], h.clock.now).attempt),
    );
    await settle(h.policy.execute(searchRequest(), scriptedAttempts(['never sent'], h.clock.now).attempt));

    expect(h.policy.stats()).toMatchObject({
      requests: 4,
      queriesSent: 5,
      retries: 2,
      successes: 1,
      failures: 3,
      pausedRefusals: 1,
      failuresByCategory: {
        'server-error': 1,
        'site-unavailable': 1,
        'bad-sql': 1,
        'login-failed': 1,
        paused: 1,
      },
    });
  });

  test('time paused per scope adds ended and running pauses', async () => {
    const h = harness({ maxAttempts: 1 });
    h.policy.markChurned(OTHER_SITE);
    await settle(
      h.policy.execute(
        searchRequest({ practitioner: '7' }),
        scriptedAttempts([haloFailure('practitioner-unavailable')], h.clock.now).attempt,
      ),
    );
    for (let i = 0; i < 3; i++) {
      await settle(
        h.policy.execute(
          searchRequest(),
          scriptedAttempts([haloFailure('site-unreachable')], h.clock.now).attempt,
        ),
      );
    }
    await h.clock.advance(45_000); // the breaker's 30 s opening has ended; the others run on
    const stats = h.policy.stats();
    expect(stats.pausedMs.site).toBe(30_000 + 45_000);
    expect(stats.pausedMs.practitioner).toBe(45_000);
    expect(stats.pausedMs.integrator).toBe(0);
    expect(stats.pausedMsByScope).toEqual({
      [`site:${SITE}`]: 30_000,
      [`site:${OTHER_SITE}`]: 45_000,
      [`practitioner:${SITE}/Practitioner/7`]: 45_000,
    });
    expect(stats.activePauses).toBe(2);
  });
});

describe('events', () => {
  test('request, retry, response, pause, resume and error each carry their scope, and no query string', async () => {
    const h = harness({ breakerFailureThreshold: 99 });
    const request = searchRequest({
      practitioner: 'Practitioner/7',
      url: 'https://h/fhir/R4/Appointment?patient.name=Smith',
    });
    const script = scriptedAttempts(
      [haloFailure('rate-limited', { retryAfter: '2', url: request.url }), 'ok'],
      h.clock.now,
    );
    const run = settle(h.policy.execute(request, script.attempt));
    await h.clock.advance(10_000);
    await run;
    expect(h.events.map((e) => e.type)).toEqual([
      'request',
      'pause',
      'retry',
      'resume',
      'request',
      'response',
    ]);
    // the error's message carries the URL, query and all: none of it may reach events or saved state
    for (const event of h.events) expect(JSON.stringify(event)).not.toContain('Smith');
    expect(JSON.stringify(h.policy)).not.toContain('Smith');
    expect(h.of('request')[0]).toMatchObject({
      scope: 'practitioner',
      scopeKey: 'Practitioner/7',
      site: SITE,
      practitioner: '7',
      path: 'https://h/fhir/R4/Appointment',
      attempt: 1,
      probe: false,
    });
    expect(h.of('pause')[0]).toMatchObject({
      scope: 'integrator',
      scopeKey: 'integrator',
      resumesAt: h.of('pause')[0]!.at + 2000,
    });
    expect(h.of('retry')[0]).toMatchObject({
      delayMs: 2000,
      reason: 'rate-limited',
      status: 429,
      attempt: 1,
    });
    expect(h.of('resume')[0]).toMatchObject({ scope: 'integrator', pausedMs: 2000, via: 'expired' });

    await settle(
      h.policy.execute(request, scriptedAttempts([haloFailure('not-found')], h.clock.now).attempt),
    );
    expect(h.of('error')[0]).toMatchObject({
      scope: 'practitioner',
      category: 'not-found',
      status: 404,
      outcome: 'not-retryable',
    });
  });

  test('a listener that throws does not break the request, and is reported', async () => {
    const reported: unknown[] = [];
    const h = harness({ onListenerError: (error) => reported.push(error) });
    const unsubscribe = h.policy.on(() => {
      throw new Error('logger down');
    });
    const result = await settle(
      h.policy.execute(searchRequest(), scriptedAttempts(['ok'], h.clock.now).attempt),
    );
    expect(result).toEqual({ ok: true, value: 'ok' });
    expect(reported).toHaveLength(2); // request and response
    unsubscribe();
    await settle(h.policy.execute(searchRequest(), scriptedAttempts(['ok'], h.clock.now).attempt));
    expect(reported).toHaveLength(2);
  });
});
