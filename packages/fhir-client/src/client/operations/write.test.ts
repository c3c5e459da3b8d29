import { createMockFhirServer, haloErrors, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import type { Patient } from 'fhir/r4.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../create-fhir-client.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000008';
let server: MockFhirServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  server = await createMockFhirServer({ sites: [{ guid, seed: 1, size: 40 }] });
  return {
    server,
    client: createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
    }),
  };
}

const newPatient: Patient = {
  resourceType: 'Patient',
  active: true,
  name: [{ family: 'Nguyen', given: ['Linh'] }],
};

describe('create and update (Halo supports them for Patient)', () => {
  it('creates with POST [type] and updates with PUT [type]/[id], with If-Match when asked', async () => {
    const { server: mock, client } = await start();

    const created = await client.create(newPatient);
    expect(created.id).toBeDefined();
    const updated = await client.update(
      { ...created, birthDate: '1980-02-03' },
      { ifMatchVersion: created.meta?.versionId ?? '1' },
    );

    expect(updated.birthDate).toBe('1980-02-03');
    expect((await client.read('Patient', created.id!)).birthDate).toBe('1980-02-03');
    expect(mock.requests.map((request) => request.method)).toEqual(['POST', 'PUT', 'GET']);
    expect(mock.requests[1]?.headers['if-match']).toBe(`W/"${created.meta?.versionId}"`);
  });

  it('never retries a create that failed once it may have reached the server', async () => {
    const { server: mock, client } = await start();
    mock.faults.failNext(1, haloErrors.serverError());

    await expect(client.create(newPatient)).rejects.toMatchObject({ status: 500 });
    expect(mock.requests).toHaveLength(1);
  });

  it('refuses an update without an id before sending anything', async () => {
    const { server: mock, client } = await start();
    await expect(client.update(newPatient)).rejects.toMatchObject({
      name: 'InvalidArgumentError',
      argument: 'resource.id',
    });
    await expect(client.read('Patient', '../metadata')).rejects.toMatchObject({
      name: 'InvalidArgumentError',
      argument: 'id',
    });
    expect(mock.requests).toHaveLength(0);
  });
});
