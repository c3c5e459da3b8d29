import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pageOf, type PreparedPages } from './prepared-pages.js';

/** A running paging server: prepared Bundle pages from memory over node:http on 127.0.0.1. */
export interface PagingServer {
  /** FHIR base with a trailing slash, e.g. `http://127.0.0.1:41234/fhir/`. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** Pages of the warm-up search served under `/warmup/fhir/`. */
export const warmUpPages = 10;

/**
 * Serves `pages` on 127.0.0.1, port 0. Every GET under `/fhir/` answers the page named by `_page`
 * (default 1), whatever the path, so clients that rebuild the URL from the resource type and the
 * `next` link's query (as Medplum does) reach the same page as clients that follow the link verbatim.
 * The same search cut to `warmUpPages` pages is served under `/warmup/fhir/`, so a contender can warm
 * up (JIT, connection, lazy module state) before it is measured.
 */
export async function startPagingServer(pages: PreparedPages): Promise<PagingServer> {
  let baseUrl = '';
  let warmUpBaseUrl = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const warmUp = url.pathname.startsWith('/warmup/fhir/');
    if (req.method !== 'GET' || !(warmUp || url.pathname.startsWith('/fhir/'))) {
      res.writeHead(404, { 'content-type': 'application/fhir+json' });
      res.end('{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found"}]}');
      return;
    }
    const body = Buffer.from(
      warmUp ? pages.body(pageOf(url), warmUpBaseUrl, warmUpPages) : pages.body(pageOf(url), baseUrl),
    );
    res.writeHead(200, {
      'content-type': 'application/fhir+json; charset=utf-8',
      'content-length': body.length,
    });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}/fhir/`;
  warmUpBaseUrl = `http://127.0.0.1:${port}/warmup/fhir/`;
  return {
    baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
