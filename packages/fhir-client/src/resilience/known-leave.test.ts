import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { createManualClock } from './clock.js';
import { createResiliencePolicy } from './policy.js';
import { errorOf, settle, START } from './test-support/harness.js';

// Issue 15: `policy.pause({ scope: 'practitioner', site, practitioner, until, reason })` for known
// leave, shown in `stats()`. Through the client's public API over the real mock server, on a manual clock.
const GUID = '5d7f3a10-0000-4000-8000-0000000000a1';
const HOUR = 60 * 60_000;
let server: MockFhirServer;
beforeAll(async () => {
  server = await createMockFhirServer({ sites: [{ guid: GUID, seed: 15, size: 80 }] });
});
afterAll(() => server.close());

const appointments = (gp: string) => `Appointment?practitioner=Practitioner/${gp}&date=2026-11-26` as const;

describe('known leave: policy.pause for one GP', () => {
  test('refuses that GP with no request until `until`, and stats() shows the pause, its rule and its time', async () => {
    const clock = createManualClock(START);
    const policy = createResiliencePolicy({ clock });
    const client = createFhirClient({
      baseUrl: server.baseUrl(GUID),
      subscriptionKey: server.subscriptionKey,
      policy,
      clock,
    });
    const until = new Date(START + 3 * HOUR);
    policy.pause({
      scope: 'practitioner',
      site: client.site,
      practitioner: 'Practitioner/prac-1',
      until,
      reason: 'annual leave',
    });

    const before = server.requests.length;
    const refused = errorOf(await settle(client.search(appointments('prac-1'))));
    expect(refused).toMatchObject({
      name: 'PausedError',
      scopeKey: 'Practitioner/prac-1',
      resumesAt: until,
      reason: { cause: 'manual', message: 'annual leave' },
    });
    expect(server.requests.length).toBe(before);

    await clock.advance(HOUR);
    const during = client.stats();
    expect(during).toMatchObject({ activePauses: 1, pausedRefusals: 1, queriesSent: 0 });
    expect(during.practitionerPausesByRule).toEqual({ manual: 1 });
    expect(during.pausedMs.practitioner).toBe(HOUR);
    expect(during.pausedMsByScope).toEqual({ [`practitioner:${client.site}/Practitioner/prac-1`]: HOUR });

    // The other GP is not paused; the GP on leave is queried again once `until` has passed.
    expect((await settle(client.search(appointments('prac-2')))).ok).toBe(true);
    await clock.advance(2 * HOUR);
    expect((await settle(client.search(appointments('prac-1')))).ok).toBe(true);
    const after = client.stats();
    expect(after.activePauses).toBe(0);
    expect(after.pausedMsByScope[`practitioner:${client.site}/Practitioner/prac-1`]).toBe(3 * HOUR);
  });
});
