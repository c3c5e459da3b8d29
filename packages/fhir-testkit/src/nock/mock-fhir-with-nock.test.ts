import type { Bundle } from 'fhir/r4.js';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../server/clock.js';
import { createMockFhirServer } from '../server/create-mock-fhir-server.js';
import { mockFhirWithNock } from './mock-fhir-with-nock.js';

const key = { 'Ocp-Apim-Subscription-Key': 'test-key' };

describe('mockFhirWithNock', () => {
  // Only the HTTP server of the comparison test may be reached for real.
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(() => nock.enableNetConnect());

  it('answers fetch on the Halo origin with no socket, as the HTTP server would', async () => {
    using mock = mockFhirWithNock();
    expect(mock.baseUrl()).toBe(`https://api.haloconnect.io/integrator/sites/${mock.siteGuids[0]}/fhir/R4`);
    const response = await fetch(`${mock.baseUrl()}/Patient/pat-1`, { headers: key });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe('pat-1');
    expect(mock.requests[0]).toMatchObject({ method: 'GET', interaction: 'read', status: 200 });
    expect(mock.requests[0]?.headers['ocp-apim-subscription-key']).toBe('[redacted]');
  });

  it('serves the same Bundle as the HTTP server for the same query, links on its own origin', async () => {
    using mock = mockFhirWithNock({ origin: 'https://fhir.example.test' });
    await using server = await createMockFhirServer();
    const query = 'Appointment?_count=4&_include=Appointment:patient&status=booked';
    const viaNock = (await (await fetch(`${mock.baseUrl()}/${query}`, { headers: key })).json()) as Bundle;
    const viaHttp = (await (await fetch(`${server.baseUrl()}/${query}`, { headers: key })).json()) as Bundle;
    expect(JSON.stringify(viaNock).replaceAll('https://fhir.example.test', server.url)).toBe(
      JSON.stringify(viaHttp),
    );
    expect(viaNock.link?.find((l) => l.relation === 'next')?.url).toMatch(/^https:\/\/fhir\.example\.test\//);
  });

  it('takes POST _search form bodies and Patient creates', async () => {
    using mock = mockFhirWithNock();
    const search = await fetch(`${mock.baseUrl()}/Patient/_search`, {
      method: 'POST',
      headers: { ...key, 'content-type': 'application/x-www-form-urlencoded' },
      body: '_id=pat-1',
    });
    expect(((await search.json()) as Bundle).entry?.map((e) => e.resource?.id)).toEqual(['pat-1']);
    const created = await fetch(`${mock.baseUrl()}/Patient`, {
      method: 'POST',
      headers: { ...key, 'content-type': 'application/fhir+json' },
      body: JSON.stringify({ resourceType: 'Patient', name: [{ family: 'Nock' }] }),
    });
    expect(created.status).toBe(201);
  });

  it('runs the fault schedule on the injected clock', async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    using mock = mockFhirWithNock({ clock });
    mock.faults.siteOffline(mock.siteGuids[0]!, { forMs: 600_000 });
    expect((await fetch(`${mock.baseUrl()}/metadata`, { headers: key })).status).toBe(503);
    clock.advance(600_000);
    expect((await fetch(`${mock.baseUrl()}/metadata`, { headers: key })).status).toBe(200);
  });

  it('turns a connection reset into a request error with code ECONNRESET', async () => {
    using mock = mockFhirWithNock();
    mock.faults.resetConnection();
    const failure = await fetch(`${mock.baseUrl()}/metadata`, { headers: key }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(JSON.stringify((failure as Error & { cause?: unknown }).cause ?? {}) + String(failure)).toMatch(
      /ECONNRESET|socket hang up/,
    );
  });

  it('removes its interceptors when disposed', async () => {
    {
      using mock = mockFhirWithNock({ origin: 'https://gone.example.test' });
      expect((await fetch(`${mock.baseUrl()}/metadata`, { headers: key })).status).toBe(200);
    }
    await expect(fetch('https://gone.example.test/fhir/R4/metadata')).rejects.toThrow();
  });
});
