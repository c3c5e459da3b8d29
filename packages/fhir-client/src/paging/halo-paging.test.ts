import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import type { Resource } from 'fhir/r4.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import type { FhirClientEvent } from '../client/events.js';
import type { Page } from './page.js';

const servers: MockFhirServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(
  profile: 'halo' | 'fhir',
  quirks: { dropIncludeOnPaging?: boolean; onlyActive?: boolean } = {},
): Promise<MockFhirServer> {
  const server = await createMockFhirServer({
    profile,
    quirks,
    sites: [{ guid: 'a1b2c3d4-0000-4000-8000-000000000001', seed: 7, size: 300 }],
  });
  servers.push(server);
  return server;
}

function clientFor(server: MockFhirServer, onEvent?: (event: FhirClientEvent) => void) {
  return createFhirClient({
    halo: { siteId: server.siteGuids[0]!, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    timeZone: 'Australia/Sydney',
    ...(onEvent ? { onEvent } : {}),
  });
}

const query = 'Appointment?_count=4&_sort=date&_include=Appointment:patient';

/** For every page: the matches, and for each match the patient its reference resolves to. */
function summarise(pages: readonly Page[]) {
  return pages.map((page) => ({
    matches: page.matches.map((resource) => resource.id),
    included: page.included.map((resource) => `${resource.resourceType}/${resource.id}`).sort(),
    resolvedPatients: page.matches.map((appointment) => {
      const participants =
        (appointment as { participant?: { actor?: { reference?: string } }[] }).participant ?? [];
      const patient = participants.find((p) => p.actor?.reference?.startsWith('Patient/'));
      return patient?.actor ? (page.resolve(patient.actor)?.id ?? 'UNRESOLVED') : 'none';
    }),
  }));
}

async function allPages<T extends Resource>(pages: AsyncIterable<Page<T>>): Promise<Page<T>[]> {
  const collected: Page<T>[] = [];
  for await (const page of pages) collected.push(page);
  return collected;
}

describe('paging against the mock Halo server', () => {
  it('gives every page the included patients a correct server gives, though Halo’s next links drop _include', async () => {
    const halo = await startServer('halo');
    // The same Halo site with its paging fixed (it still returns only active records).
    const correct = await startServer('halo', { dropIncludeOnPaging: false });
    const events: FhirClientEvent[] = [];

    const haloPages = await allPages(clientFor(halo, (event) => events.push(event)).pages(query));
    const correctPages = await allPages(clientFor(correct).pages(query));

    expect(haloPages.length).toBeGreaterThan(2);
    // The quirk is real: the server's own next links lack _include...
    expect(haloPages[0]?.next).toBeDefined();
    expect(new URL(haloPages[0]!.next!).searchParams.has('_include')).toBe(false);
    expect(new URL(correctPages[0]!.next!).searchParams.has('_include')).toBe(true);
    // ...and the repaired run is page for page what the correct server gives.
    expect(summarise(haloPages)).toEqual(summarise(correctPages));
    expect(
      haloPages
        .slice(1)
        .every((page) => page.repairedLink?.restored.includes('_include=Appointment:patient')),
    ).toBe(true);
    expect(correctPages.every((page) => page.repairedLink === undefined)).toBe(true);
    expect(events.filter((event) => event.type === 'link-repaired')).toHaveLength(haloPages.length - 1);
    // Every request after the first asked for the includes again.
    const searches = halo.requests.filter((request) => request.interaction === 'search');
    expect(searches.every((request) => request.params.getAll('_include').length === 1)).toBe(true);
  });

  it('gives the same pages with the Halo profile on as a plain FHIR server (profile off)', async () => {
    // Only-active changes which records exist, not paging: switched off to compare like with like.
    const halo = await startServer('halo', { onlyActive: false });
    const plain = await startServer('fhir');

    const haloPages = await allPages(clientFor(halo).pages(query));
    const plainPages = await allPages(clientFor(plain).pages(query));

    expect(summarise(haloPages)).toEqual(summarise(plainPages));
    expect(summarise(haloPages).flatMap((page) => page.resolvedPatients)).not.toContain('UNRESOLVED');
    expect(haloPages.slice(1).every((page) => page.repairedLink !== undefined)).toBe(true);
  });
});
