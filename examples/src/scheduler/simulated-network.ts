import type { Bundle } from 'fhir/r4.js';
import {
  createResiliencePolicy,
  type FhirRequestError,
  isPausedError,
  type ManualClock,
  parseErrorResponse,
  type ResilienceOptions,
} from '@halo-fhir/fhir-client';
import { createSeededRandom, haloErrors, type ErrorFixture } from '@halo-fhir/fhir-testkit';
import { type PollerBackend, PollOutcome, type PollTarget, targetKey } from './backend.js';
import { at, practitionerId, type Scenario } from './scenario.js';

/**
 * The practices as an in-process function with the mock server's fault semantics: a practice
 * offline answers 503, the away GP a 400 database error, the rate limit 429 with `Retry-After`.
 * Failures are the testkit's own Halo fixtures parsed by the real error model, so the policy sees
 * exactly the errors the client would throw. Used for the full day, which over HTTP would take
 * minutes.
 */
function createSimulatedPractices(scenario: Scenario, clock: ManualClock) {
  const sent = new Map<string, number>();
  let total = 0;
  const offlineFrom = at(scenario, scenario.offline.atMinute);
  const offlineUntil = at(scenario, scenario.offline.atMinute + scenario.offline.forMinutes);
  const limitedFrom = at(scenario, scenario.rateLimit.atMinute);
  const limitedUntil = at(scenario, scenario.rateLimit.atMinute + scenario.rateLimit.forMinutes);
  const offlineGuid = scenario.practices[scenario.offline.practice]?.guid;
  const awayKey = targetKey(
    scenario.practices[scenario.away.practice]?.guid ?? '',
    practitionerId(scenario.away.gp),
  );

  // Checked in the order the mock server's faults are scheduled (the first matching fault answers).
  const fixtureFor = (target: PollTarget, now: number): ErrorFixture | undefined => {
    if (targetKey(target.practice.guid, practitionerId(target.gp)) === awayKey) {
      return haloErrors.practitionerAway({ practitioner: practitionerId(target.gp), date: scenario.day });
    }
    if (target.practice.guid === offlineGuid && now >= offlineFrom && now < offlineUntil) {
      return haloErrors.siteUnavailable();
    }
    if (now >= limitedFrom && now < limitedUntil) {
      return haloErrors.rateLimited({ retryAfterSeconds: scenario.rateLimit.retryAfterSeconds });
    }
    return undefined;
  };

  const url = (target: PollTarget): string =>
    `https://api.haloconnect.io/integrator/sites/${target.practice.guid}/fhir/R4/Appointment` +
    `?practitioner=Practitioner/${practitionerId(target.gp)}&date=${scenario.day}`;

  return {
    url,
    /** One exchange: resolves with a Bundle or throws the `FhirRequestError` the client would. */
    async exchange(target: PollTarget, attempt: number): Promise<Bundle> {
      const key = targetKey(target.practice.guid, practitionerId(target.gp));
      sent.set(key, (sent.get(key) ?? 0) + 1);
      total++;
      const fixture = fixtureFor(target, clock.now());
      if (fixture === undefined) return { resourceType: 'Bundle', type: 'searchset', total: 0, entry: [] };
      throw parseErrorResponse(
        { status: fixture.status, headers: fixture.headers, bodyText: fixture.body },
        { method: 'GET', url: url(target), attempt, now: clock.now() },
      ) satisfies FhirRequestError;
    },
    total: () => total,
    about: (target: PollTarget) => sent.get(targetKey(target.practice.guid, practitionerId(target.gp))) ?? 0,
  };
}

const noNetwork = {
  idle: () => true,
  drained: () => Promise.resolve(),
  close: () => Promise.resolve(),
  beginMinute: () => {},
};

/** The naive poller: one request per GP per minute, whatever happened before; no retries. */
export function simulatedNaivePoller(scenario: Scenario, clock: ManualClock): PollerBackend {
  const practices = createSimulatedPractices(scenario, clock);
  return {
    clock,
    ...noNetwork,
    poll: (target) =>
      practices.exchange(target, 1).then(
        () => PollOutcome.Ok,
        () => PollOutcome.Failed,
      ),
    queriesSent: practices.total,
    queriesAbout: practices.about,
    stats: () => undefined,
  };
}

/** The poller that sends every request through the resilience policy. */
export function simulatedPolicyPoller(
  scenario: Scenario,
  clock: ManualClock,
  options: ResilienceOptions = {},
): PollerBackend {
  const practices = createSimulatedPractices(scenario, clock);
  const policy = createResiliencePolicy({ clock, random: createSeededRandom(7), ...options });
  return {
    clock,
    ...noNetwork,
    poll: (target) =>
      policy
        .execute(
          {
            method: 'GET',
            url: practices.url(target),
            interaction: 'search',
            idempotent: true,
            site: target.practice.guid,
            practitioner: `Practitioner/${practitionerId(target.gp)}`,
          },
          (attempt) => practices.exchange(target, attempt),
        )
        .then(
          () => PollOutcome.Ok,
          (error: unknown) => (isPausedError(error) ? PollOutcome.Refused : PollOutcome.Failed),
        ),
    queriesSent: practices.total,
    queriesAbout: practices.about,
    stats: () => policy.stats(),
  };
}
