import type { ManualClock } from '@halo-fhir/fhir-client';
import { type ErrorFixture, haloErrors } from '@halo-fhir/fhir-testkit';
import { type PollTarget, targetKey } from '../../../examples/src/scheduler/backend.js';
import { at, practitionerId, type Scenario } from '../../../examples/src/scheduler/scenario.js';

/**
 * The scheduler example's practices (as the scheduler example models them in process) as a `fetch`, for a
 * client that speaks HTTP responses rather than the error model: the same testkit fixtures, checked in
 * the same order (away GP, practice offline, rate limit), on the same manual clock.
 */
export function createPracticesFetch(scenario: Scenario, clock: ManualClock) {
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
    /** The URL a poll of `target` asks for: today's appointments of one GP. */
    url: (target: PollTarget): string =>
      `https://api.haloconnect.io/integrator/sites/${target.practice.guid}/fhir/R4/Appointment` +
      `?practitioner=Practitioner/${practitionerId(target.gp)}&date=${scenario.day}`,
    total: () => total,
    about: (target: PollTarget) => perGp.get(targetKey(target.practice.guid, practitionerId(target.gp))) ?? 0,
  };
}
