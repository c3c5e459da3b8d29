import type { ManualClock } from '@halo-fhir/fhir-client';
import { type ErrorFixture, haloErrors } from '@halo-fhir/fhir-testkit';
import ky from 'ky';
import {
  type PollerBackend,
  PollOutcome,
  type PollTarget,
  targetKey,
} from '../../../examples/src/scheduler/backend.js';
import { at, practitionerId, type Scenario } from '../../../examples/src/scheduler/scenario.js';

/**
 * The scheduler example's practices (examples/src/scheduler/simulated-network.ts) as a `fetch`, for a
 * client that speaks HTTP responses rather than the error model: the same testkit fixtures, checked in
 * the same order (away GP, practice offline, rate limit), on the same manual clock.
 */
function createPracticesFetch(scenario: Scenario, clock: ManualClock) {
  const perGp = new Map<string, number>();
  let total = 0;
  const offlineGuid = scenario.practices[scenario.offline.practice]?.guid;
  const awayKey = targetKey(
    scenario.practices[scenario.away.practice]?.guid ?? '',
    practitionerId(scenario.away.gp),
  );
  const fixtureFor = (key: string, guid: string, now: number): ErrorFixture | undefined => {
    const { offline, rateLimit } = scenario;
    if (key === awayKey)
      return haloErrors.practitionerAway({ practitioner: key.split('|')[1] ?? '', date: scenario.day });
    if (
      guid === offlineGuid &&
      now >= at(scenario, offline.atMinute) &&
      now < at(scenario, offline.atMinute + offline.forMinutes)
    ) {
      return haloErrors.siteUnavailable();
    }
    if (
      now >= at(scenario, rateLimit.atMinute) &&
      now < at(scenario, rateLimit.atMinute + rateLimit.forMinutes)
    ) {
      return haloErrors.rateLimited({ retryAfterSeconds: rateLimit.retryAfterSeconds });
    }
    return undefined;
  };
  const practicesFetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const guid = /\/sites\/([^/]+)\//.exec(url.pathname)?.[1] ?? '';
    const practitioner = (url.searchParams.get('practitioner') ?? '').replace('Practitioner/', '');
    const key = targetKey(guid, practitioner);
    perGp.set(key, (perGp.get(key) ?? 0) + 1);
    total++;
    const fixture = fixtureFor(key, guid, clock.now());
    if (fixture)
      return new Response(fixture.body || null, { status: fixture.status, headers: fixture.headers });
    return Response.json({ resourceType: 'Bundle', type: 'searchset', total: 0, entry: [] });
  };
  return {
    fetch: practicesFetch as typeof fetch,
    total: () => total,
    about: (target: PollTarget) => perGp.get(targetKey(target.practice.guid, practitionerId(target.gp))) ?? 0,
  };
}

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
      onManualTimers(clock, () =>
        client
          .get(
            `https://api.haloconnect.io/integrator/sites/${target.practice.guid}/fhir/R4/Appointment` +
              `?practitioner=Practitioner/${practitionerId(target.gp)}&date=${scenario.day}`,
          )
          .json(),
      ).then(
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
