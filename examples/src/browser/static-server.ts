import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PageFiles } from './build-page.js';

/** A static file server on 127.0.0.1: one origin a page can be served from. */
export interface StaticServer {
  /** `http://127.0.0.1:{port}`: the page's origin. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `files` (GET only; `/` is `/index.html`) on 127.0.0.1 at a free port. */
export async function startStaticServer(files: PageFiles): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://page.invalid').pathname;
    const file = files.get(path === '/' ? '/index.html' : path);
    if (request.method !== 'GET' || file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
