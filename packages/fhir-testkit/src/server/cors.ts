import { subscriptionKeyHeader } from './request-log.js';

/**
 * CORS for the mock server, so a page on another origin (a browser app under test) can call it:
 * `true` allows every origin, a list allows exactly those origins (`http://127.0.0.1:5173`).
 * Off by default, as Halo's API is not meant to be called from a browser (the subscription key
 * must never ship to one; a server-side proxy adds it).
 */
export type CorsOption = boolean | readonly string[];

/** Methods a page may use: every interaction the mock serves. */
export const corsAllowedMethods = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'] as const;

/**
 * Request headers a page may send: what the client sends (the FHIR media type, a form or FHIR body,
 * conditional headers) and the credentials a proxy or Halo reads. Names, compared case-insensitively.
 */
export const corsAllowedHeaders = [
  'Accept',
  'Authorization',
  'Content-Type',
  'If-Match',
  'If-Modified-Since',
  'If-None-Match',
  'Prefer',
  subscriptionKeyHeader,
] as const;

/** Response headers a page's script may read (beyond the CORS-safelisted ones): what the client reads. */
export const corsExposedHeaders = [
  'Content-Encoding',
  'Content-Location',
  'ETag',
  'Last-Modified',
  'Location',
  'Retry-After',
] as const;

/** How long a browser may cache a preflight answer, in seconds. */
export const corsMaxAgeSeconds = 600;

/** What {@link CorsPolicy.preflight} answers: a complete response, sent instead of the FHIR handler's. */
export interface CorsPreflightAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The mock server's CORS behaviour, made once from the `cors` option. */
export interface CorsPolicy {
  /**
   * The answer to a preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`): 204 with
   * the `Access-Control-Allow-*` headers for an allowed origin, 403 with no CORS header for another.
   * Undefined for every other request, which goes on to the handler.
   */
  preflight(
    method: string,
    headers: Readonly<Record<string, string | string[] | undefined>>,
  ): CorsPreflightAnswer | undefined;
  /**
   * Headers to add to an actual response: `Access-Control-Allow-Origin` and `-Expose-Headers` for an
   * allowed `Origin`, none for a disallowed or absent one; always `Vary: Origin`, since the answer
   * depends on it.
   */
  responseHeaders(origin: string | undefined): Readonly<Record<string, string>>;
}

/** A `cors` option the mock cannot use: the message names the value and the accepted forms. */
export class MockCorsOptionError extends TypeError {
  /** Always `'MockCorsOptionError'`. */
  override name = 'MockCorsOptionError';
}

/**
 * Makes the policy for a `cors` option, or undefined when CORS is off (`false` or not given).
 * @throws MockCorsOptionError for an entry that is not an origin (`scheme://host[:port]`, no path)
 */
export function createCorsPolicy(option: CorsOption | undefined): CorsPolicy | undefined {
  if (option === undefined || option === false) return undefined;
  const allowed = option === true ? undefined : new Set(option.map(normalizeOrigin));
  const isAllowed = (origin: string | undefined): origin is string =>
    origin !== undefined && origin !== '' && (allowed === undefined || allowed.has(origin.toLowerCase()));
  const vary = { vary: 'Origin' };
  return {
    preflight(method, headers) {
      const origin = single(headers.origin);
      if (method.toUpperCase() !== 'OPTIONS' || origin === undefined) return undefined;
      if (single(headers['access-control-request-method']) === undefined) return undefined;
      if (!isAllowed(origin)) {
        return {
          status: 403,
          headers: { ...vary, 'content-type': 'text/plain; charset=utf-8' },
          body: `Origin ${origin} is not allowed by the mock server's cors option.`,
        };
      }
      return {
        status: 204,
        headers: {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': corsAllowedMethods.join(', '),
          'access-control-allow-headers': corsAllowedHeaders.join(', '),
          'access-control-max-age': String(corsMaxAgeSeconds),
          vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
        },
        body: '',
      };
    },
    responseHeaders(origin) {
      if (!isAllowed(origin)) return vary;
      return {
        ...vary,
        'access-control-allow-origin': origin,
        'access-control-expose-headers': corsExposedHeaders.join(', '),
      };
    },
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `http://Example.test:8080/` → `http://example.test:8080`; a path, query or credentials are refused. */
function normalizeOrigin(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw notAnOrigin(entry);
  }
  const bare =
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.username === '' &&
    url.password === '';
  if (!bare || url.origin === 'null') throw notAnOrigin(entry);
  return url.origin;
}

function notAnOrigin(entry: string): MockCorsOptionError {
  return new MockCorsOptionError(
    `cors: "${entry}" is not an origin. Give each allowed origin as scheme://host[:port] with no path ` +
      `(e.g. "http://127.0.0.1:5173"), or true to allow every origin.`,
  );
}

/**
 * A response's headers with the CORS headers added; a `Vary` the response already has (e.g.
 * `Accept`) is kept, with `Origin` appended.
 */
export function withCorsHeaders(
  headers: Readonly<Record<string, string>>,
  cors: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = { ...headers };
  for (const [name, value] of Object.entries(cors)) {
    const existing = Object.keys(out).find((key) => key.toLowerCase() === name);
    if (name === 'vary' && existing !== undefined) {
      out[existing] = `${out[existing]}, ${value}`;
    } else {
      if (existing !== undefined) delete out[existing];
      out[name] = value;
    }
  }
  return out;
}
