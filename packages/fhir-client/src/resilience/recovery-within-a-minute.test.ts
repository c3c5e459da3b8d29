import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createManualClock, type ManualClock } from './clock.js';
import { resilienceDefaults } from './options.js';
import { createResiliencePolicy } from './policy.js';
import { haloFailure, SITE, searchRequest } from './test-support/failures.js';
import { settle, START } from './test-support/harness.js';

const MINUTE = 60_000;

interface Outage {
  /** When the practice goes offline, in ms after the first poll. */
  readonly startsMs: number;
  readonly forMs: number;
}

interface PollingRun {
  /** Clock times of every query that went to the network during the outage. */
  readonly sentDuringOutage: number[];
  /** Requests made during the outage (what a naive poller would have sent). */
  readonly requestsDuringOutage: number;
  /** Clock time of the first successful query after the practice came back. */
  readonly firstSuccessAfterRecovery: number | undefined;
  readonly recoveredAt: number;
}

/** Moves the clock from one backoff sleep to the next until `polled` settles (seconds, not minutes). */
async function untilSettled(clock: ManualClock, polled: Promise<unknown>): Promise<void> {
  let settled = false;
  void polled.then(() => (settled = true));
  for (let turn = 0; !settled; turn++) {
    if (turn > 100) throw new Error('the poll never settled');
    await clock.advanceTo(clock.nextWakeAt ?? clock.now());
  }
}

/**
 * `gps` searches at one practice every minute, one after another, with the default policy on a
 * manual clock; the practice answers Halo's 503 "Site could not be contacted" during `outage`.
 */
async function pollThroughOutage(
  outage: Outage,
  { gps, random = () => 0.5 }: { gps: number; random?: () => number },
): Promise<PollingRun> {
  const clock = createManualClock(START);
  const policy = createResiliencePolicy({ clock, random });
  const offlineFrom = START + outage.startsMs;
  const recoveredAt = offlineFrom + outage.forMs;
  const offline = (at: number) => at >= offlineFrom && at < recoveredAt;
  const sentDuringOutage: number[] = [];
  let requestsDuringOutage = 0;
  let firstSuccessAfterRecovery: number | undefined;
  const lastPoll = Math.ceil((recoveredAt - START) / MINUTE) + 2;

  for (let minute = 0; minute <= lastPoll; minute++) {
    await clock.advanceTo(START + minute * MINUTE);
    for (let gp = 0; gp < gps; gp++) {
      if (offline(clock.now())) requestsDuringOutage++;
      const polled = settle(
        policy.execute(searchRequest({ practitioner: `Practitioner/gp-${gp}` }), async () => {
          const at = clock.now();
          if (offline(at)) {
            sentDuringOutage.push(at);
            throw haloFailure('site-unavailable', { now: at });
          }
          if (at >= recoveredAt) firstSuccessAfterRecovery ??= at;
          return 'bundle';
        }),
      );
      await untilSettled(clock, polled);
    }
  }
  expect(policy.pauseStatus({ site: SITE })).toEqual([]);
  return { sentDuringOutage, requestsDuringOutage, firstSuccessAfterRecovery, recoveredAt };
}

describe('a practice that comes back online (issue #6), with the default options', () => {
  test('a 10-minute outage polled every minute: first success at the first poll after it is back, 12 queries into it', async () => {
    expect(resilienceDefaults.breakerMaxOpenMs).toBe(MINUTE);
    const run = await pollThroughOutage({ startsMs: 0, forMs: 10 * MINUTE }, { gps: 5 });

    expect(run.firstSuccessAfterRecovery).toBe(run.recoveredAt);
    // 09:00: three attempts (0, +0.5 s, +1.5 s with jitter 0.5) open the breaker for 30 s; from
    // 09:01 to 09:09 one probe a minute (open 60 s after each failed probe: the cap); the other
    // GPs' polls are refused without a query. 09:10: the probe succeeds.
    const seconds = run.sentDuringOutage.map((at) => (at - START) / 1000);
    expect(seconds).toEqual([0, 0.5, 1.5, 60, 120, 180, 240, 300, 360, 420, 480, 540]);
    expect(run.requestsDuringOutage).toBe(50);
  });

  test('whenever the outage starts and however long it lasts, the first success comes within 60 s of recovery', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: MINUTE - 1 }),
        fc.integer({ min: 1, max: 90 * MINUTE }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (startsMs, forMs, jitter) => {
          const run = await pollThroughOutage({ startsMs, forMs }, { gps: 3, random: () => jitter });
          expect(run.firstSuccessAfterRecovery).toBeDefined();
          expect(run.firstSuccessAfterRecovery! - run.recoveredAt).toBeLessThanOrEqual(MINUTE);
          // Bounded: at most 3 attempts to open the breaker, then one probe per minute.
          const minutesOffline = Math.ceil(forMs / MINUTE) + 1;
          expect(run.sentDuringOutage.length).toBeLessThanOrEqual(3 + minutesOffline);
        },
      ),
      { numRuns: 25 },
    );
  });
});
