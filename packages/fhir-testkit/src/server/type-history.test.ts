import type { Appointment, Bundle, OperationOutcome, Patient } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyValuePaths } from '../test-support/empty-values.js';
import {
  loadR4SchemaValidator,
  type R4SchemaValidator,
  schemaLoadTimeoutMs,
} from '../test-support/r4-json-schema.js';
import { createManualClock } from './clock.js';
import type { MockFhirServer } from './create-mock-fhir-server.js';
import { allPages } from './test-support/bundles.js';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

/** `GET [type]/_history` over real HTTP: every version of a type, newest first, paged stably. */

let schema: R4SchemaValidator;
beforeAll(async () => {
  schema = await loadR4SchemaValidator();
}, schemaLoadTimeoutMs);

const patient = (id: string, active: boolean, lastUpdated: string): Patient => ({
  resourceType: 'Patient',
  id,
  active,
  meta: { versionId: '1', lastUpdated },
});

const appointment: Appointment = {
  resourceType: 'Appointment',
  id: 'a1',
  status: 'booked',
  participant: [{ actor: { reference: 'Patient/p1' }, status: 'accepted' }],
  meta: { versionId: '1', lastUpdated: '2026-11-26T08:00:00Z' },
};

async function practice(profile: 'halo' | 'fhir') {
  const clock = createManualClock('2026-11-26T10:00:00Z');
  const server = await startTestServer({
    profile,
    clock,
    sites: [
      {
        guid: '5b1c2d3e-0000-4000-8000-0000000000b1',
        resources: [
          patient('p1', true, '2026-11-26T09:00:00Z'),
          patient('p2', true, '2026-11-26T09:30:00Z'),
          patient('gone', false, '2026-11-26T09:45:00Z'),
          appointment,
        ],
      },
    ],
  });
  // The day moves on: p1 changes twice, the appointment once, each through the store's update path.
  for (const minutes of [1, 2]) {
    clock.advance(60_000);
    server.store().update({
      ...(server.store().get('Patient', 'p1') as Patient),
      gender: minutes === 1 ? 'female' : 'other',
    });
  }
  clock.advance(60_000);
  server.store().update({ ...appointment, status: 'arrived' });
  return { server, clock };
}

const versionsIn = (bundles: readonly Bundle[]) =>
  bundles.flatMap((b) => b.entry ?? []).map((e) => `${e.resource?.id}/${e.resource?.meta?.versionId}`);

const get = async (server: MockFhirServer, path: string) =>
  fetchWithKey(server, `${server.baseUrl()}/${path}`);

describe('type-level history', () => {
  it('lists every version of the type newest first, valid R4 with request, response and no empty values', async () => {
    const { server } = await practice('fhir');
    await using _ = server;
    const bundle = (await (await get(server, 'Patient/_history')).json()) as Bundle;
    expect(bundle.type).toBe('history');
    expect(bundle.total).toBe(5);
    expect(versionsIn([bundle])).toEqual(['p1/3', 'p1/2', 'gone/1', 'p2/1', 'p1/1']);
    expect(bundle.entry?.map((e) => e.request?.method)).toEqual(['PUT', 'PUT', 'POST', 'POST', 'POST']);
    expect(bundle.entry?.[0]?.response).toEqual({
      status: '200 OK',
      etag: 'W/"3"',
      lastModified: '2026-11-26T10:02:00.000Z',
    });
    expect(schema.errorsOf(bundle)).toEqual([]);
    expect(emptyValuePaths(bundle)).toEqual([]);
    const appointments = (await (await get(server, 'Appointment/_history')).json()) as Bundle;
    expect(appointments.entry?.map((e) => (e.resource as Appointment).status)).toEqual(['arrived', 'booked']);
  });

  it('keeps versions last updated at or after _since, and leaves inactive records out under Halo', async () => {
    const { server } = await practice('halo');
    await using _ = server;
    const since = (await (
      await get(server, 'Patient/_history?_since=2026-11-26T09:30:00Z')
    ).json()) as Bundle;
    expect(versionsIn([since])).toEqual(['p1/3', 'p1/2', 'p2/1']);
    const empty = (await (
      await get(server, 'Patient/_history?_since=2026-11-27T00:00:00Z')
    ).json()) as Bundle;
    expect(empty.total).toBe(0);
    expect(empty.entry).toBeUndefined();
  });

  it('pages by _count through next links, each version once, unmoved by versions written meanwhile', async () => {
    const { server, clock } = await practice('fhir');
    await using _ = server;
    const first = (await (await get(server, 'Patient/_history?_count=2')).json()) as Bundle;
    expect(versionsIn([first])).toEqual(['p1/3', 'p1/2']);
    // A change lands while the client pages: the pages it is reading stay as they were.
    clock.advance(60_000);
    server.store().update({ ...(server.store().get('Patient', 'p2') as Patient), gender: 'male' });
    const next = first.link?.find((l) => l.relation === 'next')?.url as string;
    const rest = await allPages(server, next);
    expect(versionsIn([first, ...rest])).toEqual(['p1/3', 'p1/2', 'gone/1', 'p2/1', 'p1/1']);
    expect(rest.every((page) => page.total === 5)).toBe(true);
    // A new read from the top sees it first.
    const again = (await (await get(server, 'Patient/_history?_count=2')).json()) as Bundle;
    expect(versionsIn([again])).toEqual(['p2/2', 'p1/3']);
  });

  it('refuses what it does not take: a bad _count or _since, a forged cursor, other parameters, writes', async () => {
    const { server } = await practice('fhir');
    await using _ = server;
    for (const query of [
      '_count=abc',
      '_count=1001',
      '_since=2026-11-26',
      '_cursor=forged',
      'family=x',
      '_count=1&_count=2',
    ]) {
      const response = await get(server, `Patient/_history?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as OperationOutcome).issue[0]?.diagnostics, query).toBeTruthy();
    }
    const first = (await (await get(server, 'Appointment/_history?_count=1')).json()) as Bundle;
    const next = first.link?.find((l) => l.relation === 'next')?.url as string;
    // A cursor of the Appointment history does not page the Patient history.
    const moved = await fetchWithKey(server, next.replace('/Appointment/_history', '/Patient/_history'));
    expect(moved.status).toBe(400);
    const post = await fetchWithKey(server, `${server.baseUrl()}/Patient/_history`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
