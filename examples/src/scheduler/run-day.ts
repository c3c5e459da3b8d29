import type { ResilienceStats } from '@halo-fhir/fhir-client';
import { type PollerBackend, PollOutcome, type PollTarget } from './backend.js';
import { at, recoveries, type Scenario } from './scenario.js';

/** What one poller did over the scenario. */
export interface DayResult {
  readonly poller: string;
  /** Queries that reached the server (charged). */
  readonly queriesSent: number;
  readonly polls: number;
  readonly succeeded: number;
  readonly failed: number;
  /** Polls answered locally with `PausedError`: nothing sent. */
  readonly refused: number;
  /** Polls not made because the previous minute's polls overran (waiting out a rate limit). */
  readonly skipped: number;
  readonly queriesAboutAwayGp: number;
  /** Seconds from the practice coming back online to the first successful query there. */
  readonly siteRecoverySeconds: number | undefined;
  /** Seconds from the rate limit lifting to the first successful query. */
  readonly rateLimitRecoverySeconds: number | undefined;
  readonly stats: ResilienceStats | undefined;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Waits for `work` while moving the manual clock: whenever nothing is on the wire and nothing else
 * can run, time jumps to the next sleeper's deadline (a backoff, a `Retry-After`, a pause).
 */
async function onSimulatedTime<T>(backend: PollerBackend, work: Promise<T>): Promise<T> {
  let done = false;
  const watched = work.finally(() => {
    done = true;
  });
  watched.catch(() => {});
  // Real time with nothing on the wire and no sleeper: module loading (the client imports ky on its
  // first request) or other I/O can take a while on a busy machine, so give up only after seconds.
  let stalledSince: number | undefined;
  while (!done) {
    await nextTurn();
    if (done) break;
    if (!backend.idle()) {
      await backend.drained();
      continue;
    }
    const wakeAt = backend.clock.nextWakeAt;
    if (wakeAt === undefined) {
      stalledSince ??= performance.now();
      if (performance.now() - stalledSince > 30_000)
        throw new Error('scheduler: the poll neither finished nor waited on the clock for 30 s');
      continue;
    }
    stalledSince = undefined;
    await backend.clock.advanceTo(Math.max(wakeAt, backend.clock.now()));
  }
  return work;
}

/**
 * Polls every GP once a minute, one after another (a scheduler that queries a practice in parallel
 * would send several queries into an outage before the first answer could pause it).
 */
export async function runDay(scenario: Scenario, poller: string, backend: PollerBackend): Promise<DayResult> {
  const targets: PollTarget[] = scenario.practices.flatMap((practice) =>
    Array.from({ length: practice.gps }, (_, index) => ({ practice, gp: index + 1 })),
  );
  const { siteBack, rateLimitLifted } = recoveries(scenario);
  const offlineGuid = scenario.practices[scenario.offline.practice]?.guid;
  const awayTarget = targets.find(
    (t) => t.practice === scenario.practices[scenario.away.practice] && t.gp === scenario.away.gp,
  );
  const counts = { polls: 0, succeeded: 0, failed: 0, refused: 0, skipped: 0 };
  let siteRecovered: number | undefined;
  let rateLimitRecovered: number | undefined;
  try {
    for (let minute = 0; minute < scenario.minutes; minute++) {
      const tick = at(scenario, minute);
      if (backend.clock.now() >= tick + 60_000) {
        counts.skipped += targets.length;
        continue;
      }
      if (backend.clock.now() < tick) await backend.clock.advanceTo(tick);
      backend.beginMinute(minute);
      for (const target of targets) {
        const outcome = await onSimulatedTime(backend, backend.poll(target));
        const now = backend.clock.now();
        counts.polls++;
        if (outcome === PollOutcome.Ok) {
          counts.succeeded++;
          if (target.practice.guid === offlineGuid && now >= siteBack) siteRecovered ??= now;
          if (now >= rateLimitLifted) rateLimitRecovered ??= now;
        } else if (outcome === PollOutcome.Failed) counts.failed++;
        else counts.refused++;
      }
    }
    return {
      poller,
      queriesSent: backend.queriesSent(),
      ...counts,
      queriesAboutAwayGp: awayTarget ? backend.queriesAbout(awayTarget) : 0,
      siteRecoverySeconds: siteRecovered === undefined ? undefined : (siteRecovered - siteBack) / 1000,
      rateLimitRecoverySeconds:
        rateLimitRecovered === undefined ? undefined : (rateLimitRecovered - rateLimitLifted) / 1000,
      stats: backend.stats(),
    };
  } finally {
    await backend.close();
  }
}
