import type { Patient } from 'fhir/r4.js';
import { afterEach, describe, expect, it } from 'vitest';
import { isFhirRequestError } from '../errors/fhir-request-error.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { search } from '../search/search.js';
import { createFhirClient } from './create-fhir-client.js';
import type { FhirClientEvent } from './events.js';
import { startRecordingServer, type RecordingServer } from './test-support/recording-server.js';

const guid = '6f1c2b1e-0d55-4f3a-9e43-2c1d0a7b9f10';
const key = 'secret-key-123';
let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const patient: Patient = { resourceType: 'Patient', id: 'p1', name: [{ family: 'Citizen' }] };
const noRetries = () => createResiliencePolicy({ maxAttempts: 1 });

describe('createFhirClient with the Halo preset', () => {
  it('reads from {origin}/integrator/sites/{guid}/fhir/R4/ with the key and FHIR JSON Accept header', async () => {
    server = await startRecordingServer(() => ({ body: patient }));
    const client = createFhirClient({ halo: { siteId: guid, origin: server.origin }, subscriptionKey: key });
    expect(client.baseUrl).toBe(`${server.origin}/integrator/sites/${guid}/fhir/R4/`);
    expect(client.site).toBe(guid);
    expect(client.haloBehaviours).toBe(true);

    const read = await client.read('Patient', 'p1');

    expect(read.name?.[0]?.family).toBe('Citizen');
    const [request] = server.requests;
    expect(request?.url).toBe(`/integrator/sites/${guid}/fhir/R4/Patient/p1`);
    expect(request?.headers['ocp-apim-subscription-key']).toBe(key);
    expect(request?.headers.accept).toBe('application/fhir+json');
  });

  it('builds the production and stage bases from the environment', () => {
    expect(createFhirClient({ halo: { siteId: guid } }).baseUrl).toBe(
      `https://api.haloconnect.io/integrator/sites/${guid}/fhir/R4/`,
    );
    expect(createFhirClient({ halo: { siteId: guid, environment: 'stage' } }).baseUrl).toBe(
      `https://api.stage.haloconnect.io/integrator/sites/${guid}/fhir/R4/`,
    );
  });

  it('turns the Halo behaviours on for a Halo-shaped baseUrl, unless switched off', () => {
    const baseUrl = `https://proxy.example/integrator/sites/${guid}/fhir/R4`;
    expect(createFhirClient({ baseUrl }).haloBehaviours).toBe(true);
    expect(createFhirClient({ baseUrl }).site).toBe(guid);
    expect(createFhirClient({ baseUrl, haloBehaviours: false }).haloBehaviours).toBe(false);
    expect(createFhirClient({ baseUrl: 'https://hapi.example/baseR4' }).haloBehaviours).toBe(false);
    expect(
      createFhirClient({ baseUrl: `https://proxy.example/halo/integrator/sites/${guid}/fhir/R4/` }).site,
    ).toBe(guid);
  });

  it('sends searches with personal data as POST _search with a form body (Halo’s advice)', async () => {
    server = await startRecordingServer(() => ({
      body: { resourceType: 'Bundle', type: 'searchset', entry: [] },
    }));
    const client = createFhirClient({ halo: { siteId: guid, origin: server.origin }, subscriptionKey: key });

    await client.search(search('Patient').string('family', 'citizen').string('given', 'jane'));
    await client.search('Appointment?status=booked');

    const [post, get] = server.requests;
    expect(post?.method).toBe('POST');
    expect(post?.url).toBe(`/integrator/sites/${guid}/fhir/R4/Patient/_search`);
    expect(post?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(post?.body).get('family')).toBe('citizen');
    expect(get?.method).toBe('GET');
    expect(get?.url).toBe(`/integrator/sites/${guid}/fhir/R4/Appointment?status=booked`);
  });

  it('warns through the event hook when a query asks for inactive records', async () => {
    server = await startRecordingServer(() => ({ body: { resourceType: 'Bundle', type: 'searchset' } }));
    const events: FhirClientEvent[] = [];
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.origin },
      subscriptionKey: key,
      onEvent: (event) => events.push(event),
    });

    await client.search('Practitioner?active=false');

    const warning = events.find((event) => event.type === 'warning');
    expect(warning).toMatchObject({ code: 'only-active', resourceType: 'Practitioner', site: guid });
    expect(JSON.stringify(events)).not.toContain(key);
  });

  it('passes the server’s remarks on a search (outcome entries) on as a warning, and keeps them on the page', async () => {
    server = await startRecordingServer(() => ({
      body: {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [
          {
            search: { mode: 'outcome' },
            resource: {
              resourceType: 'OperationOutcome',
              issue: [{ severity: 'warning', code: 'not-supported', diagnostics: 'Parameter "foo" ignored' }],
            },
          },
        ],
      },
    }));
    const events: FhirClientEvent[] = [];
    const client = createFhirClient({ baseUrl: server.origin, onEvent: (event) => events.push(event) });

    const pages = [];
    for await (const page of client.pages('Appointment?foo=1')) pages.push(page);

    expect(pages[0]?.outcomes).toHaveLength(1);
    expect(pages[0]?.matches).toEqual([]);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'warning',
        code: 'search-outcome',
        message: expect.stringContaining('"foo" ignored'),
      }),
    );
  });

  it('throws a typed, redacted FhirRequestError for a failed status', async () => {
    server = await startRecordingServer(() => ({
      status: 404,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'not-found', diagnostics: 'Patient/nope not found' }],
      },
    }));
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.origin },
      subscriptionKey: key,
      policy: noRetries(),
    });

    const error = await client.read('Patient', 'nope').catch((caught: unknown) => caught);

    expect(isFhirRequestError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, category: 'not-found', method: 'GET' });
    expect(String((error as Error).message)).not.toContain(key);
  });
});
