import { TransportFault } from './mock-exchange.js';
import { createMockFhirBackend, type MockFhirOptions, type MockFhirView } from './mock-fhir-backend.js';

/** Options of {@link createMockFhirFetch}: the mock server's options plus the origin it answers for. */
export interface MockFhirFetchOptions extends MockFhirOptions {
  /** Scheme, host and port of the URLs the mock answers. @default 'https://api.haloconnect.io' */
  readonly origin?: string;
}

/** The mock FHIR server as a `fetch` function: no socket, no interceptor, nothing to dispose. */
export interface MockFhirFetch extends MockFhirView {
  /** Answers a request from the mock's core; pass it as a client's `fetch` option. */
  readonly fetch: typeof fetch;
  /** The origin this fetch answers; other origins are rejected. */
  readonly origin: string;
}

// Statuses whose responses carry no body: `new Response(body)` throws for them.
const nullBodyStatuses = new Set([101, 204, 205, 304]);

// A delayed answer (a `timeout` fault waits on the clock) must give way to the caller's abort, as a
// socket would.
function untilAborted<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Serves the mock FHIR server (same store, quirks, fault schedule and request-handling core as
 * {@link createMockFhirServer}) as an in-process `fetch`, for simulations that send tens of
 * thousands of requests on a manual clock, where a socket per request costs more than the work.
 * A request to another origin is rejected with a `TypeError` (as `fetch` rejects a network
 * failure); a `resetConnection` fault rejects with a `TypeError` whose cause has code `ECONNRESET`.
 *
 * @example
 * ```ts
 * const mock = createMockFhirFetch({ clock: createManualClock('2026-11-26T09:00:00+11:00') });
 * const client = createFhirClient({ baseUrl: mock.baseUrl(), subscriptionKey: mock.subscriptionKey, fetch: mock.fetch });
 * ```
 */
export function createMockFhirFetch(options: MockFhirFetchOptions = {}): MockFhirFetch {
  const origin = new URL(options.origin ?? 'https://api.haloconnect.io').origin;
  const backend = createMockFhirBackend(options, { origin });
  const mockFetch: typeof fetch = async (input, init) => {
    // Clients such as ky pass a ready Request: cloning it would tee its body stream for nothing.
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== origin) {
      throw new TypeError(`Mock FHIR fetch answers ${origin} only, not ${url.origin}: use baseUrl()`);
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const body = request.body === null ? '' : await request.text();
    const response = await untilAborted(
      backend.handler.handle({ method: request.method, url: `${url.pathname}${url.search}`, headers, body }),
      request.signal,
    );
    if (response.transportFault === TransportFault.ResetAfterHeaders) {
      const reset: NodeJS.ErrnoException = new Error('socket hang up (mock connection reset)');
      reset.code = 'ECONNRESET';
      throw new TypeError('fetch failed', { cause: reset });
    }
    const empty = nullBodyStatuses.has(response.status) || request.method === 'HEAD';
    return new Response(empty ? null : response.body, {
      status: response.status,
      headers: response.headers,
    });
  };
  return {
    fetch: mockFetch,
    origin,
    baseUrl: (siteGuid) => `${origin}${backend.basePath(siteGuid)}`,
    subscriptionKey: backend.subscriptionKey,
    quirks: backend.quirks,
    siteGuids: backend.siteGuids,
    requests: backend.requests,
    faults: backend.faults,
    clock: backend.clock,
    store: backend.store,
    siteUrl: (siteGuid) => `${origin}${backend.sitePath(siteGuid)}`,
    sql: backend.sql,
    live: backend.live,
  };
}
