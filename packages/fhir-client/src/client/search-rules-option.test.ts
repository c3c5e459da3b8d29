import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFhirClient } from './create-fhir-client.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000121';
let server: MockFhirServer;
beforeAll(async () => {
  server = await createMockFhirServer({ sites: [{ guid, seed: 121, size: 40 }] });
});
afterAll(() => server.close());

const query = 'Patient?x-practice-flag=1&_count=1';

describe('the searchRules client option', () => {
  it('is strict for Halo: a parameter R4 does not define is refused before any request', async () => {
    const before = server.requests.length;
    const halo = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
    });
    await expect(halo.search(query)).rejects.toThrow(
      'Patient has no search parameter "x-practice-flag" in R4',
    );
    await expect(halo.search('Patient?_summary=notarealvalue')).rejects.toThrow(
      'not one of the accepted values',
    );
    expect(server.requests.length).toBe(before);
  });

  it("keeps a server-specific parameter under 'r4' (the default for other servers), still refusing what R4 forbids", async () => {
    const r4 = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
      searchRules: 'r4',
    });
    await expect(r4.search('Patient?_count=abc')).rejects.toThrow('not a page size');
    const before = server.requests.length;
    await r4.search(query).catch(() => undefined);
    expect(server.requests.slice(before).map((request) => request.params.get('x-practice-flag'))).toEqual([
      '1',
    ]);
    // Without the Halo behaviours the default is 'r4' too.
    const plain = createFhirClient({
      baseUrl: server.baseUrl(),
      subscriptionKey: server.subscriptionKey,
      haloBehaviours: false,
    });
    const sent = server.requests.length;
    await plain.search(query).catch(() => undefined);
    expect(server.requests.length).toBe(sent + 1);
  });

  it('refuses an unknown rule set as an options error', () => {
    expect(() => createFhirClient({ baseUrl: server.baseUrl(), searchRules: 'loose' as 'r4' })).toThrow(
      `"loose" is not one of 'strict', 'r4', 'lenient'`,
    );
  });
});
