import type { Bundle } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createMockFhirFetch } from './create-mock-fhir-fetch.js';
import { createMockFhirServer } from './create-mock-fhir-server.js';

const key = { 'Ocp-Apim-Subscription-Key': 'test-key' };

describe('createMockFhirFetch', () => {
  it('answers on its origin with no socket, logging the request with the key redacted', async () => {
    const mock = createMockFhirFetch();
    expect(mock.baseUrl()).toBe(`https://api.haloconnect.io/integrator/sites/${mock.siteGuids[0]}/fhir/R4`);
    const response = await mock.fetch(`${mock.baseUrl()}/Patient/pat-1`, { headers: key });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(((await response.json()) as { id: string }).id).toBe('pat-1');
    expect(mock.requests[0]).toMatchObject({ method: 'GET', interaction: 'read', status: 200 });
    expect(mock.requests[0]?.headers['ocp-apim-subscription-key']).toBe('[redacted]');
    expect((await mock.fetch(`${mock.baseUrl()}/Patient/pat-1`)).status).toBe(401);
  });

  it('serves the same Bundle as the HTTP server for the same query, links on its own origin', async () => {
    const mock = createMockFhirFetch({ origin: 'https://fhir.example.test' });
    await using server = await createMockFhirServer();
    const query = 'Appointment?_count=4&_include=Appointment:patient&status=booked';
    const inProcess = (await (
      await mock.fetch(`${mock.baseUrl()}/${query}`, { headers: key })
    ).json()) as Bundle;
    const viaHttp = (await (await fetch(`${server.baseUrl()}/${query}`, { headers: key })).json()) as Bundle;
    expect(JSON.stringify(inProcess).replaceAll('https://fhir.example.test', server.url)).toBe(
      JSON.stringify(viaHttp),
    );
  });

  it('takes a Request object with a body (POST _search)', async () => {
    const mock = createMockFhirFetch();
    const request = new Request(`${mock.baseUrl()}/Patient/_search`, {
      method: 'POST',
      headers: { ...key, 'content-type': 'application/x-www-form-urlencoded' },
      body: '_id=pat-1',
    });
    const bundle = (await (await mock.fetch(request)).json()) as Bundle;
    expect(bundle.entry?.map((e) => e.resource?.id)).toEqual(['pat-1']);
  });

  it('rejects a request to another origin as a network failure, naming the origin to use', async () => {
    const mock = createMockFhirFetch();
    await expect(mock.fetch('https://elsewhere.test/fhir/R4/metadata', { headers: key })).rejects.toThrow(
      /answers https:\/\/api\.haloconnect\.io only, not https:\/\/elsewhere\.test/,
    );
    expect(mock.requests).toHaveLength(0);
  });

  it('runs the fault schedule on the injected clock', async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    const mock = createMockFhirFetch({ clock });
    mock.faults.siteOffline(mock.siteGuids[0]!, { forMs: 600_000 });
    expect((await mock.fetch(`${mock.baseUrl()}/metadata`, { headers: key })).status).toBe(503);
    clock.advance(600_000);
    expect((await mock.fetch(`${mock.baseUrl()}/metadata`, { headers: key })).status).toBe(200);
  });

  it('turns a connection reset into a rejected fetch with an ECONNRESET cause', async () => {
    const mock = createMockFhirFetch();
    mock.faults.resetConnection();
    const failure = await mock.fetch(`${mock.baseUrl()}/metadata`, { headers: key }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    expect(((failure as TypeError).cause as NodeJS.ErrnoException).code).toBe('ECONNRESET');
  });

  it('gives up a delayed answer when the caller aborts', async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    const mock = createMockFhirFetch({ clock });
    mock.faults.gatewayTimeout({ afterMs: 30_000 });
    const controller = new AbortController();
    const pending = mock.fetch(`${mock.baseUrl()}/metadata`, { headers: key, signal: controller.signal });
    await clock.whenSleeping();
    controller.abort(new Error('caller gave up'));
    await expect(pending).rejects.toThrow('caller gave up');
  });
});
