import nock from 'nock';
import { TransportFault } from '../server/mock-exchange.js';
import {
  createMockFhirBackend,
  type MockFhirOptions,
  type MockFhirView,
} from '../server/mock-fhir-backend.js';

/** Options of {@link mockFhirWithNock}: the mock server's options plus the origin to intercept. */
export interface MockFhirWithNockOptions extends MockFhirOptions {
  /** Scheme, host and port whose requests nock answers. @default 'https://api.haloconnect.io' */
  readonly origin?: string;
}

/** The mock FHIR server served by nock interceptors; no socket is opened. Dispose it to remove them. */
export interface NockFhirMock extends Disposable, MockFhirView {
  /** The origin the interceptors answer. */
  readonly origin: string;
  /** Removes this mock's interceptors (other nock scopes stay). */
  restore(): void;
}

const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'] as const;

/**
 * Serves the mock FHIR server (same store, quirks, fault schedule and request-handling core as
 * {@link "@halo-fhir/fhir-testkit"!createMockFhirServer | createMockFhirServer}) through nock 14
 * interceptors on `origin`, for unit tests that want no socket. A `resetConnection` fault becomes a request error with code `ECONNRESET` (nock cannot
 * break a response after its headers).
 */
export function mockFhirWithNock(options: MockFhirWithNockOptions = {}): NockFhirMock {
  const origin = new URL(options.origin ?? 'https://api.haloconnect.io').origin;
  const backend = createMockFhirBackend(options, { origin });
  const scope = nock(origin).persist();
  const interceptors = methods.map((method) => {
    const interceptor = scope.intercept(() => true, method);
    interceptor.reply(function reply(uri, body, callback) {
      const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
      backend.handler
        .handle({ method, url: `${origin}${uri}`, headers: this.req.headers, body: text })
        .then((response) => {
          if (response.transportFault === TransportFault.ResetAfterHeaders) {
            const reset: NodeJS.ErrnoException = new Error('socket hang up (mock connection reset)');
            reset.code = 'ECONNRESET';
            callback(reset, [0]);
            return;
          }
          callback(null, [response.status, response.body, { ...response.headers }]);
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), [0]));
    });
    return interceptor;
  });
  const restore = (): void => {
    for (const interceptor of interceptors) nock.removeInterceptor(interceptor);
  };
  return {
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
    restore,
    [Symbol.dispose]: restore,
  };
}
