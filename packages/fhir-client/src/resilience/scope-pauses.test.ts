import { describe, expect, test } from 'vitest';
import { isPausedError, PausedError } from '../errors/paused-error.js';
import { isFhirRequestError } from '../errors/fhir-request-error.js';
import { pausePractitionerFor } from './practitioner-rules.js';
import { haloFailure, OTHER_SITE, SITE, scriptedAttempts, searchRequest } from './test-support/failures.js';
import { errorOf, harness, settle, START } from './test-support/harness.js';

const HOUR = 3_600_000;

describe('integrator scope', () => {
  test('a 401 bad key stops every request, to every site, until reset', async () => {
    const h = harness();
    await settle(
      h.policy.execute(searchRequest(), scriptedAttempts([haloFailure('key-invalid')], h.clock.now).attempt),
    );
    await h.clock.advance(7 * 24 * HOUR);
    const later = scriptedAttempts(['ok'], h.clock.now);
    const refused = errorOf(
      await settle(h.policy.execute(searchRequest({ site: OTHER_SITE }), later.attempt)),
    );
    expect(refused).toBeInstanceOf(PausedError);
    expect(refused).toMatchObject({
      scope: 'integrator',
      resumesAt: undefined,
      category: 'paused',
      status: undefined,
      retryable: false,
      reason: { cause: 'key-invalid', category: 'key-invalid', status: 401 },
    });
    expect(later.calls).toHaveLength(0);
    // waitIfPaused cannot wait for something that never ends by itself
    const waiting = await settle(h.policy.execute(searchRequest({ waitIfPaused: true }), later.attempt));
    expect(isPausedError(errorOf(waiting))).toBe(true);

    h.policy.reset({ scope: 'integrator' });
    expect(await settle(h.policy.execute(searchRequest(), later.attempt))).toEqual({ ok: true, value: 'ok' });
    expect(h.of('resume')).toMatchObject([{ scope: 'integrator', via: 'reset' }]);
  });

  test('a 429 makes every request wait for the same window, not only the one that got it', async () => {
    const h = harness({ random: () => 0 });
    const limited = scriptedAttempts(
      [haloFailure('rate-limited', { retryAfter: '20' }), 'first'],
      h.clock.now,
    );
    const first = settle(h.policy.execute(searchRequest(), limited.attempt));
    await h.clock.advance(0);
    const other = scriptedAttempts(['second'], h.clock.now);
    const second = settle(h.policy.execute(searchRequest({ site: OTHER_SITE }), other.attempt));
    await h.clock.advance(19_999);
    expect(other.calls).toHaveLength(0);
    await h.clock.advance(1);
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
    expect(other.calls).toEqual([START + 20_000]);
  });
});

describe('site scope', () => {
  test('400 login failed pauses the site for 1 h, then 2 h, and a success resets the streak', async () => {
    const h = harness();
    const loginFailed = () => scriptedAttempts([haloFailure('login-failed')], h.clock.now).attempt;
    await settle(h.policy.execute(searchRequest(), loginFailed()));
    expect(h.policy.pauseStatus({ site: SITE })[0]?.resumesAt?.getTime()).toBe(START + HOUR);
    await h.clock.advance(HOUR);
    await settle(h.policy.execute(searchRequest(), loginFailed()));
    expect(h.policy.pauseStatus({ site: SITE })[0]?.resumesAt?.getTime()).toBe(START + 3 * HOUR);
    expect(h.policy.pauseStatus({ site: OTHER_SITE })).toEqual([]);
    await h.clock.advance(2 * HOUR);
    await settle(h.policy.execute(searchRequest(), scriptedAttempts(['ok'], h.clock.now).attempt));
    await settle(h.policy.execute(searchRequest(), loginFailed()));
    expect(h.policy.pauseStatus({ site: SITE })[0]?.resumesAt?.getTime()).toBe(START + 4 * HOUR);
  });

  test('a churned practice is stopped entirely until reset', async () => {
    const h = harness();
    h.policy.markChurned(SITE, { note: 'contract ended' });
    const attempts = scriptedAttempts(['ok'], h.clock.now);
    const refused = errorOf(
      await settle(h.policy.execute(searchRequest({ waitIfPaused: true }), attempts.attempt)),
    );
    expect(refused).toMatchObject({
      scope: 'site',
      scopeKey: SITE,
      resumesAt: undefined,
      reason: { cause: 'churned' },
    });
    expect((refused as Error).message).toContain('contract ended');
    expect(attempts.calls).toHaveLength(0);
    h.policy.reset({ scope: 'site', site: SITE });
    expect((await settle(h.policy.execute(searchRequest(), attempts.attempt))).ok).toBe(true);
  });
});

describe('practitioner scope', () => {
  test('a GP reported away is paused until midnight in the practice time zone; other GPs continue', async () => {
    const h = harness({ siteTimeZone: () => 'Australia/Perth' });
    const away = haloFailure('practitioner-unavailable');
    const request = searchRequest({ practitioner: 'Practitioner/7' });
    await settle(h.policy.execute(request, scriptedAttempts([away], h.clock.now).attempt));
    const [pause] = h.policy.pauseStatus();
    // START is 06:00 in Perth (UTC+8): midnight Perth is 16:00 UTC
    expect(pause).toMatchObject({
      scope: 'practitioner',
      scopeKey: 'Practitioner/7',
      site: SITE,
      practitioner: '7',
    });
    expect(pause?.resumesAt?.toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(pause?.reason).toMatchObject({ cause: 'practitioner-rule', rule: 'practitioner-away' });

    const same = scriptedAttempts(['ok'], h.clock.now);
    const refused = errorOf(
      await settle(h.policy.execute(searchRequest({ practitioner: '7' }), same.attempt)),
    );
    expect(refused).toMatchObject({ scope: 'practitioner', scopeKey: 'Practitioner/7' });
    expect(same.calls).toHaveLength(0);
    const colleague = scriptedAttempts(['ok'], h.clock.now);
    expect((await settle(h.policy.execute(searchRequest({ practitioner: '8' }), colleague.attempt))).ok).toBe(
      true,
    );
    // the same practitioner id at another practice is another GP
    const elsewhere = scriptedAttempts(['ok'], h.clock.now);
    expect(
      (
        await settle(
          h.policy.execute(searchRequest({ site: OTHER_SITE, practitioner: '7' }), elsewhere.attempt),
        )
      ).ok,
    ).toBe(true);

    await h.clock.advanceTo(Date.parse('2026-11-26T16:00:00Z'));
    expect((await settle(h.policy.execute(searchRequest({ practitioner: '7' }), same.attempt))).ok).toBe(
      true,
    );
    expect(h.of('resume')).toMatchObject([{ scope: 'practitioner', via: 'expired', pausedMs: 18 * HOUR }]);
  });

  test("the request's own time zone wins over the policy's siteTimeZone", async () => {
    const h = harness({ siteTimeZone: () => 'Australia/Sydney' });
    const request = searchRequest({ practitioner: '7', timeZone: 'Australia/Perth' });
    await settle(
      h.policy.execute(
        request,
        scriptedAttempts([haloFailure('practitioner-unavailable')], h.clock.now).attempt,
      ),
    );
    expect(h.policy.pauseStatus()[0]?.resumesAt?.toISOString()).toBe('2026-11-26T16:00:00.000Z');
  });

  test('the practitioner named by the error is paused even when the request did not say', async () => {
    const h = harness();
    await settle(
      h.policy.execute(
        searchRequest(),
        scriptedAttempts([haloFailure('practitioner-unavailable')], h.clock.now).attempt,
      ),
    );
    expect(h.policy.pauseStatus({ site: SITE, practitioner: 'Practitioner/7' })).toHaveLength(1);
  });

  test('custom rules map an error code or message to a pause', async () => {
    const rule = pausePractitionerFor({ name: 'sql-50000', codes: [50000], durationMs: HOUR });
    const h = harness({ practitionerRules: [rule] });
    const request = searchRequest({ practitioner: '7' });
    await settle(
      h.policy.execute(
        request,
        scriptedAttempts([haloFailure('practitioner-unavailable')], h.clock.now).attempt,
      ),
    );
    expect(h.policy.pauseStatus()[0]).toMatchObject({ reason: { rule: 'sql-50000' } });
    expect(h.policy.pauseStatus()[0]?.resumesAt?.getTime()).toBe(START + HOUR);
  });
});

describe('waitIfPaused', () => {
  test('waits on the injected clock until the scope resumes, then sends', async () => {
    const h = harness();
    h.policy.markChurned(OTHER_SITE);
    await settle(
      h.policy.execute(searchRequest(), scriptedAttempts([haloFailure('login-failed')], h.clock.now).attempt),
    );
    const attempts = scriptedAttempts(['ok'], h.clock.now);
    const waiting = settle(h.policy.execute(searchRequest({ waitIfPaused: true }), attempts.attempt));
    await h.clock.advance(HOUR - 1);
    expect(attempts.calls).toHaveLength(0);
    await h.clock.advance(1);
    expect(await waiting).toEqual({ ok: true, value: 'ok' });
    expect(attempts.calls).toEqual([START + HOUR]);
  });

  test('stops waiting as soon as the AbortSignal aborts', async () => {
    const h = harness();
    await settle(
      h.policy.execute(searchRequest(), scriptedAttempts([haloFailure('login-failed')], h.clock.now).attempt),
    );
    const controller = new AbortController();
    const attempts = scriptedAttempts(['ok'], h.clock.now);
    const waiting = settle(
      h.policy.execute(searchRequest({ waitIfPaused: true, signal: controller.signal }), attempts.attempt),
    );
    await h.clock.advance(60_000);
    controller.abort();
    const error = errorOf(await waiting);
    expect((error as Error).name).toBe('AbortError');
    expect(attempts.calls).toHaveLength(0);
  });
});

test('a PausedError is a FhirRequestError that names its scope and when it resumes', async () => {
  const h = harness();
  await settle(
    h.policy.execute(searchRequest(), scriptedAttempts([haloFailure('login-failed')], h.clock.now).attempt),
  );
  const error = errorOf(
    await settle(h.policy.execute(searchRequest(), scriptedAttempts(['ok'], h.clock.now).attempt)),
  );
  expect(isFhirRequestError(error)).toBe(true);
  expect((error as Error).message).toContain(SITE);
  expect((error as Error).message).toContain(new Date(START + HOUR).toISOString());
});
