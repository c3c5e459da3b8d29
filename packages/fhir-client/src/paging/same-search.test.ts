import { inspect } from 'node:util';
import type { Bundle, BundleEntry } from 'fhir/r4.js';
import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import {
  type RecordedRequest,
  type RecordingServer,
  startRecordingServer,
} from '../client/test-support/recording-server.js';
import { isPagingError } from './errors/paging-error.js';
import { DEFAULT_PAGING_PARAMETERS } from './paging-parameters.js';
import { nextLinkOf, rewritingFetch, setNextLink } from './test-support/rewriting-fetch.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000011';
const query = 'Appointment?status=booked&_count=5&_sort=date&_include=Appointment:patient';
let mock: MockFhirServer | undefined;
let hostile: RecordingServer | undefined;
afterEach(async () => {
  await mock?.close();
  await hostile?.close();
  mock = undefined;
  hostile = undefined;
});

async function startMock(): Promise<MockFhirServer> {
  mock = await createMockFhirServer({
    sites: [{ guid, seed: 5, size: 200 }],
    subscriptionKey: 'the-real-key',
  });
  return mock;
}

function mockClient(server: MockFhirServer, fetchImpl: typeof fetch = fetch) {
  return createFhirClient({
    halo: { siteId: guid, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    fetch: fetchImpl,
  });
}

/** A client whose every `next` link is rewritten by `rewrite` (given the link the mock sent). */
function clientRewritingNext(server: MockFhirServer, rewrite: (next: string) => string) {
  return mockClient(
    server,
    rewritingFetch((bundle) => {
      const next = nextLinkOf(bundle);
      if (next) setNextLink(bundle, rewrite(next));
    }),
  );
}

async function drain<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

/** Replaces parameter `name` of a URL (or removes it with undefined). */
function withParameter(link: string, name: string, value: string | undefined): string {
  const url = new URL(link);
  if (value === undefined) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.href;
}

describe('a next link that changes the search stops paging with AlteredSearchLinkError', () => {
  it.each([
    {
      kind: 'another resource type',
      rewrite: (next: string) => next.replace('/Appointment?', '/Observation?'),
      difference: 'searches Observation, not Appointment',
    },
    {
      kind: 'a changed search parameter',
      rewrite: (next: string) => withParameter(next, 'status', 'cancelled'),
      difference: 'changes the search parameters: it adds status=cancelled and drops status=booked',
    },
    {
      kind: 'an added search parameter',
      rewrite: (next: string) => `${next}&patient=Patient/someone-else`,
      difference: 'changes the search parameters: it adds patient=Patient/someone-else',
    },
    {
      kind: 'a dropped search parameter',
      rewrite: (next: string) => withParameter(next, 'status', undefined),
      difference: 'changes the search parameters: it drops status=booked',
    },
    {
      kind: 'a changed sort',
      rewrite: (next: string) => withParameter(next, '_sort', '-date'),
      difference: 'changes the search parameters: it adds _sort=-date and drops _sort=date',
    },
    {
      kind: 'an include the search did not ask for',
      rewrite: (next: string) => `${next}&_include=Appointment:practitioner`,
      difference: 'changes the search parameters: it adds _include=Appointment:practitioner',
    },
    {
      kind: 'a read instead of a search',
      rewrite: (next: string) => next.replace(/\/Appointment\?.*$/, '/Appointment/some-id'),
      difference: 'points at Appointment/some-id, not at a Appointment search',
    },
    {
      kind: 'the base with no type and no page token',
      rewrite: (next: string) => next.replace(/\/Appointment\?.*$/, '?status=booked'),
      difference: 'names no resource type and carries no page token',
    },
    {
      kind: 'a system search behind a page token',
      rewrite: (next: string) => `${next.replace(/\/Appointment\?.*$/, '')}?_getpages=abc&_type=Observation`,
      difference: 'searches the whole server with _type=Observation',
    },
  ])('$kind', async ({ rewrite, difference }) => {
    const server = await startMock();
    const iterator = clientRewritingNext(server, rewrite).pages(query);

    const { items, error } = await drain(iterator);

    expect(items).toHaveLength(1);
    expect(isPagingError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'AlteredSearchLinkError', resourceType: 'Appointment', difference });
    expect((error as Error).message).toContain(difference);
    // Nothing was sent to the altered link, and paging can be inspected where it stopped.
    expect(server.requests).toHaveLength(1);
    expect((error as { cursor: { pagesDelivered: number } }).cursor.pagesDelivered).toBe(1);
  });

  it('names the difference without the value of a credential parameter in the link', async () => {
    const server = await startMock();
    const client = clientRewritingNext(server, (next) => `${next}&api_key=leaked-secret&status=arrived`);

    const { error } = await drain(client.pages(query));

    expect(error).toMatchObject({ name: 'AlteredSearchLinkError' });
    // The cursor keeps the link as sent (the redaction of cursors is the client-wide chokepoint's job).
    const { message, link, difference, added } = error as Error & Record<string, unknown>;
    const shown = JSON.stringify({ message, link, difference, added });
    expect(shown).not.toContain('leaked-secret');
    expect((error as { added: string[] }).added).toEqual(['api_key=[REDACTED]', 'status=arrived']);
  });

  it('never shows the subscription key a server echoes into the altered link, in anything the error carries', async () => {
    const server = await startMock();
    const client = clientRewritingNext(server, (next) => `${next}&echo=${server.subscriptionKey}`);

    const { error } = await drain(client.pages(query));

    expect(error).toMatchObject({ name: 'AlteredSearchLinkError', added: ['echo=[REDACTED]'] });
    const shown = [
      String(error),
      (error as Error).stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: 6 }),
    ];
    for (const text of shown) expect(text).not.toContain(server.subscriptionKey);
  });

  it('leaves no page of the other search in resources(): every Appointment yielded, no Observation', async () => {
    const server = await startMock();
    const client = clientRewritingNext(server, (next) => next.replace('/Appointment?', '/Observation?'));

    const { items, error } = await drain(client.resources(query));

    expect(error).toMatchObject({ name: 'AlteredSearchLinkError' });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((resource) => resource.resourceType === 'Appointment')).toBe(true);
  });
});

describe('a next link that continues the search is followed', () => {
  it('the mock server’s own links (cursor, clamped count, Halo’s dropped include) page to the end', async () => {
    const server = await startMock();
    const direct = await drain(mockClient(server).resources(query));
    const haloLike = clientRewritingNext(server, (next) => {
      const url = new URL(next);
      url.searchParams.delete('_include');
      url.searchParams.set('_count', '5');
      url.searchParams.set('_format', 'json');
      return url.href;
    });

    const { items, error } = await drain(haloLike.resources(query));

    expect(error).toBeUndefined();
    expect(direct.items.length).toBeGreaterThan(10);
    expect(items.map((a) => a.id)).toEqual(direct.items.map((a) => a.id));
  });

  it('a server-owned parameter added to pagingParameters may change; without it, paging stops', async () => {
    const server = await startMock();
    // The proxy adds a parameter of its own to each link and strips it before the mock sees it.
    const proxy: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      url.searchParams.delete('_shard');
      return rewritingFetch((bundle) => {
        const next = nextLinkOf(bundle);
        if (next) setNextLink(bundle, `${next}&_shard=${Math.random()}`);
      })(new Request(url, request));
    };
    const client = mockClient(server, proxy);

    const refused = await drain(client.resources(query));
    const allowed = await drain(
      client.resources(query, { pagingParameters: [...DEFAULT_PAGING_PARAMETERS, '_shard'] }),
    );

    expect(refused.error).toMatchObject({
      name: 'AlteredSearchLinkError',
      added: [expect.stringMatching(/^_shard=/)],
    });
    expect(allowed.error).toBeUndefined();
    expect(allowed.items.length).toBeGreaterThan(refused.items.length);
  });

  it('rejects a paging-parameter list that is not a list of names, per call and per client', async () => {
    const server = await startMock();
    expect(() => mockClient(server).pages(query, { pagingParameters: ['_count', 'a=b'] })).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentError' }),
    );
    expect(() =>
      createFhirClient({
        halo: { siteId: guid, origin: server.url },
        paging: { pageTokenParameters: 'ct' as unknown as string[] },
      }),
    ).toThrow(expect.objectContaining({ name: 'InvalidClientOptionsError' }));
  });
});

/** What a HAPI FHIR server sends: `[base]?_getpages={id}&_getpagesoffset={n}` links with no type in the path. */
function hapiLikeServer(total: number, pageSize: number, extra: (page: number) => BundleEntry[] = () => []) {
  return (request: RecordedRequest) => {
    const url = new URL(request.url, 'http://hapi.invalid');
    const offset = Number(url.searchParams.get('_getpagesoffset') ?? '0');
    const base = `${hostile?.origin ?? ''}/fhir`;
    const entries: BundleEntry[] = [];
    for (let i = offset; i < Math.min(total, offset + pageSize); i++) {
      entries.push({
        fullUrl: `${base}/Patient/p${i}`,
        resource: { resourceType: 'Patient', id: `p${i}` },
        search: { mode: 'match' },
      });
    }
    const next = offset + pageSize < total;
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      total,
      link: next
        ? [
            {
              relation: 'next',
              url: `${base}?_getpages=4f1c-uuid&_getpagesoffset=${offset + pageSize}&_count=${pageSize}&_pretty=true&_bundletype=searchset`,
            },
          ]
        : [],
      entry: [...entries, ...extra(offset / pageSize + 1)],
    };
    return { body: bundle };
  };
}

describe('opaque page-token links and what a match is', () => {
  it('follows HAPI-style [base]?_getpages= links to the end, with the key, on the configured origin only', async () => {
    hostile = await startRecordingServer(hapiLikeServer(23, 5));
    const client = createFhirClient({ baseUrl: `${hostile.origin}/fhir`, subscriptionKey: 'hapi-key' });

    const { items, error } = await drain(client.resources('Patient?name=smith&_sort=family'));

    expect(error).toBeUndefined();
    expect(items.map((p) => p.id)).toEqual(Array.from({ length: 23 }, (_, i) => `p${i}`));
    expect(hostile.requests).toHaveLength(5);
    expect(hostile.requests.slice(1).every((r) => r.url.startsWith('/fhir?_getpages=4f1c-uuid&'))).toBe(true);
  });

  it('never yields another type as a match, whatever the server marks it', async () => {
    hostile = await startRecordingServer(
      hapiLikeServer(6, 3, (page) => [
        {
          resource: { resourceType: 'Observation', id: `o${page}`, status: 'final', code: {} },
          search: { mode: 'match' },
        },
        { resource: { resourceType: 'OperationOutcome', issue: [] }, search: { mode: 'match' } },
      ]),
    );
    const client = createFhirClient({ baseUrl: `${hostile.origin}/fhir` });

    const resources = await drain(client.resources('Patient?name=smith'));
    const pages = await drain(client.pages('Patient?name=smith'));

    expect(resources.error).toBeUndefined();
    expect(resources.items.map((r) => r.resourceType)).toEqual(Array(6).fill('Patient'));
    expect(pages.items[0]?.included.map((r) => r.resourceType)).toEqual(['Observation']);
    expect(pages.items[0]?.outcomes).toHaveLength(1);
  });
});
