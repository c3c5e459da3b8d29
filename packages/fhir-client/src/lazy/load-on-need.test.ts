import { createMockFhirServer, generateSiteData, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isFhirClientError } from '../errors/fhir-client-error.js';
import { isModuleLoadError, ModuleLoadError } from '../errors/module-load-error.js';
import { loadOnNeed } from './load-on-need.js';

const GUID = '5d7f3a10-0000-4000-8000-00000000000b';
let server: MockFhirServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.doUnmock('#lazy-parts');
  vi.doUnmock('../client/request-errors.js');
  vi.doUnmock('../resilience/failure-path.js');
  vi.resetModules();
});

/** What a browser says when the chunk of a dynamic import cannot be fetched. */
const chunkFetchFailed = () =>
  new TypeError('Failed to fetch dynamically imported module: /assets/chunk-x.js');

describe('loadOnNeed', () => {
  test('loads once, on the first call, and hands every caller the same promise', async () => {
    const load = vi.fn(async () => ({ answer: 42 }));
    const loader = loadOnNeed('the answer', load);
    expect(load).not.toHaveBeenCalled();
    const [first, second] = [loader(), loader()];
    expect(first).toBe(second);
    expect(await first).toEqual({ answer: 42 });
    expect(await loader()).toBe(await first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a failed load is a ModuleLoadError naming the part, with the cause; the next call tries again', async () => {
    const cause = chunkFetchFailed();
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(cause).mockResolvedValueOnce('loaded');
    const loader = loadOnNeed('the typed errors of a failed request', load);

    const error = await loader().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ModuleLoadError);
    expect(isModuleLoadError(error) && isFhirClientError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'ModuleLoadError',
      part: 'the typed errors of a failed request',
      cause,
      message: expect.stringMatching(
        /^Could not load the typed errors of a failed request, .*\(Failed to fetch dynamically imported module.*\)\. Check the network/,
      ),
    });
    expect(await loader()).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('outside a browser bundle, every part is loaded with the module: its loader is already resolved', async () => {
    const parts = await import('#lazy-parts');
    const order: string[] = [];
    const loaded = parts.loadRequestErrors().then(() => order.push('request errors'));
    const failure = parts.loadFailurePath().then(() => order.push('failure path'));
    await Promise.resolve();
    order.push('one microtask later');
    await Promise.all([loaded, failure]);
    expect(order).toEqual(['request errors', 'failure path', 'one microtask later']);
  });

  test('isModuleLoadError also knows one from another copy of the library, by name', () => {
    const copy = Object.assign(new Error('x'), { name: 'ModuleLoadError', part: 'p' });
    expect(isModuleLoadError(copy)).toBe(true);
    expect(isModuleLoadError(new Error('x'))).toBe(false);
  });
});

/**
 * A client over the testkit's server, from fresh modules loading their parts as a browser bundle
 * does (`lazy-parts.browser.ts`, with `import()`), so the mocks below make a part's load fail.
 */
async function clientOfFreshModules() {
  vi.doMock('#lazy-parts', () => import('./lazy-parts.browser.js'));
  const { createFhirClient } = await import('../index.js');
  server = await createMockFhirServer({
    sites: [{ guid: GUID, resources: generateSiteData({ seed: 5, size: 50, practitioners: 1, days: 1 }) }],
  });
  return createFhirClient({
    baseUrl: server.baseUrl(GUID),
    subscriptionKey: server.subscriptionKey,
    timeZone: 'Australia/Sydney',
  });
}

describe('a part that cannot be loaded, through the client as a browser bundle runs it', () => {
  test("a failed request whose errors' chunk cannot be fetched fails with ModuleLoadError, not an unhandled rejection", async () => {
    vi.resetModules();
    vi.doMock('../client/request-errors.js', () => {
      throw chunkFetchFailed();
    });
    const client = await clientOfFreshModules();
    server?.faults.siteOffline(GUID, { forMs: 60_000 });

    const error = await client.read('Patient', 'nobody').catch((thrown: unknown) => thrown);
    expect(isModuleLoadError(error)).toBe(true);
    expect(error).toMatchObject({ part: 'the typed errors of a failed request' });
    expect(JSON.stringify(error)).not.toContain(server?.subscriptionKey);
  });

  test("a failed attempt whose failure handling's chunk cannot be fetched fails with ModuleLoadError", async () => {
    vi.resetModules();
    vi.doMock('../resilience/failure-path.js', () => {
      throw chunkFetchFailed();
    });
    const client = await clientOfFreshModules();
    server?.faults.siteOffline(GUID, { forMs: 60_000 });

    const events: string[] = [];
    client.on((event) => events.push(event.type));
    const error = await client.read('Patient', 'nobody').catch((thrown: unknown) => thrown);
    expect(isModuleLoadError(error)).toBe(true);
    expect(error).toMatchObject({ part: "the resilience policy's failure handling" });
    // Reported like any final failure: one request, one error event, counted.
    expect(events).toEqual(['request', 'error']);
    expect(client.stats()).toMatchObject({ requests: 1, failures: 1, retries: 0 });
  });
});
