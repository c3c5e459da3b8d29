import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import type { CapabilityStatement } from 'fhir/r4.js';
import { afterEach, describe, expect, it } from 'vitest';
import { capabilityStatementSupports } from './capabilities.js';
import { createFhirClient } from './create-fhir-client.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000007';
let server: MockFhirServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('client.capabilities and client.supports', () => {
  it('fetches metadata once per base (shared with extended clients) and answers supports from it', async () => {
    server = await createMockFhirServer({ sites: [{ guid, seed: 1, size: 60 }] });
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
    });

    const statement = await client.capabilities();
    expect(statement.resourceType).toBe('CapabilityStatement');
    expect(
      await client.supports({ resourceType: 'Appointment', interaction: 'search', searchParam: 'date' }),
    ).toBe(true);
    expect(await client.supports({ resourceType: 'Patient', interaction: 'create' })).toBe(true);
    expect(await client.supports({ resourceType: 'Appointment', searchParam: 'no-such-param' })).toBe(false);
    expect(await client.extend({ headers: { 'X-Extra': '1' } }).supports({ resourceType: 'Patient' })).toBe(
      true,
    );

    expect(server.requests.filter((request) => request.path.endsWith('/metadata'))).toHaveLength(1);
    await client.capabilities({ refresh: true });
    expect(server.requests.filter((request) => request.path.endsWith('/metadata'))).toHaveLength(2);
  });
});

describe('capabilityStatementSupports', () => {
  const statement: CapabilityStatement = {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-01-01',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        interaction: [{ code: 'transaction' }],
        searchParam: [{ name: '_lastUpdated', type: 'date' }],
        resource: [
          {
            type: 'Appointment',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [{ name: 'date', type: 'date' }],
          },
        ],
      },
      { mode: 'client', resource: [{ type: 'Patient', interaction: [{ code: 'create' }] }] },
    ],
  };

  it.each([
    [{ resourceType: 'Appointment' }, true],
    [{ resourceType: 'Appointment', interaction: 'search' }, true],
    [{ resourceType: 'Appointment', interaction: 'update' }, false],
    [{ resourceType: 'Appointment', searchParam: 'date:missing' }, true],
    [{ resourceType: 'Appointment', searchParam: '_lastUpdated' }, true],
    [{ resourceType: 'Appointment', searchParam: 'patient' }, false],
    [{ resourceType: 'Patient' }, false],
    [{ interaction: 'transaction' }, true],
    [{ interaction: 'batch' }, false],
  ])('%j → %s', (query, expected) => {
    expect(capabilityStatementSupports(statement, query)).toBe(expected);
  });
});
