import { isFhirRequestError } from './fhir-request-error.js';
import { NetworkError, type NetworkErrorOptions } from './network-error.js';

/** What the client knows when a browser refuses a cross-origin request. */
export interface NetworkBlockedErrorOptions extends NetworkErrorOptions {
  /** The origin of the page (or worker) that sent the request, e.g. `https://app.example.com`. */
  readonly pageOrigin: string;
}

/**
 * A browser page's cross-origin request failed with no response at all: the browser blocked it,
 * by CORS (the server did not allow this page's origin, or one of the request's headers) or by
 * the network (server down, DNS, an extension, mixed content). A browser hides which on purpose:
 * `fetch` rejects with a bare `TypeError` ("Failed to fetch", "Load failed", "NetworkError when
 * attempting to fetch resource") and the reason goes only to the developer console.
 *
 * Not retryable: a CORS refusal does not heal on retry, so the request is sent once and this error
 * says where to look. A real network failure may heal; the caller can retry later, and a page that
 * is offline (`navigator.onLine === false`) gets a retryable `NetworkError` instead. Same-origin
 * requests, and every request outside a browser page (Node, where there is no `location`), keep
 * `NetworkError`: CORS cannot be the cause there. Its `category` stays `network`, and
 * `isNetworkError` is true for it.
 *
 * It counts toward the site's circuit breaker like any connection failure: the page cannot tell a
 * CORS refusal from a server that is down, and a down server is what the breaker is for. A page
 * that keeps hitting a CORS refusal therefore gets `PausedError` after a few tries, until the
 * breaker lets a probe through; fix the server's CORS settings rather than retrying.
 */
export class NetworkBlockedError extends NetworkError {
  /** Always `'NetworkBlockedError'`. */
  override name = 'NetworkBlockedError';
  /** The origin of the page that sent the request: the one the server must allow. */
  readonly pageOrigin: string;

  constructor(options: NetworkBlockedErrorOptions) {
    const { pageOrigin } = options;
    super(options, {
      retryable: false,
      detail: 'the browser blocked the request: CORS or network',
      action:
        `Check the server's Access-Control-Allow-Origin for ${pageOrigin} (and Access-Control-Allow-Headers ` +
        'for the headers sent), and that the server is reachable from this page; the browser console names ' +
        'the cause. Sent once: a CORS refusal does not heal on retry.',
    });
    this.pageOrigin = pageOrigin;
  }
}

/** True when `value` is a {@link NetworkBlockedError}, from this or any other copy of the library. */
export function isNetworkBlockedError(value: unknown): value is NetworkBlockedError {
  return (
    value instanceof NetworkBlockedError ||
    (isFhirRequestError(value) && value.name === 'NetworkBlockedError')
  );
}

/**
 * The error for a request that failed before any response arrived: a {@link NetworkBlockedError}
 * when a browser page sent it to another origin, `fetch` rejected with a `TypeError` (how browsers
 * report a CORS or network block) and the page is not offline; a retryable `NetworkError` otherwise.
 */
export function connectionFailure(options: NetworkErrorOptions): NetworkError {
  const pageOrigin = browserPageOrigin();
  if (pageOrigin !== undefined && options.cause instanceof TypeError && !browserOffline()) {
    if (originOf(options.url) !== pageOrigin) return new NetworkBlockedError({ ...options, pageOrigin });
  }
  return new NetworkError(options);
}

/** `location.origin` in a browser page or worker; undefined in Node (no `location`) and on `file:` pages. */
function browserPageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && /^https?:\/\//.test(origin) ? origin : undefined;
}

function browserOffline(): boolean {
  return (globalThis as { navigator?: { onLine?: unknown } }).navigator?.onLine === false;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
