import type { Appointment, Bundle, Patient, Resource } from 'fhir/r4.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import type { FhirClientEvent } from '../client/events.js';
import { startRecordingServer, type RecordingServer } from '../client/test-support/recording-server.js';
import { isPagingError } from './errors/paging-error.js';

const guid = 'site-1';
const basePath = `/integrator/sites/${guid}/fhir/R4`;
let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * A three-page Appointment search where, like Halo, every `next` link loses `_include`; a page
 * carries its patient only when the request asked for `_include`.
 */
function haloLikePage(url: URL): Bundle<Appointment | Patient> {
  const offset = Number(url.searchParams.get('_offset') ?? '0');
  const included = url.searchParams.getAll('_include').includes('Appointment:patient');
  const next =
    offset < 2 ? `${basePath}/Appointment?date=2026-03-02&_count=1&_offset=${offset + 1}` : undefined;
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: 3,
    link: next ? [{ relation: 'next', url: `http://internal.halo:8080${next}` }] : [],
    entry: [
      {
        search: { mode: 'match' },
        resource: {
          resourceType: 'Appointment',
          id: `a${offset}`,
          status: 'booked',
          participant: [{ status: 'accepted', actor: { reference: `Patient/p${offset}` } }],
        },
      },
      ...(included
        ? [
            {
              search: { mode: 'include' as const },
              resource: { resourceType: 'Patient' as const, id: `p${offset}` },
            },
          ]
        : []),
    ],
  };
}

describe('client.pages', () => {
  it('repairs lost _include on every next link, rebases internal hosts, and reports each repair', async () => {
    server = await startRecordingServer((request) => ({
      body: haloLikePage(new URL(request.url, 'http://x')),
    }));
    const events: FhirClientEvent[] = [];
    const client = createFhirClient({
      baseUrl: `${server.origin}${basePath}`,
      subscriptionKey: 'k',
      onEvent: (event) => events.push(event),
    });

    const pages = [];
    for await (const page of client.pages(
      'Appointment?date=2026-03-02&_count=1&_include=Appointment:patient',
    )) {
      pages.push(page);
    }

    expect(pages.map((page) => page.included.map((resource) => resource.id))).toEqual([
      ['p0'],
      ['p1'],
      ['p2'],
    ]);
    expect(pages.map((page) => page.repairedLink?.restored)).toEqual([
      undefined,
      ['_include=Appointment:patient'],
      ['_include=Appointment:patient'],
    ]);
    expect(pages[2]?.resolve('Patient/p0')?.id).toBe('p0');
    expect(events.filter((event) => event.type === 'link-repaired')).toHaveLength(2);
    expect(server.requests.every((request) => request.headers['ocp-apim-subscription-key'] === 'k')).toBe(
      true,
    );
  });

  it('stops with PagingLoopError when the server links back to a page already delivered', async () => {
    server = await startRecordingServer(() => ({
      body: {
        resourceType: 'Bundle',
        type: 'searchset',
        link: [{ relation: 'next', url: `${basePath}/Appointment?_offset=1` }],
        entry: [{ resource: { resourceType: 'Appointment', id: 'same', status: 'booked', participant: [] } }],
      },
    }));
    const client = createFhirClient({ baseUrl: `${server.origin}${basePath}` });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const resource of client.resources('Appointment')) seen.push(resource.id ?? '');
    })().catch((caught: unknown) => caught);

    expect(isPagingError(error)).toBe(true);
    expect((error as Error).name).toBe('PagingLoopError');
    expect(seen).toEqual(['same']);
    expect(server.requests).toHaveLength(2);
  });

  it('stops with a PagingError, not a TypeError, for a next link that is not a URL', async () => {
    server = await startRecordingServer(() => ({
      body: {
        resourceType: 'Bundle',
        type: 'searchset',
        link: [{ relation: 'next', url: 'http://[broken' }],
      },
    }));
    const client = createFhirClient({ baseUrl: `${server.origin}${basePath}` });

    const error = await (async () => {
      for await (const _ of client.pages('Appointment'));
    })().catch((caught: unknown) => caught);

    expect(isPagingError(error)).toBe(true);
    expect(String((error as Error).message)).toContain('is not a URL');
    expect((error as { cursor: { pagesDelivered: number } }).cursor.pagesDelivered).toBe(1);
  });

  it('refuses a second loop over an iterator while the first is fetching a page', async () => {
    server = await startRecordingServer((request) => ({
      body: haloLikePage(new URL(request.url, 'http://x')),
    }));
    const client = createFhirClient({ baseUrl: `${server.origin}${basePath}` });
    const iterator = client.pages('Appointment?date=2026-03-02&_count=1');

    const first = iterator[Symbol.asyncIterator]().next();
    const second = iterator[Symbol.asyncIterator]().next();

    await expect(second).rejects.toThrow(/one loop at a time/);
    expect((await first).value?.matches).toHaveLength(1);
  });
});

describe('client.resources iterator', () => {
  const query = 'Appointment?date=2026-03-02&_count=1';
  const idsOf = (results: IteratorResult<Resource>[]) => results.map((r) => (r.done ? 'done' : r.value.id));

  it('answers calls made without waiting in the order they were made, fetching each page once', async () => {
    server = await startRecordingServer((request) => ({
      body: haloLikePage(new URL(request.url, 'http://x')),
    }));
    const client = createFhirClient({ baseUrl: `${server.origin}${basePath}` });
    const iterator = client.resources(query)[Symbol.asyncIterator]();

    const results = await Promise.all([1, 2, 3, 4, 5].map(() => iterator.next()));

    expect(idsOf(results)).toEqual(['a0', 'a1', 'a2', 'done', 'done']);
    expect(server.requests).toHaveLength(3);
  });

  it('is done after return(), even one asked while a page is on its way, and leaves that page undelivered', async () => {
    server = await startRecordingServer((request) => ({
      body: haloLikePage(new URL(request.url, 'http://x')),
    }));
    const client = createFhirClient({ baseUrl: `${server.origin}${basePath}` });
    const resources = client.resources(query);
    const iterator = resources[Symbol.asyncIterator]();

    const first = iterator.next();
    const ended = iterator.return?.('stopped');
    const after = iterator.next();

    expect(idsOf([await first])).toEqual(['a0']);
    expect(await ended).toEqual({ value: 'stopped', done: true });
    expect(await after).toEqual({ value: undefined, done: true });
    expect(resources.cursor.pagesDelivered).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it('is done after a failure; a new loop over the same iterable retries the failed page', async () => {
    let failNext = false;
    server = await startRecordingServer((request) => {
      const url = new URL(request.url, 'http://x');
      if (url.searchParams.get('_offset') === '1' && !failNext) {
        failNext = true;
        return { status: 400, body: { resourceType: 'OperationOutcome', issue: [] } };
      }
      return { body: haloLikePage(url) };
    });
    const client = createFhirClient({ baseUrl: `${server.origin}${basePath}` });
    const resources = client.resources(query);
    const iterator = resources[Symbol.asyncIterator]();

    expect(idsOf([await iterator.next()])).toEqual(['a0']);
    await expect(iterator.next()).rejects.toMatchObject({ status: 400 });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    const rest: string[] = [];
    for await (const appointment of resources) rest.push(appointment.id ?? '');

    expect(rest).toEqual(['a1', 'a2']);
  });
});
