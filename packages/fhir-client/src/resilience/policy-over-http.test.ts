import type { Patient } from 'fhir/r4.js';
import { createMockFhirServer, generateSiteData, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, test } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { isPausedError } from '../errors/paused-error.js';
import { isTimeoutError } from '../errors/timeout-error.js';
import { createManualClock } from './clock.js';
import { createResiliencePolicy } from './policy.js';
import type { ResilienceOptions } from './options.js';
import { errorOf, settle, START } from './test-support/harness.js';

const GUID = '5d7f3a10-0000-4000-8000-00000000000a';
let server: MockFhirServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function practice(options: ResilienceOptions = {}) {
  const clock = createManualClock(START);
  server = await createMockFhirServer({
    clock,
    sites: [{ guid: GUID, resources: generateSiteData({ seed: 3, size: 300, practitioners: 2, days: 1 }) }],
  });
  const policy = createResiliencePolicy({ clock, random: () => 0.5, ...options });
  const client = createFhirClient({
    baseUrl: server.baseUrl(GUID),
    subscriptionKey: server.subscriptionKey,
    policy,
    clock,
    timeZone: 'Australia/Sydney',
  });
  return { clock, server, policy, client };
}

/** Turns of the event loop (no real time) until `ready` holds. */
async function until(ready: () => boolean): Promise<void> {
  for (let turn = 0; !ready(); turn++) {
    if (turn > 10_000) throw new Error('condition never became true');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const appointments = (gp: string) => `Appointment?practitioner=Practitioner/${gp}&date=2026-11-26` as const;

describe('the policy in the real client against the mock server', () => {
  test('an offline practice opens the breaker; refusals send nothing; a probe finds it back', async () => {
    const { clock, server, client } = await practice({ maxAttempts: 1 });
    server.faults.siteOffline(GUID, { forMs: 20_000 });
    for (let i = 0; i < 3; i++) expect((await settle(client.search(appointments('prac-1')))).ok).toBe(false);
    const refused = errorOf(await settle(client.search(appointments('prac-2'))));
    expect(isPausedError(refused) && refused.circuitOpen && refused.scope === 'site').toBe(true);
    expect(server.requests).toHaveLength(3);

    await clock.advance(30_000); // the site is back (20 s) and the breaker half-open (30 s)
    expect((await settle(client.search(appointments('prac-2')))).ok).toBe(true);
    expect(server.requests).toHaveLength(4);
    expect(client.stats()).toMatchObject({
      queriesSent: 4,
      pausedRefusals: 1,
      failuresByCategory: { 'site-unavailable': 3 },
    });
  });

  test('a GP reported away is asked once, then paused; the other GP is still polled', async () => {
    const { server, client } = await practice();
    server.faults.practitionerAway(GUID, 'prac-1');
    const away = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(away).toMatchObject({ category: 'practitioner-unavailable' });
    const again = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(again).toMatchObject({
      name: 'PausedError',
      scope: 'practitioner',
      scopeKey: 'Practitioner/prac-1',
    });
    expect((await settle(client.search(appointments('prac-2')))).ok).toBe(true);
    expect(server.requests.map((r) => r.params.get('practitioner'))).toEqual([
      'Practitioner/prac-1',
      'Practitioner/prac-2',
    ]);
  });

  test('a create that timed out is never sent again', async () => {
    const { clock, server, client } = await practice();
    server.faults.latency(60_000);
    const created = settle(
      client.create<Patient>({ resourceType: 'Patient', name: [{ family: 'Citizen' }] }),
    );
    await until(() => clock.pendingSleeps === 2); // the client's 45 s timeout and the server's latency
    await clock.advance(45_000);
    const error = errorOf(await created);
    expect(isTimeoutError(error)).toBe(true);
    await clock.advance(10 * 60_000);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(client.stats()).toMatchObject({ queriesSent: 1, retries: 0 });
  });
});
