import { createManualClock } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import type { FhirClient } from '../client/fhir-client.js';
import { isTimeoutError } from '../errors/timeout-error.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { forceGc } from './test-support/force-gc.js';
import { type HostileServer, startHostileServer, writeForever } from './test-support/hostile-server.js';

// A server (or a stalled proxy) that sends its headers and then the body a byte at a time, or not
// at all, must not hold a call past its deadline or past the caller's abort. ky hands fetch a clone
// of its Request, and on Node 20 such a fetch stops following the signal once the process has run a
// garbage collection, so these tests collect while the body is arriving.

const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Headers and the start of a Bundle at once, then one space every `everyMs` ms, forever. */
async function trickler(everyMs: number): Promise<HostileServer> {
  const server = await startHostileServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/fhir+json' });
    response.write('{"resourceType":"Bundle","type":"searchset","entry":[');
    writeForever(response, ' ', everyMs);
  });
  servers.push(server);
  return server;
}

/** A fetch that tells the test when the headers have arrived (the body is then still to come). */
function fetchReportingHeaders(): { fetch: typeof globalThis.fetch; headersArrived: Promise<void> } {
  let arrived!: () => void;
  const headersArrived = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  return {
    headersArrived,
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, init);
      arrived();
      return response;
    },
  };
}

/** Collects a few times across turns of the event loop, so whatever became unreachable is gone. */
async function collectGarbage(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    forceGc();
  }
}

describe('a body that trickles or stalls after the headers', () => {
  it('times out within the deadline plus a small margin, with GC forced during the test', async () => {
    const server = await trickler(20);
    const deadlineMs = 400;
    const client = createFhirClient({
      baseUrl: server.origin,
      timeoutMs: deadlineMs,
      policy: createResiliencePolicy({ maxAttempts: 1 }),
    });
    // Real time on purpose: the trickle is real network I/O, and the bug only shows after a GC.
    const collector = setInterval(forceGc, 100);
    const started = performance.now();
    try {
      const error = await client.search('Patient').catch((caught: unknown) => caught);
      const elapsedMs = performance.now() - started;

      expect(isTimeoutError(error), String(error)).toBe(true);
      expect(error).toMatchObject({ category: 'timeout', retryable: true, timeoutMs: deadlineMs });
      expect(elapsedMs).toBeGreaterThanOrEqual(deadlineMs - 5);
      expect(elapsedMs).toBeLessThan(deadlineMs + 600);
    } finally {
      clearInterval(collector);
    }
    // Giving up closed the connection: the server is not left writing to nobody.
    await server.connectionClosed();
  });

  it('stops at the deadline on the manual clock when the body stalls after the headers', async () => {
    const server = await startHostileServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json' });
      response.write('{"resourceType":"Bundle","entry":[');
    });
    servers.push(server);
    const clock = createManualClock(0);
    const { fetch, headersArrived } = fetchReportingHeaders();
    const client = createFhirClient({
      baseUrl: server.origin,
      clock,
      fetch,
      timeoutMs: 10_000,
      policy: createResiliencePolicy({ maxAttempts: 1, clock }),
    });

    const outcome = client.search('Patient').catch((caught: unknown) => caught);
    await headersArrived;
    await collectGarbage();
    clock.advance(10_000);

    const error = await outcome;
    expect(isTimeoutError(error), String(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 10_000, retryable: true, status: undefined });
    await server.connectionClosed();
  });

  it("rejects with the caller's abort reason mid-body and closes the connection", async () => {
    const server = await trickler(20);
    const clock = createManualClock(0);
    const { fetch, headersArrived } = fetchReportingHeaders();
    const client = createFhirClient({ baseUrl: server.origin, clock, fetch });
    const controller = new AbortController();
    const reason = new Error('the caller gave up');

    const outcome = client
      .search('Patient', { signal: controller.signal })
      .catch((caught: unknown) => caught);
    await headersArrived;
    await collectGarbage();
    controller.abort(reason);

    expect(await outcome).toBe(reason);
    await server.connectionClosed();
  });

  it("collect stops at the deadline while a page's body stalls", async () => {
    const server = await startHostileServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json' });
      response.write('{"resourceType":"Bundle","entry":[');
    });
    servers.push(server);
    const clock = createManualClock(0);
    const { fetch, headersArrived } = fetchReportingHeaders();
    const client = createFhirClient({
      baseUrl: server.origin,
      clock,
      fetch,
      timeoutMs: 5_000,
      policy: createResiliencePolicy({ maxAttempts: 1, clock }),
    });

    const outcome = client.collect('Patient').catch((caught: unknown) => caught);
    await headersArrived;
    await collectGarbage();
    clock.advance(5_000);

    expect(isTimeoutError(await outcome)).toBe(true);
  });

  it.each([
    ['read', (client: FhirClient) => client.read('Patient', 'p1')],
    ['create', (client: FhirClient) => client.create({ resourceType: 'Patient' })],
    ['update', (client: FhirClient) => client.update({ resourceType: 'Patient', id: 'p1' })],
    ['capabilities', (client: FhirClient) => client.capabilities()],
  ] as const)('%s stops at the deadline when the body stalls after the headers', async (_route, call) => {
    const server = await startHostileServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json' });
      response.write('{"resourceType":');
    });
    servers.push(server);
    const clock = createManualClock(0);
    const { fetch, headersArrived } = fetchReportingHeaders();
    const client = createFhirClient({
      baseUrl: server.origin,
      clock,
      fetch,
      timeoutMs: 2_000,
      policy: createResiliencePolicy({ maxAttempts: 1, clock }),
    });

    const outcome = call(client).catch((caught: unknown) => caught);
    await headersArrived;
    await collectGarbage();
    clock.advance(2_000);

    expect(isTimeoutError(await outcome)).toBe(true);
    await server.connectionClosed();
  });
});
