import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CorsOption, createCorsPolicy, withCorsHeaders } from './cors.js';
import type { MockRequest, MockResponse } from './mock-exchange.js';
import { TransportFault } from './mock-exchange.js';
import { createMockFhirBackend, type MockFhirOptions, type MockFhirView } from './mock-fhir-backend.js';
import { MAX_REQUEST_HEAD_BYTES } from './url-limit.js';

/** Options of {@link createMockFhirServer}. */
export interface MockFhirServerOptions extends MockFhirOptions {
  /** TCP port on 127.0.0.1. @default 0 (any free port) */
  readonly port?: number;
  /**
   * CORS, for a browser page on another origin: `true` allows every origin, a list allows exactly
   * those (`['http://127.0.0.1:5173']`). Preflights are answered with the methods, the request headers
   * the client sends (`Ocp-Apim-Subscription-Key` and `Authorization` among them) and a max age;
   * responses expose `ETag`, `Last-Modified`, `Location`, `Content-Location` and `Retry-After`.
   * A disallowed origin gets no CORS header (and its preflight a 403).
   * @default false (no CORS headers, as Halo's API)
   */
  readonly cors?: CorsOption;
}

/** A running mock FHIR server. Dispose it (or `close()`) when the test ends. */
export interface MockFhirServer extends AsyncDisposable, MockFhirView {
  /** `http://127.0.0.1:{port}`. */
  readonly url: string;
  /**
   * The default site's plain FHIR base, `{url}{basePath}` (`/fhir/R4` unless the `basePath` option
   * says otherwise): the same site as `baseUrl()`, at a path that does not look like Halo's, so a
   * client that switches Halo behaviours on from the URL (ours does) treats it as any FHIR server.
   */
  plainBaseUrl(): string;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function toMockRequest(request: IncomingMessage, body: string): MockRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { method: request.method ?? 'GET', url: request.url ?? '/', headers, body };
}

function send(
  response: ServerResponse,
  mock: MockResponse,
  corsHeaders: Readonly<Record<string, string>>,
): void {
  const body = Buffer.from(mock.body, 'utf8');
  const headers = { ...withCorsHeaders(mock.headers, corsHeaders), 'content-length': String(body.length) };
  if (mock.transportFault === TransportFault.ResetAfterHeaders) {
    // Announce the full length, send half, then break the socket: the client sees headers and a
    // 2xx status, and only then the failure, as when a gateway drops a connection mid-response.
    response.writeHead(mock.status, headers);
    response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
    return;
  }
  response.writeHead(mock.status, headers);
  response.end(body);
}

/**
 * Starts a mock Halo FHIR server on real HTTP at `127.0.0.1` (port 0 unless given), serving seeded
 * practice data with Halo's quirks on by default and a deterministic fault schedule.
 *
 * @example
 * ```ts
 * await using server = await createMockFhirServer({ clock: createManualClock('2026-11-26T09:00:00+11:00') });
 * server.faults.siteOffline(server.siteGuids[0]!, { forMs: 10 * 60_000 });
 * ```
 */
export async function createMockFhirServer(options: MockFhirServerOptions = {}): Promise<MockFhirServer> {
  const backend = createMockFhirBackend(options);
  const cors = createCorsPolicy(options.cors);
  const server = createServer({ maxHeaderSize: MAX_REQUEST_HEAD_BYTES }, (request, response) => {
    const preflight = cors?.preflight(request.method ?? 'GET', request.headers);
    if (preflight !== undefined) {
      send(response, preflight, {});
      return;
    }
    const corsHeaders = cors?.responseHeaders(request.headers.origin) ?? {};
    readBody(request)
      .then((body) => backend.handler.handle(toMockRequest(request, body)))
      .then((mock) => send(response, mock, corsHeaders))
      .catch((error: unknown) => {
        // Mid-response (e.g. the client went away during a delay) there is nobody left to tell.
        if (response.headersSent) {
          response.destroy();
          return;
        }
        response.statusCode = 500;
        for (const [name, value] of Object.entries(corsHeaders)) response.setHeader(name, value);
        response.end(`Mock server error: ${error instanceof Error ? error.message : String(error)}`);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
    return closing;
  };
  return {
    url,
    baseUrl: (siteGuid) => `${url}${backend.basePath(siteGuid)}`,
    plainBaseUrl: () => `${url}${backend.plainBasePath}`,
    subscriptionKey: backend.subscriptionKey,
    quirks: backend.quirks,
    siteGuids: backend.siteGuids,
    requests: backend.requests,
    faults: backend.faults,
    clock: backend.clock,
    store: backend.store,
    siteUrl: (siteGuid) => `${url}${backend.sitePath(siteGuid)}`,
    sql: backend.sql,
    live: backend.live,
    close,
    [Symbol.asyncDispose]: close,
  };
}
