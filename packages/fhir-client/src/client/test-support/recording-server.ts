import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a {@link RecordingServer} received. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What a {@link RecordingServer} answers. */
export interface CannedResponse {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** A real HTTP server on 127.0.0.1 (port 0) that records every request and answers with `respond`. */
export interface RecordingServer extends AsyncDisposable {
  readonly origin: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a recording server. Used where the testkit's mock server cannot play the part: a foreign
 * origin that must never see the subscription key, or a server that answers one exact response.
 */
export async function startRecordingServer(
  respond: (request: RecordedRequest) => CannedResponse | Promise<CannedResponse>,
): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: RecordedRequest = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      Promise.resolve(respond(request)).then((response) => {
        const body =
          response.body === undefined
            ? ''
            : typeof response.body === 'string'
              ? response.body
              : JSON.stringify(response.body);
        outgoing.writeHead(response.status ?? 200, {
          'content-type': 'application/fhir+json',
          ...response.headers,
        });
        outgoing.end(body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { origin: `http://127.0.0.1:${port}`, requests, close, [Symbol.asyncDispose]: close };
}
