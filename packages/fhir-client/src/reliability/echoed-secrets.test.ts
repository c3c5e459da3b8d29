import { inspect } from 'node:util';
import { createManualClock } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import type { FhirClientEvent } from '../client/events.js';
import { isFhirRequestError } from '../errors/fhir-request-error.js';
import { isPagingError } from '../paging/errors/paging-error.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { type HostileServer, startHostileServer } from './test-support/hostile-server.js';

// A server that echoes the subscription key back (in link URLs, OperationOutcome diagnostics,
// bodies) must not get it into anything the client hands out: error messages, stacks, JSON,
// util.inspect, saved cursors, link-repaired and warning events. Everything leaves through one
// redaction chokepoint (errors/redact-everywhere.ts).

const KEY = 'sk-echo-5b1e9a77d3c2';
const servers: HostileServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

type Json = Record<string, unknown>;
const patient = (id: string): Json => ({
  resource: { resourceType: 'Patient', id },
  search: { mode: 'match' },
});
const page = (entries: Json[], next?: string): Json => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: entries,
  ...(next === undefined ? {} : { link: [{ relation: 'next', url: next }] }),
});

/** A server under `/fhir/` that answers each request with `answer(path and query)`. */
async function echoingServer(answer: (url: string, origin: string) => { status?: number; body: unknown }) {
  let origin = '';
  const server = await startHostileServer((request, response) => {
    const { status = 200, body } = answer(request.url ?? '/', origin);
    response.writeHead(status, { 'content-type': 'application/fhir+json' });
    response.end(JSON.stringify(body));
  });
  origin = server.origin;
  servers.push(server);
  return server;
}

function clientOf(server: HostileServer, events: FhirClientEvent[]) {
  const clock = createManualClock(0);
  return createFhirClient({
    baseUrl: `${server.origin}/fhir/`,
    subscriptionKey: KEY,
    clock,
    policy: createResiliencePolicy({ clock, maxAttempts: 1 }),
    onEvent: (event) => events.push(event),
  });
}

/** Every way a caller (or a logger) can look at a value: none may show the key. */
function expectNoKey(value: unknown): void {
  expect(JSON.stringify(value) ?? '').not.toContain(KEY);
  expect(inspect(value, { depth: 20 })).not.toContain(KEY);
  if (value instanceof Error) {
    expect(value.message).not.toContain(KEY);
    expect(String(value.stack)).not.toContain(KEY);
    expect(JSON.stringify((value as { cursor?: unknown }).cursor) ?? '').not.toContain(KEY);
  }
}

async function drain(iterable: AsyncIterable<unknown>): Promise<unknown> {
  try {
    for await (const _ of iterable) {
      // Only how paging ends matters.
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('a key the server echoes back', () => {
  it('stays out of a PagingLoopError built from the echoed link', async () => {
    const echoed = (origin: string) => `${origin}/fhir/Patient?name=smith&_page=${KEY}`;
    const server = await echoingServer((url, origin) =>
      url.includes('_page=')
        ? { body: page([patient('p2')], echoed(origin)) }
        : { body: page([patient('p1')], echoed(origin)) },
    );
    const events: FhirClientEvent[] = [];

    const error = await drain(clientOf(server, events).resources('Patient?name=smith'));

    expect(isPagingError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'PagingLoopError' });
    expect((error as { url: string }).url).toContain('[REDACTED]');
    expectNoKey(error);
    expectNoKey(events);
  });

  it('stays out of a ForeignLinkError naming the link', async () => {
    const server = await echoingServer(() => ({
      body: page([patient('p1')], `https://evil.example/${KEY}/Patient?x=1`),
    }));
    const events: FhirClientEvent[] = [];

    const error = await drain(clientOf(server, events).pages('Patient'));

    expect(error).toMatchObject({
      name: 'ForeignLinkError',
      link: 'https://evil.example/[REDACTED]/Patient',
    });
    expectNoKey(error);
  });

  it('stays out of a PagingError quoting a link that is not a URL', async () => {
    const server = await echoingServer(() => ({ body: page([patient('p1')], `http://[${KEY}`) }));
    const events: FhirClientEvent[] = [];

    const error = await drain(clientOf(server, events).pages('Patient'));

    expect(error).toMatchObject({ name: 'PagingError' });
    expect((error as Error).message).toContain('[REDACTED]');
    expectNoKey(error);
  });

  it('stays out of an error for a link that changes the search', async () => {
    const server = await echoingServer((_url, origin) => ({
      body: page([patient('p1')], `${origin}/fhir/Patient?name=${KEY}`),
    }));
    const events: FhirClientEvent[] = [];

    const error = await drain(clientOf(server, events).pages('Patient?name=smith'));

    expect(isPagingError(error), String(error)).toBe(true);
    expectNoKey(error);
  });

  it('stays out of link-repaired events and the iterator cursor', async () => {
    const server = await echoingServer((url, origin) =>
      url.includes('_page=')
        ? { body: page([patient('p2')]) }
        : { body: page([patient('p1')], `${origin}/fhir/Patient?name=smith&_page=${KEY}`) },
    );
    const events: FhirClientEvent[] = [];
    const iterator = clientOf(server, events).pages(
      'Patient?name=smith&_include=Patient:general-practitioner',
    );
    const cursors: unknown[] = [];

    for await (const _ of iterator) cursors.push(iterator.cursor);

    const repaired = events.filter((event) => event.type === 'link-repaired');
    expect(repaired).toHaveLength(1);
    expect(repaired[0]).toMatchObject({
      repair: {
        restored: ['_include=Patient:general-practitioner'],
        original: expect.stringContaining('[REDACTED]'),
      },
    });
    expectNoKey(events);
    expect(cursors[0]).toMatchObject({ next: expect.stringContaining('_page=[REDACTED]') });
    expectNoKey(cursors);
  });

  it('stays out of search-outcome warnings quoting the diagnostics', async () => {
    const outcome = {
      resource: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'warning', code: 'processing', diagnostics: `ignored parameter key=${KEY}` }],
      },
      search: { mode: 'outcome' },
    };
    const server = await echoingServer(() => ({ body: page([patient('p1'), outcome]) }));
    const events: FhirClientEvent[] = [];

    await clientOf(server, events).search('Patient');

    const warnings = events.filter((event) => event.type === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'search-outcome',
      message: expect.stringContaining('key=[REDACTED]'),
    });
    expectNoKey(events);
  });

  it('stays out of a request error quoting an OperationOutcome', async () => {
    const server = await echoingServer(() => ({
      status: 400,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'invalid', diagnostics: `Unknown key ${KEY}` }],
      },
    }));
    const events: FhirClientEvent[] = [];

    const error = await clientOf(server, events)
      .read('Patient', 'p1')
      .catch((caught: unknown) => caught);

    expect(isFhirRequestError(error)).toBe(true);
    expectNoKey(error);
    expectNoKey(events);
  });

  it('stays out of JSON.stringify of an error, which still shows what a logger needs', async () => {
    const server = await echoingServer(() => ({
      status: 400,
      body: {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'invalid', diagnostics: `Unknown key ${KEY}` }],
      },
    }));
    const loopServer = await echoingServer((_url, origin) => ({
      body: page([patient('p1')], `${origin}/fhir/Patient?name=smith&_page=${KEY}`),
    }));

    const requestError = await clientOf(server, [])
      .read('Patient', 'p1')
      .catch((caught: unknown) => caught);
    const pagingError = await drain(clientOf(loopServer, []).resources('Patient?name=smith'));

    const logged = JSON.parse(JSON.stringify(requestError)) as Record<string, unknown>;
    expect(logged).toMatchObject({
      name: 'FhirRequestError',
      status: 400,
      category: 'bad-request',
      method: 'GET',
      detail: 'Unknown key [REDACTED]',
      message: expect.stringContaining('Unknown key [REDACTED]'),
    });
    expect(logged.action).toBe((requestError as { action: string }).action);
    expect(String(logged.url)).toContain('/fhir/Patient/p1');
    const loggedLoop = JSON.parse(JSON.stringify(pagingError)) as Record<string, unknown>;
    expect(loggedLoop).toMatchObject({
      name: 'PagingLoopError',
      message: expect.stringContaining('[REDACTED]'),
      url: expect.stringContaining('_page=[REDACTED]'),
    });
    expect(JSON.stringify(requestError)).not.toContain(KEY);
    expect(JSON.stringify(pagingError)).not.toContain(KEY);
  });

  it('stays out of the links a page and collect() hand back (url, links, next, repairedLink)', async () => {
    const echoing = (origin: string) => `${origin}/fhir/Patient?name=smith&_page=${KEY}`;
    const server = await echoingServer((url, origin) =>
      url.includes('_page=')
        ? { body: page([patient('p2')]) }
        : { body: page([patient('p1')], echoing(origin)) },
    );
    const search = 'Patient?name=smith&_include=Patient:general-practitioner';

    const pages = [];
    for await (const fetched of clientOf(server, []).pages(search)) pages.push(fetched);
    const collected = await clientOf(server, []).collect(search);

    expect(pages).toHaveLength(2);
    const [first, second] = pages;
    expect(first?.next).toBe(`${server.origin}/fhir/Patient?name=smith&_page=[REDACTED]`);
    expect(first?.links).toEqual([{ relation: 'next', url: first?.next }]);
    expect(second?.url).toContain('_page=[REDACTED]');
    expect(second?.repairedLink).toMatchObject({
      original: expect.stringContaining('_page=[REDACTED]'),
      repaired: expect.stringContaining('_page=[REDACTED]'),
      restored: ['_include=Patient:general-practitioner'],
    });
    expect(second?.matches.map((p) => p.id)).toEqual(['p2']);
    expect(second?.resolve('Patient/p2')).toMatchObject({ id: 'p2' });
    expect(Object.isFrozen(second)).toBe(true);
    for (const fetched of pages) expectNoKey({ ...fetched, bundle: undefined });
    expect(collected.matches.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(collected.repairedLinks).toHaveLength(1);
    expect(collected.repairedLinks[0]?.original).toContain('_page=[REDACTED]');
    expectNoKey(collected.repairedLinks);
  });
});
