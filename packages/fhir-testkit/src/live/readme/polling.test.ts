import { createFhirClient, createResiliencePolicy, search } from '@halo-fhir/fhir-client';
import { createManualClock, createMockFhirServer } from '@halo-fhir/fhir-testkit';
import { expect, it } from 'vitest';

it('polls what changed since the last poll: none missed, none fetched twice', async () => {
  const timeZone = 'Australia/Sydney';
  const clock = createManualClock('2026-11-26T08:00:00+11:00');
  await using server = await createMockFhirServer({ clock, live: { seed: 7, ratePerHour: 30 } });
  const client = createFhirClient({
    halo: { siteId: server.siteGuids[0]!, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    timeZone,
    clock,
    policy: createResiliencePolicy({ clock }),
  });
  let since = new Date(clock.now());
  const fetched: string[] = [];
  for (let minute = 0; minute < 10 * 60; minute++) {
    clock.advance(60_000); // the practice books, admits, sees and cancels as its clock moves
    const query = search('Appointment', { dates: 'halo', timeZone }).lastUpdated({ gt: since });
    for await (const page of client.pages(query)) {
      for (const appointment of page.matches) {
        fetched.push(`${appointment.id}/_history/${appointment.meta?.versionId}`);
        const lastUpdated = new Date(appointment.meta?.lastUpdated ?? 0);
        if (lastUpdated > since) since = lastUpdated; // the newest change seen: next time, only later ones
      }
    }
  }
  const changes = server
    .live()
    .changes()
    .filter((change) => change.resourceType === 'Appointment')
    .map((change) => `${change.id}/_history/${change.versionId}`);
  expect(changes.length).toBeGreaterThan(100);
  expect(fetched.toSorted()).toEqual(changes.toSorted());
});
