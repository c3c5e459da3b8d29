import {
  createManualClock as createServerClock,
  createMockFhirServer,
  type MockFhirServer,
} from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { isFhirRequestError } from '../errors/fhir-request-error.js';
import { createManualClock } from '../resilience/clock.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { createFhirClient } from './create-fhir-client.js';
import type { FhirClientEvent } from './events.js';
import { type RecordingServer, startRecordingServer } from './test-support/recording-server.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000005';
const cleanup: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((server) => server.close()));
});

async function startMock(options: { manualClock?: boolean } = {}): Promise<MockFhirServer> {
  const server = await createMockFhirServer({
    sites: [{ guid, seed: 2, size: 120 }],
    ...(options.manualClock ? { clock: createServerClock('2026-03-02T08:00:00+11:00') } : {}),
  });
  cleanup.push(server);
  server.store().add({ resourceType: 'Patient', id: 'pat-known', active: true, name: [{ family: 'Known' }] });
  server.store().add({ resourceType: 'Patient', id: 'pat-other', active: true, name: [{ family: 'Other' }] });
  return server;
}

async function startRecording(...args: Parameters<typeof startRecordingServer>): Promise<RecordingServer> {
  const server = await startRecordingServer(...args);
  cleanup.push(server);
  return server;
}

describe('each attempt', () => {
  it('fails with TimeoutError when no response arrives within timeoutMs (45 s by default), on the injected clock', async () => {
    const server = await startMock({ manualClock: true });
    server.faults.latency(120_000);
    const clock = createManualClock('2026-03-02T08:00:00+11:00');
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
      clock,
      policy: createResiliencePolicy({ clock, maxAttempts: 1 }),
    });

    const read = client.read('Patient', 'pat-known').catch((error: unknown) => error);
    await (server.clock as ReturnType<typeof createServerClock>).whenSleeping();
    await clock.advance(44_999);
    await clock.advance(1);

    expect(await read).toMatchObject({
      name: 'TimeoutError',
      category: 'timeout',
      timeoutMs: 45_000,
      retryable: true,
    });
    (server.clock as ReturnType<typeof createServerClock>).advance(120_000);
  });

  it('takes a per-call timeoutMs, for reads and for each page', async () => {
    const server = await startMock({ manualClock: true });
    server.faults.latency(120_000);
    const clock = createManualClock('2026-03-02T08:00:00+11:00');
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
      clock,
      policy: createResiliencePolicy({ clock, maxAttempts: 1 }),
    });

    const read = client.read('Patient', 'pat-known', { timeoutMs: 5_000 }).catch((error: unknown) => error);
    const page = (async () => {
      for await (const _ of client.pages('Patient', { timeoutMs: 7_000 }));
    })().catch((error: unknown) => error);
    await (server.clock as ReturnType<typeof createServerClock>).whenSleeping(2);
    await clock.advance(5_000);
    expect(await read).toMatchObject({ name: 'TimeoutError', timeoutMs: 5_000 });
    await clock.advance(2_000);
    expect(await page).toMatchObject({ name: 'TimeoutError', timeoutMs: 7_000 });
    await expect(client.read('Patient', 'x', { timeoutMs: -1 })).rejects.toThrow(/timeoutMs/);
    expect(() => client.pages('Patient', { timeoutMs: 0 })).toThrow(/timeoutMs/);
    (server.clock as ReturnType<typeof createServerClock>).advance(120_000);
  });

  it('fails with NetworkError when the connection breaks mid-response', async () => {
    const server = await startMock();
    server.faults.resetConnection();
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
      policy: createResiliencePolicy({ maxAttempts: 1 }),
    });

    const error = await client.read('Patient', 'pat-known').catch((caught: unknown) => caught);

    expect(error).toMatchObject({ name: 'NetworkError', category: 'network', retryable: true });
  });

  it('treats a cut-off 2xx body as a retryable invalid response, which the policy retries', async () => {
    const server = await startMock();
    server.faults.truncateBody();
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
      policy: createResiliencePolicy({ maxAttempts: 2, clock: createManualClock(0), random: () => 0 }),
    });

    const patient = await client.read('Patient', 'pat-known');

    expect(patient.id).toBe('pat-known');
    expect(client.stats()).toMatchObject({
      queriesSent: 2,
      retries: 1,
      failuresByCategory: { 'invalid-response': 1 },
    });
  });

  it('rejects a 2xx body of the wrong resource type', async () => {
    const server = await startRecording(() => ({ body: { resourceType: 'OperationOutcome', issue: [] } }));
    const client = createFhirClient({
      baseUrl: server.origin,
      policy: createResiliencePolicy({ maxAttempts: 1 }),
    });

    const error = await client.read('Patient', '1').catch((caught: unknown) => caught);

    expect(isFhirRequestError(error)).toBe(true);
    expect(error).toMatchObject({
      category: 'invalid-response',
      detail: expect.stringContaining('OperationOutcome'),
    });
  });

  it('reads a 2xx body of only whitespace (Unicode too) as empty, and JSON after leading whitespace as JSON', async () => {
    const bodies = ['\n \u00a0\t\u2028', '\r\n  {"resourceType":"Patient","id":"1"}'];
    const server = await startRecording(() => ({ body: bodies.shift() }));
    const client = createFhirClient({
      baseUrl: server.origin,
      policy: createResiliencePolicy({ maxAttempts: 1 }),
    });

    const blank = await client.read('Patient', '1').catch((caught: unknown) => caught);
    const spaced = await client.read('Patient', '1');

    expect(blank).toMatchObject({
      category: 'invalid-response',
      detail: expect.stringContaining('the body is empty where a Patient was expected'),
    });
    expect(spaced).toEqual({ resourceType: 'Patient', id: '1' });
  });

  it('honours an AbortSignal that is already aborted, sending nothing', async () => {
    const server = await startRecording(() => ({ body: {} }));
    const client = createFhirClient({ baseUrl: server.origin });

    await expect(client.read('Patient', '1', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(server.requests).toEqual([]);
  });

  it('sends custom headers, and refuses the key as a custom header', async () => {
    const server = await startRecording(() => ({ body: { resourceType: 'Patient', id: '1' } }));
    const client = createFhirClient({ baseUrl: server.origin, headers: { 'X-Trace': 'abc' } });
    await client.read('Patient', '1', { headers: { 'X-Call': 'one' } });

    expect(server.requests[0]?.headers).toMatchObject({ 'x-trace': 'abc', 'x-call': 'one' });
    expect(server.requests[0]?.headers['ocp-apim-subscription-key']).toBeUndefined();
    expect(() =>
      createFhirClient({ baseUrl: server.origin, headers: { 'ocp-apim-subscription-key': 'k' } }),
    ).toThrow(/subscriptionKey option/);
  });
});

describe('redirects', () => {
  it('are never followed, so the key cannot reach the origin a redirect points to', async () => {
    const foreign = await startRecording(() => ({ body: { resourceType: 'Patient', id: '1' } }));
    const server = await startRecording(() => ({
      status: 302,
      headers: { location: `${foreign.origin}/steal/Patient/1?x=1` },
    }));
    const client = createFhirClient({
      baseUrl: server.origin,
      subscriptionKey: 'never-leaves',
      policy: createResiliencePolicy({ maxAttempts: 1 }),
    });

    const error = await client.read('Patient', '1').catch((caught: unknown) => caught);

    expect(error).toMatchObject({
      status: 302,
      retryable: false,
      detail: `redirected to ${foreign.origin}/steal/Patient/1`,
    });
    expect(foreign.requests).toEqual([]);
    expect(server.requests[0]?.headers['ocp-apim-subscription-key']).toBe('never-leaves');
  });
});

describe('the resilience policy and events', () => {
  it('scopes a search to the practitioner it names, so a GP who is away pauses only that GP', async () => {
    const server = await startMock();
    server.faults.practitionerAway(guid, 'prac-1');
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
    });

    const away = await client.search('Appointment?practitioner=prac-1').catch((error: unknown) => error);
    const again = await client
      .search('Appointment?practitioner=Practitioner/prac-1')
      .catch((error: unknown) => error);
    const other = await client.search('Appointment?practitioner=prac-2');

    expect(away).toMatchObject({
      category: 'practitioner-unavailable',
      practitioner: expect.stringContaining('prac-1'),
    });
    expect(again).toMatchObject({ name: 'PausedError' });
    expect(other.resourceType).toBe('Bundle');
    // The paused search was refused locally: only two queries reached the practice.
    expect(server.requests.filter((request) => request.resourceType === 'Appointment')).toHaveLength(2);
  });

  it('passes the policy’s events on with their scope, never with the key, and stops when the listener is removed', async () => {
    const server = await startMock();
    const events: FhirClientEvent[] = [];
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
    });
    const off = client.on((event) => events.push(event));

    await client.read('Patient', 'pat-known');
    off();
    await client.read('Patient', 'pat-other');

    expect(events.map((event) => event.type)).toEqual(['request', 'response']);
    expect(events[0]).toMatchObject({
      site: guid,
      method: 'GET',
      path: `${client.baseUrl}Patient/pat-known`,
    });
    expect(JSON.stringify(events)).not.toContain(server.subscriptionKey);
    expect(client.stats().queriesSent).toBe(2);
  });
});

describe('extend', () => {
  it('makes a new client with merged options that shares the policy', async () => {
    const server = await startRecording(() => ({ body: { resourceType: 'Patient', id: '1' } }));
    const client = createFhirClient({ baseUrl: server.origin, headers: { 'X-A': '1' } });
    const extended = client.extend({ headers: { 'X-B': '2' }, subscriptionKey: 'k' });

    await extended.read('Patient', '1');

    expect(server.requests[0]?.headers).toMatchObject({
      'x-a': '1',
      'x-b': '2',
      'ocp-apim-subscription-key': 'k',
    });
    expect(extended.policy).toBe(client.policy);
    expect(client.stats().queriesSent).toBe(1);
    expect(client.extend({ halo: { siteId: guid } }).baseUrl).toBe(
      `https://api.haloconnect.io/integrator/sites/${guid}/fhir/R4/`,
    );
  });
});

describe('options', () => {
  it.each([
    [{}, /give baseUrl/],
    [{ baseUrl: 'https://a.example/fhir', halo: { siteId: guid } }, /either baseUrl or halo/],
    [{ baseUrl: 'not a url' }, /not an absolute URL/],
    [{ baseUrl: 'https://a.example/fhir?key=1' }, /query or fragment/],
    [{ halo: { siteId: 'a/b' } }, /not a Halo GUID/],
    [{ halo: { siteId: guid, environment: 'dev' as never } }, /'production' or 'stage'/],
    [{ baseUrl: 'https://a.example/fhir', timeZone: 'Mars/Olympus' }, /IANA time zone/],
    [{ baseUrl: 'https://a.example/fhir', timeoutMs: 0 }, /positive number/],
    [{ baseUrl: 'https://a.example/fhir', maxResponseBytes: 0 }, /maxResponseBytes.*whole number/],
    [{ baseUrl: 'https://a.example/fhir', maxResponseBytes: 1.5 }, /maxResponseBytes.*whole number/],
    [{ baseUrl: 'https://a.example/fhir', paging: { maxPages: 1.5 } }, /whole number/],
  ])('refuses %j with InvalidClientOptionsError', (options, message) => {
    expect(() => createFhirClient(options)).toThrow(message);
    expect(() => createFhirClient(options)).toThrow(
      expect.objectContaining({ name: 'InvalidClientOptionsError' }),
    );
  });
});
