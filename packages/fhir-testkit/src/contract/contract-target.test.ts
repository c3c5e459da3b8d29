import { createFhirClient, createResiliencePolicy } from '@halo-fhir/fhir-client';
import { describe, expect, it } from 'vitest';
import { createMockFhirServer } from '../server/create-mock-fhir-server.js';
import { contractTargetOf } from './contract-client.js';

// contractTargetOf names the base a client should see: Halo's path for a server that applies Halo's
// rules, the plain mount for a plain FHIR server, so a client configured from the URL alone agrees
// with the server about dates.

const second = '0b9d4c7e-1f2a-4e3b-8c5d-6a7f8e9d0c1b';

describe('contractTargetOf', () => {
  it('names the Halo path of a Halo-profile server, and the plain mount of a plain FHIR one', async () => {
    await using halo = await createMockFhirServer({ profile: 'halo' });
    await using plain = await createMockFhirServer({ profile: 'fhir' });
    expect(contractTargetOf(halo).baseUrl).toBe(`${halo.url}/integrator/sites/${halo.siteGuids[0]}/fhir/R4`);
    expect(contractTargetOf(halo).strictDates).toBe(true);
    expect(contractTargetOf(plain).baseUrl).toBe(`${plain.url}/fhir/R4`);
    expect(contractTargetOf(plain).strictDates).toBe(false);
  });

  it('lets a client configured from the target alone send R4 date forms to a plain FHIR server', async () => {
    await using server = await createMockFhirServer({ profile: 'fhir' });
    const target = contractTargetOf(server);
    const client = createFhirClient({
      baseUrl: target.baseUrl,
      subscriptionKey: target.subscriptionKey,
      policy: createResiliencePolicy({ maxAttempts: 1 }),
    });
    expect(client.haloBehaviours).toBe(false);
    const bundle = await client.search('Patient?birthdate=ge1950-01&_count=1');
    expect(bundle.resourceType).toBe('Bundle');
  });

  it('follows the base asked for, a custom plain mount, and a site GUID given as before', async () => {
    await using server = await createMockFhirServer({
      profile: 'fhir',
      basePath: '/r4',
      sites: [{ guid: '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b' }, { guid: second }],
    });
    expect(contractTargetOf(server).baseUrl).toBe(`${server.url}/r4`);
    expect(contractTargetOf(server, { base: 'halo' }).baseUrl).toBe(server.baseUrl());
    expect(contractTargetOf(server, second).baseUrl).toBe(server.baseUrl(second));
    expect(contractTargetOf(server, { siteGuid: second }).baseUrl).toBe(server.baseUrl(second));
  });

  it('refuses a plain base for a site other than the first, saying which site has one', async () => {
    await using server = await createMockFhirServer({
      profile: 'fhir',
      sites: [{ guid: '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b' }, { guid: second }],
    });
    expect(() => contractTargetOf(server, { siteGuid: second, base: 'plain' })).toThrow(
      /site 0b9d4c7e-1f2a-4e3b-8c5d-6a7f8e9d0c1b has no plain FHIR base \(only the first site, 3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b/,
    );
  });
});
