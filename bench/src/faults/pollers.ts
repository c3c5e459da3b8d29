import {
  createResiliencePolicy,
  isPausedError,
  type ManualClock,
  parseErrorResponse,
  type ResilienceOptions,
} from '@halo-fhir/fhir-client';
import { createSeededRandom } from '@halo-fhir/fhir-testkit';
import { type PollerBackend, PollOutcome, type PollTarget } from '../../../examples/src/scheduler/backend.js';
import { practitionerId, type Scenario } from '../../../examples/src/scheduler/scenario.js';
import { createPracticesFetch } from './practices.js';

const noNetwork = {
  idle: () => true,
  drained: () => Promise.resolve(),
  close: () => Promise.resolve(),
  beginMinute: () => {},
};

/** The naive poller: one request per GP per minute, whatever happened before; no retries. */
export function naivePoller(scenario: Scenario, clock: ManualClock): PollerBackend {
  const practices = createPracticesFetch(scenario, clock);
  return {
    clock,
    ...noNetwork,
    poll: async (target) =>
      (await practices.fetch(practices.url(target))).ok ? PollOutcome.Ok : PollOutcome.Failed,
    queriesSent: practices.total,
    queriesAbout: practices.about,
    stats: () => undefined,
  };
}

/**
 * Ours: every poll through the resilience policy (`execute` with the poll's site and GP), each failed
 * answer turned into the typed error the client would throw by `parseErrorResponse`, as the scheduler
 * example's in-process model does.
 */
export function policyPoller(
  scenario: Scenario,
  clock: ManualClock,
  options: ResilienceOptions = {},
): PollerBackend {
  const practices = createPracticesFetch(scenario, clock);
  const policy = createResiliencePolicy({ clock, random: createSeededRandom(7), ...options });
  const exchange = async (target: PollTarget, attempt: number): Promise<unknown> => {
    const url = practices.url(target);
    const response = await practices.fetch(url);
    const bodyText = await response.text();
    if (response.ok) return JSON.parse(bodyText);
    throw parseErrorResponse(
      { status: response.status, headers: response.headers, bodyText },
      { method: 'GET', url, attempt, now: clock.now() },
    );
  };
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
          (attempt) => exchange(target, attempt),
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
