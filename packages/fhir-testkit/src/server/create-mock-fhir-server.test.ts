import type { Bundle } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

describe('createMockFhirServer lifecycle', () => {
  it('listens on 127.0.0.1 with a free port and serves the Halo-style base of the default site', async () => {
    await using server = await startTestServer();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.baseUrl()).toBe(`${server.url}/integrator/sites/${server.siteGuids[0]}/fhir/R4`);
    const response = await fetchWithKey(server, `${server.baseUrl()}/metadata`);
    expect(response.status).toBe(200);
  });

  it('stops accepting connections after close()', async () => {
    const server = await startTestServer();
    await server.close();
    await expect(fetch(`${server.url}/fhir/R4/metadata`)).rejects.toThrow();
  });

  it('closes when disposed with await using', async () => {
    let url = '';
    {
      await using server = await startTestServer();
      url = server.url;
    }
    await expect(fetch(`${url}/fhir/R4/metadata`)).rejects.toThrow();
  });

  it('logs every request with method, path, params and status, and redacts the subscription key', async () => {
    await using server = await startTestServer({ subscriptionKey: 'secret-key-123' });
    await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=2`);
    await fetch(`${server.baseUrl()}/Patient`, { headers: { 'Ocp-Apim-Subscription-Key': 'wrong' } });
    expect(server.requests).toHaveLength(2);
    const [ok, refused] = server.requests;
    expect(ok).toMatchObject({ method: 'GET', interaction: 'search', resourceType: 'Patient', status: 200 });
    expect(ok?.params.get('_count')).toBe('2');
    expect(ok?.headers['ocp-apim-subscription-key']).toBe('[redacted]');
    expect(refused?.status).toBe(401);
    expect(JSON.stringify(server.requests)).not.toContain('secret-key-123');
  });

  it('serves several sites, each with its own store', async () => {
    await using server = await startTestServer({
      sites: [
        { guid: 'AAAA1111-0000-0000-0000-000000000000', seed: 1, size: 60 },
        { guid: 'bbbb2222-0000-0000-0000-000000000000', seed: 2, size: 60 },
      ],
    });
    expect(server.siteGuids).toEqual([
      'aaaa1111-0000-0000-0000-000000000000',
      'bbbb2222-0000-0000-0000-000000000000',
    ]);
    server.store('bbbb2222-0000-0000-0000-000000000000').add({ resourceType: 'Patient', id: 'only-in-b' });
    const inB = await fetchWithKey(server, `${server.baseUrl(server.siteGuids[1])}/Patient/only-in-b`);
    const inA = await fetchWithKey(server, `${server.baseUrl(server.siteGuids[0])}/Patient/only-in-b`);
    expect([inB.status, inA.status]).toEqual([200, 404]);
    expect(() => server.store('cccc')).toThrow(/No site cccc/);
  });

  it('survives a client that leaves during a delay, and serves the next request', async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    await using server = await startTestServer({ clock });
    server.faults.gatewayTimeout({ afterMs: 30_000 });
    const leaving = new AbortController();
    const abandoned = fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`, { signal: leaving.signal });
    await clock.whenSleeping();
    leaving.abort();
    await expect(abandoned).rejects.toThrow();
    clock.advance(30_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`)).status).toBe(200);
    expect(server.requests.map((r) => r.status)).toEqual([504, 200]);
  });

  it('gives each server its own data: a write to one is not seen by another with the same seed', async () => {
    await using first = await startTestServer();
    await using second = await startTestServer();
    const put = await fetchWithKey(first, `${first.baseUrl()}/Patient/pat-1`, {
      method: 'PUT',
      body: JSON.stringify({ resourceType: 'Patient', id: 'pat-1', active: true, gender: 'other' }),
    });
    expect(put.status).toBe(200);
    expect(first.store().get('Patient', 'pat-1')?.meta?.versionId).toBe('2');
    expect(second.store().get('Patient', 'pat-1')?.meta?.versionId).toBe('1');
    expect(second.store().get('Patient', 'pat-1')).toEqual(first.store().history('Patient', 'pat-1')[0]);
  });

  it('refuses bad options with a RangeError that says what to change, before listening', async () => {
    await expect(startTestServer({ pageSize: 0 })).rejects.toThrow(
      /pageSize must be a positive integer, got 0/,
    );
    await expect(startTestServer({ maxCount: 1.5 })).rejects.toThrow(/maxCount/);
    await expect(startTestServer({ sites: [] })).rejects.toThrow(/at least one site/);
    await expect(startTestServer({ sites: [{ guid: 'a' }, { guid: 'A' }] })).rejects.toThrow(/lists A twice/);
    await expect(startTestServer({ sites: [{ guid: 'a', timeZone: 'Mars/Olympus' }] })).rejects.toThrow(
      /Mars\/Olympus/,
    );
  });

  it('clamps the default page size to maxCount', async () => {
    await using server = await startTestServer({ pageSize: 50, maxCount: 4 });
    const bundle = (await (await fetchWithKey(server, `${server.baseUrl()}/Patient`)).json()) as Bundle;
    expect(bundle.entry).toHaveLength(4);
  });
});
