import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { type RecordingServer, startRecordingServer } from '../client/test-support/recording-server.js';
import { isPagingError } from './errors/paging-error.js';
import { confineToBase } from './same-origin.js';
import { nextLinkOf, rewritingFetch, setNextLink } from './test-support/rewriting-fetch.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000002';
const query = 'Appointment?_count=10&_sort=date&_include=Appointment:patient';
let mock: MockFhirServer;
let foreign: RecordingServer;
afterEach(async () => {
  await mock.close();
  await foreign.close();
});

async function start(): Promise<void> {
  mock = await createMockFhirServer({
    sites: [{ guid, seed: 3, size: 200 }],
    subscriptionKey: 'the-real-key',
  });
  // Stands for any other origin: it records what it receives and serves a page if asked.
  foreign = await startRecordingServer(() => ({ body: { resourceType: 'Bundle', type: 'searchset' } }));
}

function clientWith(fetchImpl: typeof fetch) {
  return createFhirClient({
    halo: { siteId: guid, origin: mock.url },
    subscriptionKey: mock.subscriptionKey,
    fetch: fetchImpl,
  });
}

async function drain(iterable: AsyncIterable<unknown>): Promise<{ count: number; error: unknown }> {
  let count = 0;
  try {
    for await (const _ of iterable) count++;
    return { count, error: undefined };
  } catch (error) {
    return { count, error };
  }
}

describe('the same-origin rule for page links', () => {
  it('rebases a link on another origin whose path is under the base, and never contacts that origin', async () => {
    await start();
    const proxied = clientWith(
      rewritingFetch((bundle) => {
        const next = nextLinkOf(bundle);
        // A proxy reporting its internal host: same path, another origin.
        if (next) setNextLink(bundle, next.replace(mock.url, foreign.origin));
      }),
    );
    const direct = clientWith(fetch);

    const viaProxy = await drain(proxied.pages(query));
    const expected = await drain(direct.pages(query));

    expect(viaProxy.error).toBeUndefined();
    expect(viaProxy.count).toBe(expected.count);
    expect(viaProxy.count).toBeGreaterThan(1);
    expect(foreign.requests).toEqual([]);
  });

  it('stops with ForeignLinkError for a link outside the base, sending nothing (and no key) to it', async () => {
    await start();
    const client = clientWith(
      rewritingFetch((bundle) => {
        if (nextLinkOf(bundle)) setNextLink(bundle, `${foreign.origin}/elsewhere/Appointment?_cursor=x`);
      }),
    );

    const iterator = client.pages(query);
    const { count, error } = await drain(iterator);

    expect(count).toBe(1);
    expect(isPagingError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'ForeignLinkError',
      link: `${foreign.origin}/elsewhere/Appointment`,
    });
    expect(String((error as Error).message)).not.toContain('the-real-key');
    expect(foreign.requests).toEqual([]);
    expect(mock.requests).toHaveLength(1);
    // Paging stopped where it was: the cursor still names the refused link.
    expect(iterator.cursor.next).toBe(`${foreign.origin}/elsewhere/Appointment?_cursor=x`);
  });

  it('refuses a link to another practice on the same origin', async () => {
    await start();
    const client = clientWith(
      rewritingFetch((bundle) => {
        const next = nextLinkOf(bundle);
        if (next) setNextLink(bundle, next.replace(guid, 'ffffffff-0000-4000-8000-000000000000'));
      }),
    );

    const { error } = await drain(client.pages(query));

    expect(error).toMatchObject({ name: 'ForeignLinkError' });
    expect(mock.requests).toHaveLength(1);
  });
});

describe('loop detection', () => {
  it('stops with PagingLoopError when a next link leads back to a page already delivered', async () => {
    await start();
    let firstNext: string | undefined;
    const client = clientWith(
      rewritingFetch((bundle) => {
        firstNext ??= nextLinkOf(bundle);
        // From the second page on, the server "forgets" its position and sends page 2's link again.
        if (firstNext) setNextLink(bundle, firstNext);
      }),
    );

    const { count, error } = await drain(client.pages(query));

    expect(count).toBe(2);
    expect(error).toMatchObject({ name: 'PagingLoopError' });
    expect((error as { cursor: { pagesDelivered: number } }).cursor.pagesDelivered).toBe(2);
    expect(mock.requests).toHaveLength(2);
  });
});

describe('confineToBase', () => {
  const base = new URL('https://api.haloconnect.io/integrator/sites/abc/fhir/R4/');

  it.each([
    [
      'https://api.haloconnect.io/integrator/sites/abc/fhir/R4/Appointment?_cursor=1',
      'https://api.haloconnect.io/integrator/sites/abc/fhir/R4/Appointment?_cursor=1',
      false,
    ],
    [
      'http://10.0.0.7:8080/integrator/sites/abc/fhir/R4/Appointment?_cursor=1',
      'https://api.haloconnect.io/integrator/sites/abc/fhir/R4/Appointment?_cursor=1',
      true,
    ],
    [
      'https://api.haloconnect.io/integrator/sites/abc/fhir/R4?_getpages=x',
      'https://api.haloconnect.io/integrator/sites/abc/fhir/R4?_getpages=x',
      false,
    ],
  ])('accepts %s as %s (rebased: %s)', (link, expected, rebased) => {
    const confined = confineToBase(new URL(link), base);
    expect(confined.url.href).toBe(expected);
    expect(confined.rebased).toBe(rebased);
  });

  it.each([
    'https://evil.example/steal?x=1',
    'https://api.haloconnect.io/integrator/sites/abcd/fhir/R4/Appointment',
    'https://api.haloconnect.io/integrator/sites/other/fhir/R4/Appointment',
    'https://evil.example/integrator/sites/abc/fhir/R4-evil/Appointment',
  ])('refuses %s', (link) => {
    expect(() => confineToBase(new URL(link), base)).toThrow(
      expect.objectContaining({ name: 'ForeignLinkError' }),
    );
  });
});
