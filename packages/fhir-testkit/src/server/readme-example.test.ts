import { createManualClock, createMockFhirServer } from '@halo-fhir/fhir-testkit';
import { expect, it } from 'vitest';

it('answers 503 through a ten-minute outage, then recovers', async () => {
  const clock = createManualClock('2026-11-26T09:00:00+11:00');
  await using server = await createMockFhirServer({ clock });
  server.faults.siteOffline(server.siteGuids[0]!, { forMs: 10 * 60_000 });
  const headers = { 'Ocp-Apim-Subscription-Key': server.subscriptionKey };
  expect((await fetch(`${server.baseUrl()}/Patient?_count=1`, { headers })).status).toBe(503);
  clock.advance(10 * 60_000);
  expect((await fetch(`${server.baseUrl()}/Patient?_count=1`, { headers })).status).toBe(200);
});
