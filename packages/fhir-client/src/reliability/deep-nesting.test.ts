import { createManualClock } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { MAX_RESPONSE_DEPTH } from '../client/json-depth.js';
import { isFhirRequestError } from '../errors/fhir-request-error.js';
import { isInvalidResponseError } from '../errors/invalid-response-error.js';
import { REDACT_MAX_DEPTH, redactEverywhere, TOO_DEEP } from '../errors/redact-everywhere.js';
import { normalizeLastUpdatedInPlace } from '../normalize/last-updated.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { type HostileServer, startHostileServer } from './test-support/hostile-server.js';

// Nesting is input the server controls: 20,000 levels of `contained` (Halo sites have lastUpdated
// normalisation on by default) must never overflow the stack, in normalisation, error parsing or
// redaction. The client refuses a body nested past MAX_RESPONSE_DEPTH with a typed error, and its
// own walks are iterative whatever they are given.

const KEY = 'sk-deep-4f0c2a9e71';
const LEVELS = 20_000;
const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A Patient with `levels` of nested `contained`, as JSON text (JSON.stringify itself would overflow). */
function nestedPatientText(levels: number): string {
  const open = '{"resourceType":"Patient","meta":{"lastUpdated":"2026-03-02T09:15:00"},"contained":[';
  return `${open.repeat(levels)}{"resourceType":"Patient","id":"deepest"}${']}'.repeat(levels)}`;
}

/** The same, as parsed objects (JSON.parse does not recurse). */
function nestedPatient(levels: number): Record<string, unknown> {
  return JSON.parse(nestedPatientText(levels)) as Record<string, unknown>;
}

async function serving(status: number, text: string): Promise<HostileServer> {
  const server = await startHostileServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/fhir+json' });
    response.end(text);
  });
  servers.push(server);
  return server;
}

function haloClient(server: HostileServer) {
  const clock = createManualClock(0);
  return createFhirClient({
    baseUrl: server.origin,
    subscriptionKey: KEY,
    normalizeLastUpdated: true,
    timeZone: 'Australia/Sydney',
    clock,
    policy: createResiliencePolicy({ clock, maxAttempts: 3, random: () => 0 }),
  });
}

describe('deeply nested bodies', () => {
  it('a read nested 20,000 levels deep is a non-retried InvalidResponseError, not a stack overflow', async () => {
    const server = await serving(200, nestedPatientText(LEVELS));

    const error = await haloClient(server)
      .read('Patient', 'p1')
      .catch((caught: unknown) => caught);

    expect(isInvalidResponseError(error), String(error)).toBe(true);
    expect(error).toMatchObject({
      retryable: false,
      detail: `the body is nested more than ${MAX_RESPONSE_DEPTH} levels deep`,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('a search page with such an entry is one too', async () => {
    const entry = `{"resourceType":"Bundle","type":"searchset","entry":[{"resource":${nestedPatientText(LEVELS)}}]}`;
    const server = await serving(200, entry);

    const error = await haloClient(server)
      .collect('Patient')
      .catch((caught: unknown) => caught);

    expect(isInvalidResponseError(error), String(error)).toBe(true);
  });

  it('a body nested within the limit is read, every level normalised', async () => {
    // Each contained level adds two (the list and the resource): stay just inside the limit.
    const levels = Math.floor(MAX_RESPONSE_DEPTH / 2) - 2;
    const server = await serving(200, nestedPatientText(levels));

    const patient = (await haloClient(server).read('Patient', 'p1')) as unknown as Record<string, unknown>;

    let node: Record<string, unknown> | undefined = patient;
    let normalised = 0;
    while (node !== undefined) {
      const meta = node.meta as { lastUpdated?: string } | undefined;
      if (meta?.lastUpdated !== undefined) {
        expect(meta.lastUpdated).toBe('2026-03-01T22:15:00Z');
        normalised++;
      }
      node = (node.contained as Record<string, unknown>[] | undefined)?.[0];
    }
    expect(normalised).toBe(levels);
  });

  it('an error body nested 20,000 levels deep is still classified, with the echoed key redacted', async () => {
    const issue = `{"severity":"error","code":"invalid","diagnostics":"bad key ${KEY}","extension":${'['.repeat(LEVELS)}${']'.repeat(LEVELS)}}`;
    const server = await serving(400, `{"resourceType":"OperationOutcome","issue":[${issue}]}`);

    const error = await haloClient(server)
      .read('Patient', 'p1')
      .catch((caught: unknown) => caught);

    expect(isFhirRequestError(error), String(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, category: 'bad-request' });
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect((error as Error).message).toContain('bad key [REDACTED]');
  });

  it('normalisation walks 20,000 levels of contained iteratively', () => {
    const patient = nestedPatient(LEVELS);

    const issues = normalizeLastUpdatedInPlace(patient, { timeZone: 'Australia/Sydney' });

    expect(issues).toEqual([]);
    let node: Record<string, unknown> = patient;
    for (let level = 0; level < LEVELS; level++) {
      node = (node.contained as Record<string, unknown>[])[0] as Record<string, unknown>;
    }
    expect(node.id).toBe('deepest');
    expect(patient.meta).toEqual({ lastUpdated: '2026-03-01T22:15:00Z' });
  });

  it('redaction walks iteratively and stops at its documented depth', () => {
    const deep = nestedPatient(LEVELS);

    const redacted = redactEverywhere({ text: `key ${KEY}`, deep }, [KEY]);

    expect(redacted.text).toBe('key [REDACTED]');
    // Levels alternate: a resource, its contained list, the next resource…
    let node: unknown = redacted.deep;
    let depth = 2;
    while (typeof node === 'object' && node !== null) {
      node = Array.isArray(node) ? node[0] : (node as { contained?: unknown }).contained;
      depth++;
    }
    expect(node).toBe(TOO_DEEP);
    expect(depth).toBeGreaterThanOrEqual(REDACT_MAX_DEPTH - 2);
    expect(depth).toBeLessThanOrEqual(REDACT_MAX_DEPTH + 2);
  });
});
