import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import type { Patient } from 'fhir/r4.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { createManualClock } from '../resilience/clock.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { isNetworkBlockedError, NetworkBlockedError } from './network-blocked-error.js';
import { isNetworkError, NetworkError } from './network-error.js';

// What a browser page looks like to the client: a `location` with an http(s) origin, and a `fetch`
// that rejects with a bare TypeError when the browser blocks a request (the real thing runs in
// headless Chromium: examples/src/browser). The server is the testkit's, over real HTTP.
const pageOrigin = 'http://127.0.0.1:5173';
const guid = 'a1b2c3d4-0000-4000-8000-00000000b10c';
const patient: Patient = {
  resourceType: 'Patient',
  id: 'pat-1',
  active: true,
  name: [{ family: 'Blocked' }],
};
let server: MockFhirServer;

beforeEach(async () => {
  server = await createMockFhirServer({
    sites: [
      {
        guid,
        resources: [patient],
      },
    ],
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await server.close();
});

/** A fetch whose first `blocked` calls fail as a browser's do on a CORS or network block. */
function browserFetch(blocked: number): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    fetch: (input, init) => {
      calls++;
      if (calls <= blocked) return Promise.reject(new TypeError('Failed to fetch'));
      return fetch(input, init);
    },
  };
}

function clientWith(fetchImpl: typeof fetch) {
  return createFhirClient({
    halo: { siteId: guid, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    fetch: fetchImpl,
    // Retries without waiting: full jitter with random 0 is no delay.
    policy: createResiliencePolicy({ maxAttempts: 3, clock: createManualClock(0), random: () => 0 }),
  });
}

describe('a request a browser blocks', () => {
  it('fails a cross-origin request from a page with NetworkBlockedError after one attempt, naming the page origin', async () => {
    vi.stubGlobal('location', { origin: pageOrigin });
    const browser = browserFetch(3);
    const error = await clientWith(browser.fetch)
      .read('Patient', 'pat-1')
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NetworkBlockedError);
    expect(error).toMatchObject({
      name: 'NetworkBlockedError',
      category: 'network',
      retryable: false,
      attempt: 1,
      status: undefined,
      pageOrigin,
    });
    expect([isNetworkBlockedError(error), isNetworkError(error)]).toEqual([true, true]);
    const message = (error as Error).message;
    expect(message).toContain('the browser blocked the request: CORS or network');
    expect(message).toContain(`Check the server's Access-Control-Allow-Origin for ${pageOrigin}`);
    expect(message).not.toContain(server.subscriptionKey);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(browser.calls()).toBe(1);
  });

  it('keeps a retryable NetworkError, and retries, where CORS cannot be the cause', async () => {
    // Same origin as the page: no CORS involved, so a failure is the network's and may heal.
    vi.stubGlobal('location', { origin: server.url });
    const sameOrigin = browserFetch(1);
    const patient = await clientWith(sameOrigin.fetch).read('Patient', 'pat-1');
    expect(patient.id).toBe('pat-1');
    expect(sameOrigin.calls()).toBe(2);

    // A page the browser says is offline: the network, not CORS.
    vi.stubGlobal('location', { origin: pageOrigin });
    vi.stubGlobal('navigator', { onLine: false });
    const offline = browserFetch(1);
    expect((await clientWith(offline.fetch).read('Patient', 'pat-1')).id).toBe('pat-1');
    expect(offline.calls()).toBe(2);
  });

  it('keeps NetworkError outside a browser page (no location), and for a failure that is not a TypeError', async () => {
    vi.stubGlobal('location', undefined);
    const node = browserFetch(3);
    const error = await clientWith(node.fetch)
      .read('Patient', 'pat-1')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isNetworkBlockedError(error)).toBe(false);
    expect(error).toMatchObject({ name: 'NetworkError', retryable: true, attempt: 3 });
    expect(node.calls()).toBe(3);

    vi.stubGlobal('location', { origin: pageOrigin });
    let calls = 0;
    const reset: typeof fetch = () => {
      calls++;
      return Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    };
    const notBlocked = await clientWith(reset)
      .read('Patient', 'pat-1')
      .catch((caught: unknown) => caught);
    expect(notBlocked).toMatchObject({ name: 'NetworkError', code: 'ECONNRESET', retryable: true });
    expect(calls).toBe(3);
  });
});
