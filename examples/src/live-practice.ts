// A practice that lives on the testkit's clock: today's appointment book on a fresh mock, then a
// working day of changes (bookings, cancellations, arrivals, consults, no-shows) polled every
// minute with _lastUpdated through the library, checked against the mock's changes log.
// Run: pnpm --filter @halo-fhir/examples live-practice
import { createFhirClient, createResiliencePolicy, search } from '@halo-fhir/fhir-client';
import { createManualClock, createMockFhirServer, LiveChangeKind } from '@halo-fhir/fhir-testkit';
import type { Appointment } from 'fhir/r4.js';
import { runIfMain } from './support/run-if-main.js';

const timeZone = 'Australia/Sydney';
const guid = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';
/** Every type the live practice writes, polled each minute. */
const polledTypes = ['Appointment', 'Slot', 'Encounter', 'Observation', 'Patient'] as const;

export async function main(): Promise<number> {
  // 07:30 at the practice: the mock's data is generated around its clock, so today's book is there.
  const clock = createManualClock('2026-11-26T07:30:00+11:00');
  await using server = await createMockFhirServer({
    clock,
    live: { seed: 11, ratePerHour: 20 },
    sites: [{ guid, size: 1500, timeZone }],
  });
  const client = createFhirClient({
    halo: { siteId: guid, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    timeZone,
    clock,
    policy: createResiliencePolicy({ clock }),
  });

  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(clock.now()));
  const book: Appointment[] = [];
  for await (const page of client.pages(
    search('Appointment', { dates: 'halo' }).date('date', today).count(100),
  )) {
    book.push(...page.matches);
  }
  const booked = book.filter((a) => a.status === 'booked').length;
  console.log(`Today (${today}) at 07:30: ${book.length} appointments, ${booked} booked`);

  // Poll each type every minute until 18:00 for what changed since the newest change seen.
  const since = new Map<string, Date>(polledTypes.map((type) => [type, new Date(clock.now())]));
  const fetched: string[] = [];
  let polls = 0;
  for (let minute = 0; minute < 10.5 * 60; minute++) {
    clock.advance(60_000);
    // One query per type, sent side by side.
    await Promise.all(
      polledTypes.map(async (type) => {
        polls += 1;
        const query = search(type, { dates: 'halo', timeZone }).lastUpdated({
          gt: since.get(type) ?? new Date(0),
        });
        for await (const page of client.pages(query)) {
          for (const resource of page.matches) {
            fetched.push(`${type}/${resource.id}/_history/${resource.meta?.versionId}`);
            const lastUpdated = new Date(resource.meta?.lastUpdated ?? 0);
            if (lastUpdated > (since.get(type) ?? new Date(0))) since.set(type, lastUpdated);
          }
        }
      }),
    );
  }

  const changes = server.live().changes();
  const visible = changes
    .filter((c) => c.activeRecord)
    .map((c) => `${c.resourceType}/${c.id}/_history/${c.versionId}`);
  const fetchedOnce = new Set(fetched);
  const missed = visible.filter((key) => !fetchedOnce.has(key)).length;
  const duplicated = fetched.length - fetchedOnce.size;
  const byKind = Object.values(LiveChangeKind)
    .map((kind) => `${kind} ${changes.filter((c) => c.kind === kind).length}`)
    .join(', ');
  console.log(`By 18:00: ${changes.length} versions written (${byKind})`);
  console.log(
    `${polls} polls fetched ${fetched.length} versions: ${missed} missed, ${duplicated} duplicated`,
  );
  const hidden = changes.length - visible.length;
  console.log(`${hidden} not servable (Halo never returns inactive records: a patient who left)`);
  return missed === 0 && duplicated === 0 && fetched.length === visible.length && book.length > 0 ? 0 : 1;
}

await runIfMain(import.meta.url, main);
