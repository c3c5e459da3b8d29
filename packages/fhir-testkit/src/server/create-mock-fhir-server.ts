import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockRequest, MockResponse } from './mock-exchange.js';
import { TransportFault } from './mock-exchange.js';
import { createMockFhirBackend, type MockFhirOptions, type MockFhirView } from './mock-fhir-backend.js';
import { MAX_REQUEST_HEAD_BYTES } from './url-limit.js';

/** Options of {@link createMockFhirServer}. */
export interface MockFhirServerOptions extends MockFhirOptions {
  /** TCP port on 127.0.0.1. @default 0 (any free port) */
  readonly port?: number;
}

/** A running mock FHIR server. Dispose it (or `close()`) when the test ends. */
export interface MockFhirServer extends AsyncDisposable, MockFhirView {
  /** `http://127.0.0.1:{port}`. */
  readonly url: string;
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

function send(response: ServerResponse, mock: MockResponse): void {
  const body = Buffer.from(mock.body, 'utf8');
  if (mock.transportFault === TransportFault.ResetAfterHeaders) {
    // Announce the full length, send half, then break the socket: the client sees headers and a
    // 2xx status, and only then the failure, as when a gateway drops a connection mid-response.
    response.writeHead(mock.status, { ...mock.headers, 'content-length': String(body.length) });
    response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
    return;
  }
  response.writeHead(mock.status, { ...mock.headers, 'content-length': String(body.length) });
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
  const server = createServer({ maxHeaderSize: MAX_REQUEST_HEAD_BYTES }, (request, response) => {
    readBody(request)
      .then((body) => backend.handler.handle(toMockRequest(request, body)))
      .then((mock) => send(response, mock))
      .catch((error: unknown) => {
        // Mid-response (e.g. the client went away during a delay) there is nobody left to tell.
        if (response.headersSent) {
          response.destroy();
          return;
        }
        response.statusCode = 500;
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
    subscriptionKey: backend.subscriptionKey,
    quirks: backend.quirks,
    siteGuids: backend.siteGuids,
    requests: backend.requests,
    faults: backend.faults,
    clock: backend.clock,
    store: backend.store,
    siteUrl: (siteGuid) => `${url}${backend.sitePath(siteGuid)}`,
    sql: backend.sql,
    close,
    [Symbol.asyncDispose]: close,
  };
}
