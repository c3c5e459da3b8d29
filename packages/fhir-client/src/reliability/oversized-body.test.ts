import { gzipSync } from 'node:zlib';
import { createManualClock } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../client/resolve-options.js';
import { isResponseTooLargeError } from '../errors/response-too-large-error.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { type HostileServer, startHostileServer, writeEndlessly } from './test-support/hostile-server.js';

// A body with no end, a small gzip body that inflates without bound, or a declared length past the
// cap: the client stops reading at maxResponseBytes (counted after decompression), closes the
// connection, and fails with ResponseTooLargeError, which is not retried and says nothing about
// whether the practice is up.

const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const MiB = 1024 * 1024;
const patient = JSON.stringify({ resourceType: 'Patient', id: 'p1' });

/** Answers the first request with `hostile`, every later one with a small Patient. */
async function serverAnsweringFirst(
  hostile: Parameters<typeof startHostileServer>[0],
): Promise<HostileServer> {
  let count = 0;
  const server = await startHostileServer((request, response) => {
    count++;
    if (count === 1) return hostile(request, response);
    response.writeHead(200, { 'content-type': 'application/fhir+json' });
    response.end(patient);
  });
  servers.push(server);
  return server;
}

/** A client that would retry anything retryable, and opens the site's breaker on one site failure. */
function strictClient(origin: string, options: { maxResponseBytes?: number } = {}) {
  const clock = createManualClock(0);
  return createFhirClient({
    baseUrl: origin,
    clock,
    ...options,
    policy: createResiliencePolicy({ clock, maxAttempts: 3, breakerFailureThreshold: 1, random: () => 0 }),
  });
}

describe('a response body larger than maxResponseBytes', () => {
  it('stops an endless body at the cap, does not retry it, and does not count it against the practice', async () => {
    const server = await serverAnsweringFirst((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json' });
      response.write('{"resourceType":"Patient","id":"p1","text":{"div":"');
      writeEndlessly(response, Buffer.alloc(64 * 1024, 'x'));
    });
    const client = strictClient(server.origin, { maxResponseBytes: MiB });

    const error = await client.read('Patient', 'p1').catch((caught: unknown) => caught);

    expect(isResponseTooLargeError(error), String(error)).toBe(true);
    expect(error).toMatchObject({
      category: 'response-too-large',
      retryable: false,
      status: 200,
      maxResponseBytes: MiB,
    });
    await server.connectionClosed();
    expect(server.requests).toHaveLength(1);
    // A breaker that opens on one site failure did not open: the next request is sent and answered.
    expect((await client.read('Patient', 'p1')).id).toBe('p1');
    expect(client.stats().failuresByCategory).toEqual({ 'response-too-large': 1 });
  });

  it('counts bytes after decompression: a gzip bomb stops at the default cap with bounded memory', async () => {
    const server = await serverAnsweringFirst((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json', 'content-encoding': 'gzip' });
      // Gzip members concatenated are one gzip stream: ~1 KB on the wire inflates to 1 MiB, forever.
      writeEndlessly(response, gzipSync(Buffer.alloc(MiB, ' ')));
    });
    const client = strictClient(server.origin);
    const heapBefore = process.memoryUsage().heapUsed;

    const error = await client.read('Patient', 'p1').catch((caught: unknown) => caught);

    expect(isResponseTooLargeError(error), String(error)).toBe(true);
    expect(error).toMatchObject({ maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES, retryable: false });
    // The decoded text held is at most the cap (32 MiB of one-byte characters): nowhere near a GiB.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * MiB);
    await server.connectionClosed();
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const server = await serverAnsweringFirst((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json', 'content-length': String(8 * MiB) });
      response.write('{"resourceType":"Patient"');
    });
    const client = strictClient(server.origin, { maxResponseBytes: MiB });

    const error = await client.read('Patient', 'p1').catch((caught: unknown) => caught);

    expect(isResponseTooLargeError(error), String(error)).toBe(true);
    await server.connectionClosed();
  });

  it('caps an error status body too: a 500 with an endless body is not read to the end', async () => {
    const server = await serverAnsweringFirst((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/html' });
      writeEndlessly(response, Buffer.alloc(64 * 1024, '<'));
    });
    const client = strictClient(server.origin, { maxResponseBytes: MiB });

    const error = await client.read('Patient', 'p1').catch((caught: unknown) => caught);

    expect(isResponseTooLargeError(error), String(error)).toBe(true);
    expect(error).toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
  });

  it('reads a body of exactly the cap', async () => {
    const server = await startHostileServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/fhir+json' });
      response.end(patient);
    });
    servers.push(server);
    const client = strictClient(server.origin, { maxResponseBytes: Buffer.byteLength(patient) });

    expect((await client.read('Patient', 'p1')).id).toBe('p1');
  });
});
