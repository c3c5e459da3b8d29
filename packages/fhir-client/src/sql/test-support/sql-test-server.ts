import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface SeenRequest {
  readonly method: string;
  /** Path relative to the site base, e.g. `queries/immediate` ('' for the site). */
  readonly path: string;
  readonly json: unknown;
  readonly headers: IncomingMessage['headers'];
}

/** What the handler answers: a JSON body, or a dropped connection after the request was read. */
export type Reply =
  | {
      readonly status: number;
      readonly json?: unknown;
      readonly text?: string;
      readonly headers?: Record<string, string>;
    }
  | { readonly drop: true };

/** A real HTTP server on 127.0.0.1 for one Halo site's SQL routes. */
export interface SqlTestServer {
  /** `http://127.0.0.1:{port}/integrator/sites/{site}`. */
  readonly siteBase: string;
  readonly origin: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

/** Starts a server that answers every request under the site's base with `handle`. */
export async function startSqlTestServer(
  site: string,
  handle: (request: SeenRequest) => Reply | Promise<Reply>,
): Promise<SqlTestServer> {
  const requests: SeenRequest[] = [];
  const prefix = `/integrator/sites/${site}`;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname.startsWith(prefix)
      ? url.pathname.slice(prefix.length).replace(/^\//, '')
      : url.pathname;
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path,
      json: text === '' ? undefined : JSON.parse(text),
      headers: req.headers,
    };
    requests.push(seen);
    const reply = await handle(seen);
    if ('drop' in reply) {
      req.socket.destroy();
      return;
    }
    const body = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    siteBase: `${origin}${prefix}`,
    origin,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
