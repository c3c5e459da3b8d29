import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import type { Organization, Patient, Practitioner } from 'fhir/r4.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import type { FhirClientEvent } from '../client/events.js';
import type { FhirClientOptions } from '../client/options.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000006';
// 10:30 on 2 March 2026 in Sydney (daylight time, +11:00).
const instant = '2026-03-01T23:30:00Z';
const records: (Patient | Practitioner | Organization)[] = [
  { resourceType: 'Patient', id: 'p1', active: true, meta: { versionId: '1', lastUpdated: instant } },
  { resourceType: 'Practitioner', id: 'gp1', active: true, meta: { versionId: '1', lastUpdated: instant } },
  { resourceType: 'Organization', id: 'org1', active: true, meta: { versionId: '1', lastUpdated: instant } },
];

let server: MockFhirServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function readAll(profile: 'halo' | 'fhir', options: Partial<FhirClientOptions> = {}) {
  server = await createMockFhirServer({
    profile,
    sites: [{ guid, resources: records, timeZone: 'Australia/Sydney' }],
  });
  const client = createFhirClient({
    halo: { siteId: guid, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    timeZone: 'Australia/Sydney',
    ...options,
  });
  const read = await Promise.all([
    client.read('Patient', 'p1'),
    client.read('Practitioner', 'gp1'),
    client.read('Organization', 'org1'),
  ]);
  const searched = await client.search('Practitioner?_id=gp1');
  return {
    read: read.map((resource) => resource.meta?.lastUpdated),
    searched: searched.entry?.[0]?.resource?.meta?.lastUpdated,
  };
}

describe('meta.lastUpdated normalisation with the Halo preset', () => {
  it('Halo really writes three forms (normalisation off shows them)', async () => {
    const { read } = await readAll('halo', { normalizeLastUpdated: false });
    expect(read).toEqual(['2026-03-02T10:30:00+11:00', '2026-03-02T10:30:00', instant]);
  });

  it('rewrites all three forms, in reads and in search Bundles, to the UTC instant a plain server sends', async () => {
    const halo = await readAll('halo');
    await server?.close();
    const plain = await readAll('fhir', { haloBehaviours: false });

    expect(halo.read).toEqual([instant, instant, instant]);
    expect(halo.searched).toBe(instant);
    expect(plain.read.map((value) => Date.parse(value ?? ''))).toEqual(
      halo.read.map((value) => Date.parse(value ?? '')),
    );
  });

  it('leaves offset-less values alone and warns when no timeZone is configured', async () => {
    const events: FhirClientEvent[] = [];
    server = await createMockFhirServer({ sites: [{ guid, resources: records }] });
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
      onEvent: (event) => events.push(event),
    });

    const practitioner = await client.read('Practitioner', 'gp1');
    const patient = await client.read('Patient', 'p1');

    expect(practitioner.meta?.lastUpdated).toBe('2026-03-02T10:30:00');
    expect(patient.meta?.lastUpdated).toBe(instant);
    const warnings = events.filter((event) => event.type === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'last-updated-not-normalized',
      message: expect.stringContaining('Practitioner/gp1'),
    });
  });

  it('is off for plain FHIR servers', async () => {
    const { read } = await readAll('halo', { haloBehaviours: false });
    expect(read[0]).toBe('2026-03-02T10:30:00+11:00');
  });
});
