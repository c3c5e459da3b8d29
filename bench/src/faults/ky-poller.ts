import type { ManualClock } from '@halo-fhir/fhir-client';
import ky from 'ky';
import { type PollerBackend, PollOutcome } from '../../../examples/src/scheduler/backend.js';
import type { Scenario } from '../../../examples/src/scheduler/scenario.js';
import { createPracticesFetch } from './practices.js';

/**
 * Runs `work` with the global `setTimeout` on the manual clock, so ky's retry delays (its backoff and
 * `Retry-After` waits, which call the global `setTimeout`) pass in simulated time. Only ky runs while it
 * is patched: the day loop waits with `setImmediate`, and nothing here uses the network.
 */
async function onManualTimers<T>(clock: ManualClock, work: () => Promise<T>): Promise<T> {
  const g = globalThis as { setTimeout: unknown };
  const real = g.setTimeout;
  g.setTimeout = (callback: () => void, ms?: number) => {
    void clock.sleep(ms ?? 0).then(callback);
    return 0;
  };
  try {
    return await work();
  } finally {
    g.setTimeout = real;
  }
}

/**
 * ky with its default retry (2 retries on 408/413/429/500/502/503/504, exponential delay from 300 ms,
 * `Retry-After` honoured) polling every GP every minute. Its request timeout is off: the simulated
 * practices answer at once, and a timeout timer on the manual clock would fire as time jumps.
 */
export function kyDefaultRetryPoller(scenario: Scenario, clock: ManualClock): PollerBackend {
  const practices = createPracticesFetch(scenario, clock);
  const client = ky.create({ fetch: practices.fetch, timeout: false });
  return {
    clock,
    beginMinute: () => {},
    poll: (target) =>
      onManualTimers(clock, () => client.get(practices.url(target)).json()).then(
        () => PollOutcome.Ok,
        () => PollOutcome.Failed,
      ),
    queriesSent: practices.total,
    queriesAbout: practices.about,
    stats: () => undefined,
    idle: () => true,
    drained: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
