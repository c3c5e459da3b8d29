import { createFhirClient, search } from '@halo-fhir/fhir-client';
import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import type { Patient } from 'fhir/r4.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type HaloProxy, startHaloProxy } from './halo-proxy.js';

const siteId = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';
const pageOrigin = 'http://127.0.0.1:5173';
const patients: Patient[] = ['Ng', 'Ode', 'Park'].map((family, index) => ({
  resourceType: 'Patient',
  id: `pat-${index + 1}`,
  active: true,
  name: [{ family }],
}));
let mock: MockFhirServer;
let proxy: HaloProxy;

beforeEach(async () => {
  // Halo's quirks on: the key is required, and next links drop nothing here but point at the mock.
  mock = await createMockFhirServer({
    profile: 'halo',
    subscriptionKey: 'real-key-held-by-the-proxy',
    sites: [{ guid: siteId, resources: patients }],
  });
  proxy = await startHaloProxy({
    upstream: mock.url,
    subscriptionKey: mock.subscriptionKey,
    siteIds: [siteId],
    allowedOrigins: [pageOrigin],
  });
});
afterEach(async () => {
  await proxy.close();
  await mock.close();
});

describe('the key-adding proxy (examples/src/browser/halo-proxy.ts) against the mock', () => {
  it('lets a client with no key page through a search: the proxy adds the key to every request', async () => {
    const client = createFhirClient({ baseUrl: proxy.baseUrl(siteId), timeZone: 'Australia/Sydney' });
    const names: string[] = [];
    for await (const patient of client.resources(search('Patient').sort('family').count(1))) {
      names.push((patient as Patient).name?.[0]?.family ?? '');
    }
    expect(names).toEqual(['Ng', 'Ode', 'Park']);
    // Three pages, every one through the proxy (the client rebased the mock's next links onto it).
    expect(mock.requests.map((request) => request.status)).toEqual([200, 200, 200]);
    expect(
      mock.requests.every((request) => request.headers['ocp-apim-subscription-key'] === '[redacted]'),
    ).toBe(true);
  });

  it('forwards no credential from the browser: its own key replaces any, Authorization and cookies stay behind', async () => {
    const response = await fetch(`${proxy.baseUrl(siteId)}/Patient/pat-1`, {
      headers: {
        'Ocp-Apim-Subscription-Key': 'a-key-a-page-should-never-have',
        Authorization: 'Bearer page-token',
        Cookie: 'session=1',
        Accept: 'application/fhir+json',
      },
    });
    expect(response.status).toBe(200);
    const [request] = mock.requests;
    expect(request?.headers).not.toHaveProperty('authorization');
    expect(request?.headers).not.toHaveProperty('cookie');
    expect(request?.headers.accept).toBe('application/fhir+json');
  });

  it('forwards only FHIR paths of its sites: anything else is a 404 that reaches nobody', async () => {
    for (const path of [
      '/integrator/sites/00000000-0000-0000-0000-000000000000/fhir/R4/Patient',
      `/integrator/sites/${siteId}/queries/immediate`,
      '/__mock/requests',
      '/',
    ]) {
      expect((await fetch(`${proxy.url}${path}`)).status, path).toBe(404);
    }
    expect(mock.requests).toHaveLength(0);
  });

  it('answers CORS for its page origins only, and never allows the key header from a page', async () => {
    const preflight = (origin: string) =>
      fetch(`${proxy.baseUrl(siteId)}/Patient`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'accept',
        },
      });
    const allowed = await preflight(pageOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(pageOrigin);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).not.toContain(
      'subscription-key',
    );
    const refused = await preflight('http://127.0.0.1:5174');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const read = await fetch(`${proxy.baseUrl(siteId)}/Patient/pat-2`, { headers: { Origin: pageOrigin } });
    expect(read.headers.get('access-control-allow-origin')).toBe(pageOrigin);
    expect(read.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('etag');
  });
});
