import type { Appointment, Bundle, OperationOutcome, Patient } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyValuePaths } from '../test-support/empty-values.js';
import {
  loadR4SchemaValidator,
  type R4SchemaValidator,
  schemaLoadTimeoutMs,
} from '../test-support/r4-json-schema.js';
import { createManualClock } from './clock.js';
import { mockFhirWithNock } from '../nock/mock-fhir-with-nock.js';
import { createMockFhirFetch } from './create-mock-fhir-fetch.js';
import type { MockFhirServer } from './create-mock-fhir-server.js';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

/** vread, `_history`, `ETag`/`Last-Modified` and conditional reads, over real HTTP. */

let schema: R4SchemaValidator;
beforeAll(async () => {
  schema = await loadR4SchemaValidator();
}, schemaLoadTimeoutMs);

const patient: Patient = {
  resourceType: 'Patient',
  id: 'p1',
  active: true,
  name: [{ family: 'Nguyen', given: ['Mai'] }],
  meta: { versionId: '1', lastUpdated: '2026-11-26T09:15:00.500Z' },
};

const appointment: Appointment = {
  resourceType: 'Appointment',
  id: 'a1',
  status: 'booked',
  participant: [{ actor: { reference: 'Patient/p1' }, status: 'accepted' }],
  meta: { versionId: '1', lastUpdated: '2026-11-25T22:00:00Z' },
};

async function serverWith(profile: 'halo' | 'fhir' = 'fhir') {
  const clock = createManualClock('2026-11-26T10:00:00Z');
  const server = await startTestServer({
    profile,
    clock,
    sites: [
      {
        guid: '5b1c2d3e-0000-4000-8000-000000000001',
        resources: [patient, appointment, { ...patient, id: 'gone', active: false }],
      },
    ],
  });
  return { server, clock };
}

const get = (server: MockFhirServer, path: string, headers: Record<string, string> = {}) =>
  fetchWithKey(server, `${server.baseUrl()}/${path}`, { headers });

const putPatient = (server: MockFhirServer, body: Patient) =>
  fetchWithKey(server, `${server.baseUrl()}/Patient/${body.id}`, {
    method: 'PUT',
    body: JSON.stringify(body),
  });

describe('versions: vread and _history', () => {
  it('answers a read and a vread with ETag W/"vid" and Last-Modified as an HTTP-date', async () => {
    const { server } = await serverWith();
    await using _ = server;
    for (const path of ['Patient/p1', 'Patient/p1/_history/1']) {
      const response = await get(server, path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('etag')).toBe('W/"1"');
      expect(response.headers.get('last-modified')).toBe('Thu, 26 Nov 2026 09:15:00 GMT');
      expect(((await response.json()) as Patient).name?.[0]?.family).toBe('Nguyen');
    }
  });

  it('keeps every version an update makes: vread of each, history newest first with request and response', async () => {
    const { server, clock } = await serverWith();
    await using _ = server;
    clock.advance(60_000);
    expect((await putPatient(server, { ...patient, name: [{ family: 'Tran' }] })).status).toBe(200);
    const current = await get(server, 'Patient/p1');
    expect(current.headers.get('etag')).toBe('W/"2"');
    expect(current.headers.get('last-modified')).toBe('Thu, 26 Nov 2026 10:01:00 GMT');
    expect(((await (await get(server, 'Patient/p1/_history/1')).json()) as Patient).name?.[0]?.family).toBe(
      'Nguyen',
    );
    expect(((await (await get(server, 'Patient/p1/_history/2')).json()) as Patient).name?.[0]?.family).toBe(
      'Tran',
    );

    const history = (await (await get(server, 'Patient/p1/_history')).json()) as Bundle;
    expect(history.type).toBe('history');
    expect(history.total).toBe(2);
    expect(
      history.entry?.map((e) => [e.resource?.meta?.versionId, e.request?.method, e.response?.etag]),
    ).toEqual([
      ['2', 'PUT', 'W/"2"'],
      ['1', 'POST', 'W/"1"'],
    ]);
    expect(history.entry?.[0]?.response?.lastModified).toBe('2026-11-26T10:01:00.000Z');
    expect(history.entry?.[0]?.fullUrl).toBe(`${server.baseUrl()}/Patient/p1`);
    expect(schema.errorsOf(history)).toEqual([]);
    expect(emptyValuePaths(history)).toEqual([]);

    const since = (await (
      await get(server, 'Patient/p1/_history?_since=2026-11-26T10:00:30Z')
    ).json()) as Bundle;
    expect(since.entry?.map((e) => e.resource?.meta?.versionId)).toEqual(['2']);
  });

  it('versions resources the store updates (the path a live practice takes), for types clients cannot write', async () => {
    const { server, clock } = await serverWith();
    await using _ = server;
    clock.advance(5 * 60_000);
    const { resource } = server.store().update({ ...appointment, status: 'arrived' });
    expect(resource.meta).toEqual({ versionId: '2', lastUpdated: '2026-11-26T10:05:00.000Z' });
    const history = (await (await get(server, 'Appointment/a1/_history')).json()) as Bundle;
    expect(history.entry?.map((e) => (e.resource as Appointment).status)).toEqual(['arrived', 'booked']);
    const v1 = await get(server, 'Appointment/a1/_history/1');
    expect(((await v1.json()) as Appointment).status).toBe('booked');
    expect(v1.headers.get('etag')).toBe('W/"1"');
  });

  it('answers 404 naming what is missing: an unknown version, an unknown resource', async () => {
    const { server } = await serverWith();
    await using _ = server;
    const noVersion = await get(server, 'Patient/p1/_history/7');
    expect(noVersion.status).toBe(404);
    expect(((await noVersion.json()) as OperationOutcome).issue[0]?.diagnostics).toContain(
      'Patient/p1 has no version 7',
    );
    expect((await get(server, 'Patient/nobody/_history/1')).status).toBe(404);
    expect((await get(server, 'Patient/nobody/_history')).status).toBe(404);
  });

  it('refuses history parameters it does not implement, a malformed _since, and writes to _history', async () => {
    const { server } = await serverWith();
    await using _ = server;
    const count = await get(server, 'Patient/p1/_history?_count=1');
    expect(count.status).toBe(400);
    expect(((await count.json()) as OperationOutcome).issue[0]?.diagnostics).toContain('takes only _since');
    expect((await get(server, 'Patient/p1/_history?_since=2026-11-26')).status).toBe(400);
    const post = await fetchWithKey(server, `${server.baseUrl()}/Patient/p1/_history`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('hides every version of an inactive record under the Halo profile (only active records)', async () => {
    const { server } = await serverWith('halo');
    await using _ = server;
    expect((await get(server, 'Patient/gone')).status).toBe(404);
    expect((await get(server, 'Patient/gone/_history/1')).status).toBe(404);
    expect((await get(server, 'Patient/gone/_history')).status).toBe(404);
    // Halo's lastUpdated forms change the body only: the header stays an HTTP-date of the same instant.
    const read = await get(server, 'Patient/p1/_history/1');
    expect(read.headers.get('last-modified')).toBe('Thu, 26 Nov 2026 09:15:00 GMT');
    expect(((await read.json()) as Patient).meta?.lastUpdated).toBe('2026-11-26T20:15:00+11:00');
  });
});

describe('conditional reads', () => {
  it('answers 304 with the validators and no body when If-None-Match names the current version', async () => {
    const { server } = await serverWith();
    await using _ = server;
    for (const tag of ['W/"1"', '"1"', 'W/"0", W/"1"', '*']) {
      const response = await get(server, 'Patient/p1', { 'if-none-match': tag });
      expect(response.status, tag).toBe(304);
      expect(response.headers.get('etag')).toBe('W/"1"');
      expect(response.headers.get('last-modified')).toBe('Thu, 26 Nov 2026 09:15:00 GMT');
      expect(await response.text()).toBe('');
    }
    expect((await get(server, 'Patient/p1', { 'if-none-match': 'W/"2"' })).status).toBe(200);
    expect((await get(server, 'Patient/p1/_history/1', { 'if-none-match': 'W/"1"' })).status).toBe(304);
  });

  it('answers 200 once the resource has moved on from the version the client holds', async () => {
    const { server, clock } = await serverWith();
    await using _ = server;
    clock.advance(1_000);
    await putPatient(server, { ...patient, active: false });
    const response = await get(server, 'Patient/p1', {
      'if-none-match': 'W/"1"',
      'if-modified-since': 'Thu, 26 Nov 2026 09:15:00 GMT',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('W/"2"');
  });

  it('compares If-Modified-Since at one-second precision', async () => {
    const { server } = await serverWith();
    await using _ = server;
    // lastUpdated is 09:15:00.500: as an HTTP-date that is 09:15:00, so a client holding it is current.
    const at = (date: string) => get(server, 'Patient/p1', { 'if-modified-since': date });
    expect((await at('Thu, 26 Nov 2026 09:15:00 GMT')).status).toBe(304);
    expect((await at('Thu, 26 Nov 2026 09:16:00 GMT')).status).toBe(304);
    expect((await at('Thu, 26 Nov 2026 09:14:59 GMT')).status).toBe(200);
    // Not an HTTP-date: ignored, as RFC 9110 says.
    expect((await at('2026-11-27')).status).toBe(200);
    expect((await at('yesterday')).status).toBe(200);
  });

  it('lets If-None-Match decide when both are given (RFC 9110 §13.2.2)', async () => {
    const { server } = await serverWith();
    await using _ = server;
    const response = await get(server, 'Patient/p1', {
      'if-none-match': 'W/"9"',
      'if-modified-since': 'Thu, 26 Nov 2026 10:00:00 GMT',
    });
    expect(response.status).toBe(200);
  });
});

describe('writes point at their version', () => {
  it('answers a create with a Location that vreads the version it made, with its ETag and Last-Modified', async () => {
    const { server } = await serverWith();
    await using _ = server;
    const created = await fetchWithKey(server, `${server.baseUrl()}/Patient`, {
      method: 'POST',
      body: JSON.stringify({ resourceType: 'Patient', active: true }),
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location') as string;
    expect(location).toMatch(/\/Patient\/[^/]+\/_history\/1$/);
    expect(created.headers.get('etag')).toBe('W/"1"');
    expect(created.headers.get('last-modified')).toBe('Thu, 26 Nov 2026 10:00:00 GMT');
    const vread = await fetchWithKey(server, location);
    expect(vread.status).toBe(200);
    expect(vread.headers.get('etag')).toBe('W/"1"');
  });
});

describe('conditional reads through the other transports', () => {
  it('gives a 304 with no body through nock, as the HTTP server does', async () => {
    using mock = mockFhirWithNock({ origin: 'https://api.haloconnect.io', profile: 'fhir' });
    const url = `${mock.baseUrl()}/Patient/pat-1`;
    const headers = { 'ocp-apim-subscription-key': 'test-key' };
    const etag = (await fetch(url, { headers })).headers.get('etag') as string;
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('gives a 304 with no body through the in-process fetch', async () => {
    const fetchMock = createMockFhirFetch({ origin: 'https://api.haloconnect.io', profile: 'fhir' });
    const url = `${fetchMock.baseUrl()}/Patient/pat-1`;
    const headers = { 'ocp-apim-subscription-key': 'test-key' };
    const etag = (await fetchMock.fetch(url, { headers })).headers.get('etag') as string;
    const again = await fetchMock.fetch(url, { headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });
});
