import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import type { Appointment } from 'fhir/r4.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';

const guid = 'a1b2c3d4-0000-4000-8000-00000000000a';
let server: MockFhirServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const early: Appointment = {
  resourceType: 'Appointment',
  id: 'appt-inserted',
  status: 'booked',
  start: '2000-01-01T09:00:00+11:00',
  end: '2000-01-01T09:15:00+11:00',
  participant: [{ status: 'accepted', actor: { reference: 'Patient/pat-1' } }],
};

describe('a search whose results shift while it is paged', () => {
  it('never yields a match twice, and says which duplicates it skipped', async () => {
    server = await createMockFhirServer({ sites: [{ guid, seed: 9, size: 120 }] });
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
    });

    const seen: string[] = [];
    const skipped: string[] = [];
    let lastOfFirstPage: string | undefined;
    for await (const page of client.pages('Appointment?_count=5&_sort=date')) {
      seen.push(...page.matches.map((appointment) => appointment.id!));
      skipped.push(...page.skippedDuplicates);
      if (page.number === 1) {
        lastOfFirstPage = page.matches.at(-1)?.id;
        // A booking made meanwhile sorts first: offset paging now repeats the end of page 1.
        server.store().add(early);
      }
    }

    expect(new Set(seen).size).toBe(seen.length);
    expect(skipped).toEqual([`Appointment/${lastOfFirstPage}`]);
  });
});
