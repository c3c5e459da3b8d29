import { describe, expect, test } from 'vitest';
import { isPausedError } from '../errors/paused-error.js';
import { createManualClock } from './clock.js';
import { createResiliencePolicy, ResiliencePolicy, restoreResiliencePolicy } from './policy.js';
import { InvalidResilienceStateError } from './state.js';
import { haloFailure, OTHER_SITE, SITE, scriptedAttempts, searchRequest } from './test-support/failures.js';
import { errorOf, harness, settle, START } from './test-support/harness.js';

const HOUR = 3_600_000;

describe('saving and restoring the policy state', () => {
  test('long pauses, open breakers and login streaks survive a restart through JSON text', async () => {
    const h = harness({ maxAttempts: 1 });
    await settle(
      h.policy.execute(searchRequest(), scriptedAttempts([haloFailure('login-failed')], h.clock.now).attempt),
    );
    for (let i = 0; i < 3; i++) {
      await settle(
        h.policy.execute(
          searchRequest({ site: OTHER_SITE }),
          scriptedAttempts([haloFailure('site-unavailable')], h.clock.now).attempt,
        ),
      );
    }
    await settle(
      h.policy.execute(
        searchRequest({ site: 'gp-site', practitioner: '7' }),
        scriptedAttempts([haloFailure('practitioner-unavailable')], h.clock.now).attempt,
      ),
    );
    h.policy.markChurned('churned-site');
    const saved = JSON.stringify(h.policy);

    // "restart": a new process, a new clock 10 minutes later
    const clock = createManualClock(START + 10 * 60_000);
    const restored = restoreResiliencePolicy(saved, { clock });
    const stillActive = (JSON.parse(saved) as { pauses: { resumesAt?: number }[] }).pauses.filter(
      (pause) => pause.resumesAt === undefined || pause.resumesAt > clock.now(),
    );
    expect(stillActive).toHaveLength(3); // the breaker's 30 s opening ended during the restart
    expect(restored.toJSON().pauses).toEqual(stillActive);
    const refused = scriptedAttempts(['ok'], clock.now);
    const error = errorOf(await settle(restored.execute(searchRequest(), refused.attempt)));
    expect(isPausedError(error) && error.resumesAt?.getTime()).toBe(START + HOUR);
    expect(refused.calls).toHaveLength(0);
    expect(restored.pauseStatus({ site: 'churned-site' })).toMatchObject([{ resumesAt: undefined }]);
    // the breaker's open time (30 s) has passed: it is half-open, so one probe goes
    const probe = scriptedAttempts(['ok'], clock.now);
    expect(await settle(restored.execute(searchRequest({ site: OTHER_SITE }), probe.attempt))).toEqual({
      ok: true,
      value: 'ok',
    });
    // the login-failed streak continues: the next pause is 2 h
    await clock.advance(HOUR);
    await settle(
      restored.execute(searchRequest(), scriptedAttempts([haloFailure('login-failed')], clock.now).attempt),
    );
    expect(restored.pauseStatus({ site: SITE })[0]?.resumesAt?.getTime()).toBe(clock.now() + 2 * HOUR);
  });

  test('ResiliencePolicy.fromJSON accepts the object form too', () => {
    const clock = createManualClock(START);
    const policy = createResiliencePolicy({ clock });
    policy.markChurned(SITE);
    const copy = ResiliencePolicy.fromJSON(policy.toJSON(), { clock });
    expect(copy.pauseStatus()).toEqual(policy.pauseStatus());
  });

  test.each([
    ['not JSON', '{oops', /not valid JSON/],
    [
      'another version',
      { version: 2, savedAt: 0, pauses: [], breakers: {}, loginFailures: {} },
      /at version/,
    ],
    [
      'a bad scope',
      { version: 1, savedAt: 0, pauses: [{ scope: 'planet' }], breakers: {}, loginFailures: {} },
      /pauses\[0\]\.scope/,
    ],
    [
      'a bad breaker state',
      { version: 1, savedAt: 0, pauses: [], breakers: { s: { state: 'ajar' } }, loginFailures: {} },
      /breakers\["s"\]\.state/,
    ],
    ['a missing field', { version: 1, savedAt: 0, pauses: [], breakers: {} }, /loginFailures/],
  ])('%s is refused with a typed error naming the field', (_name, input, message) => {
    expect(() => restoreResiliencePolicy(input)).toThrow(InvalidResilienceStateError);
    expect(() => restoreResiliencePolicy(input)).toThrow(message);
  });
});
