import { PassThrough } from 'node:stream';
import { createManualClock } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { ExitCode } from '../cli/exit-codes.js';
import { runCli } from '../cli/run-cli.js';
import { isInvalidResponseError } from '../errors/invalid-response-error.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { type HostileServer, startHostileServer } from './test-support/hostile-server.js';

// Every shape a broken server or gateway can give a Bundle is either used or a typed
// InvalidResponseError naming what was wrong, never a TypeError from deep inside paging. JSON of the
// wrong shape came from the server and is not retried; a body that is not JSON at all (a gateway's
// page) is retried.

const KEY = 'sk-malformed-9d2e7b41c0';
const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const patient = { resourceType: 'Patient', id: 'p1' };
const bundle = (fields: Record<string, unknown>) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  echo: KEY,
  ...fields,
});

/** Each malformed Bundle, with the path its error must name. */
const malformed: readonly (readonly [string, unknown, RegExp])[] = [
  ['entry of [null]', bundle({ entry: [null] }), /Bundle\.entry\[0\] is null/],
  ['entry as text', bundle({ entry: 'x' }), /Bundle\.entry is text, not a list/],
  ['entry as an object', bundle({ entry: {} }), /Bundle\.entry is an object, not a list/],
  ['entry[].resource null', bundle({ entry: [{ resource: null }] }), /Bundle\.entry\[0\]\.resource is null/],
  ['entry[].resource as text', bundle({ entry: [{ resource: 'x' }] }), /entry\[0\]\.resource is text/],
  [
    'entry[].resource without resourceType',
    bundle({ entry: [{ resource: { id: 'p1' } }] }),
    /entry\[0\]\.resource\.resourceType is missing/,
  ],
  [
    'entry[].resource.id a number',
    bundle({ entry: [{ resource: { resourceType: 'Patient', id: 7 } }] }),
    /entry\[0\]\.resource\.id is a number/,
  ],
  [
    'entry[].resource.contained [null]',
    bundle({ entry: [{ resource: { ...patient, contained: [null] } }] }),
    /entry\[0\]\.resource\.contained\[0\] is null/,
  ],
  ['entry[].fullUrl a number', bundle({ entry: [{ fullUrl: 3, resource: patient }] }), /fullUrl is a number/],
  ['entry[].search as text', bundle({ entry: [{ search: 'match', resource: patient }] }), /search is text/],
  [
    'an OperationOutcome issue as text',
    bundle({
      entry: [{ search: { mode: 'outcome' }, resource: { resourceType: 'OperationOutcome', issue: 'x' } }],
    }),
    /entry\[0\]\.resource\.issue is text, not a list/,
  ],
  ['link as text', bundle({ link: 'x' }), /Bundle\.link is text, not a list/],
  ['link of [null]', bundle({ link: [null] }), /Bundle\.link\[0\] is null/],
  [
    'link url a number',
    bundle({ link: [{ relation: 'next', url: 5 }] }),
    /Bundle\.link\[0\]\.url is a number/,
  ],
  ['link relation missing', bundle({ link: [{ url: 'Patient?page=2' }] }), /link\[0\]\.relation is missing/],
  ['total as text', bundle({ total: '5' }), /Bundle\.total is text/],
  ['an array instead of a Bundle', [patient], /the body is a list where a Bundle was expected/],
];

async function serving(body: unknown): Promise<HostileServer> {
  const server = await startHostileServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/fhir+json' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  servers.push(server);
  return server;
}

function clientOf(server: HostileServer) {
  const clock = createManualClock(0);
  return createFhirClient({
    baseUrl: server.origin,
    subscriptionKey: KEY,
    clock,
    policy: createResiliencePolicy({ clock, maxAttempts: 3, random: () => 0 }),
  });
}

describe('a malformed Bundle', () => {
  it.each(malformed)(
    '%s is an InvalidResponseError naming the problem, sent once',
    async (_name, body, problem) => {
      const server = await serving(body);
      const client = clientOf(server);

      const error = await client.collect('Patient?name=smith').catch((caught: unknown) => caught);

      expect(isInvalidResponseError(error), String(error)).toBe(true);
      expect(error).toMatchObject({
        name: 'InvalidResponseError',
        category: 'invalid-response',
        retryable: false,
        status: 200,
        url: `${server.origin}/Patient?name=smith`,
        detail: expect.stringMatching(problem),
      });
      const { message, excerpt } = error as { message: string; excerpt: string };
      expect(message).toMatch(problem);
      expect(excerpt.length).toBeGreaterThan(0);
      expect(`${message} ${excerpt}`).not.toContain(KEY);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('fails search, pages and resources the same way', async () => {
    const server = await serving(bundle({ entry: [null] }));
    const client = clientOf(server);
    const drain = async (iterable: AsyncIterable<unknown>) => {
      for await (const _ of iterable) {
        // Only the failure matters.
      }
    };

    const failures = await Promise.all([
      client.search('Patient').catch((caught: unknown) => caught),
      drain(client.pages('Patient')).catch((caught: unknown) => caught),
      drain(client.resources('Patient')).catch((caught: unknown) => caught),
    ]);

    for (const error of failures) expect(isInvalidResponseError(error), String(error)).toBe(true);
  });

  it('a resource read with a malformed contained list is one too', async () => {
    const server = await serving({ ...patient, contained: 'x' });

    const error = await clientOf(server)
      .read('Patient', 'p1')
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({
      name: 'InvalidResponseError',
      detail: 'Patient.contained is text, not a list',
    });
  });

  it('a body that is not JSON (a gateway page) is retried, and the retry succeeds', async () => {
    let count = 0;
    const server = await startHostileServer((_request, response) => {
      count++;
      response.writeHead(200, { 'content-type': count === 1 ? 'text/html' : 'application/fhir+json' });
      response.end(
        count === 1 ? '<html><body>Bad gateway</body></html>' : JSON.stringify(bundle({ entry: [] })),
      );
    });
    servers.push(server);

    const result = await clientOf(server).search('Patient');

    expect(result.resourceType).toBe('Bundle');
    expect(server.requests).toHaveLength(2);
  });

  it('makes the CLI exit 4 (a broken response), never 1 (a bug)', async () => {
    const server = await serving(bundle({ entry: [{ resource: null }] }));
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    const stdout = new PassThrough();
    stdout.resume();

    const exitCode = await runCli(['search', 'Patient?name=smith', '--base-url', server.origin], {
      stdout,
      stderr,
      env: { HALO_SUBSCRIPTION_KEY: KEY },
    });

    expect(exitCode).toBe(ExitCode.Failed);
    expect(text).toMatch(/invalid-response/);
    expect(text).toMatch(/Bundle\.entry\[0\]\.resource is null/);
    expect(text).not.toMatch(/internal error/);
    expect(text).not.toContain(KEY);
  });
});
