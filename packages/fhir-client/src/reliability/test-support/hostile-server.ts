import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A real HTTP server on 127.0.0.1 (port 0) whose every answer the test writes by hand. */
export interface HostileServer extends AsyncDisposable {
  readonly origin: string;
  /** Request URLs (path and query) in the order they arrived. */
  readonly requests: string[];
  /** Resolves when the `count`-th connection the server accepted has been closed (by either side). @default 1 */
  connectionClosed(count?: number): Promise<void>;
  close(): Promise<void>;
}

/** What a hostile handler gets: the request, and the response to misuse. */
export type HostileHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Starts a server that answers every request with `handle`. It tracks its connections, so a test
 * can prove the client closed one (a trickle or an endless body it gave up on) rather than leaving
 * it open, and `close` destroys whatever is left, so no test leaks a socket.
 */
export async function startHostileServer(handle: HostileHandler): Promise<HostileServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  let closedCount = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '/');
    handle(request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      closedCount++;
      for (const waiter of waiters.filter((w) => w.count <= closedCount)) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    connectionClosed: (count = 1) =>
      count <= closedCount ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    close,
    [Symbol.asyncDispose]: close,
  };
}

/**
 * Writes `chunk` to `response` every `everyMs` real milliseconds until the connection closes: the
 * body that never ends (and, with a small chunk and a long interval, the trickle).
 */
export function writeForever(response: ServerResponse, chunk: string | Buffer, everyMs: number): void {
  const timer = setInterval(() => {
    if (response.destroyed || response.writableEnded) clearInterval(timer);
    else response.write(chunk);
  }, everyMs);
  response.on('close', () => clearInterval(timer));
}

/** Writes `chunk` as fast as the connection takes it, until the connection closes: the endless body. */
export function writeEndlessly(response: ServerResponse, chunk: Buffer): void {
  const pump = (): void => {
    while (!response.destroyed && !response.writableEnded) {
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
  };
  pump();
}
