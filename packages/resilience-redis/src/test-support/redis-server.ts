import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** A redis-server this test started on a loopback port, which it can stop, restart and freeze. */
export interface RedisProcess {
  readonly port: number;
  readonly url: string;
  /** A plain client for looking at keys (closed by `stop`). */
  readonly inspect: Redis;
  /** Kills the server (its data is gone: it never saves) and starts a new one on the same port. */
  restart(): Promise<void>;
  /** SIGSTOP: the server keeps its connections but answers nothing, like a hung Redis. */
  freeze(): void;
  /** SIGCONT: it answers again. */
  thaw(): void;
  stop(): Promise<void>;
}

const binary = process.env.REDIS_SERVER ?? 'redis-server';

/** Fails (never skips) with what to do when redis-server is not installed. */
function assertInstalled(): void {
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `redis-server is required by the Redis store's tests and was not found (${binary}): install it ` +
        "(Debian: apt-get install redis-server; CI's .ci/run does) or set REDIS_SERVER to its path.",
    );
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no loopback port');
  return address.port;
}

async function waitForPing(port: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const probe = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    probe.on('error', () => {});
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') return;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`redis-server on port ${port} did not answer PING within 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      probe.disconnect();
    }
  }
}

function launch(port: number): ChildProcess {
  return spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
}

/**
 * The Redis that CI started for the tests (`REDIS_URL`, see .ci/run), for tests that only read and
 * write; elsewhere a private one (`startRedis`). Tests that restart or freeze Redis always start their own.
 */
export async function sharedRedis(): Promise<Pick<RedisProcess, 'url' | 'inspect' | 'stop'>> {
  const url = process.env.REDIS_URL;
  if (!url) return startRedis();
  const inspect = new Redis(url);
  inspect.on('error', () => {});
  if ((await inspect.ping()) !== 'PONG') throw new Error(`REDIS_URL ${url} does not answer PING`);
  return { url, inspect, stop: async () => inspect.disconnect() };
}

/** Starts a private redis-server on a free loopback port and waits until it answers PING. */
export async function startRedis(): Promise<RedisProcess> {
  assertInstalled();
  const port = await freePort();
  let child = launch(port);
  await waitForPing(port);
  const inspect = new Redis({ port, host: '127.0.0.1' });
  inspect.on('error', () => {});
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGCONT');
    child.kill('SIGKILL');
    await once(child, 'exit');
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    inspect,
    async restart() {
      await kill();
      child = launch(port);
      await waitForPing(port);
    },
    freeze: () => child.kill('SIGSTOP'),
    thaw: () => child.kill('SIGCONT'),
    async stop() {
      inspect.disconnect();
      await kill();
    },
  };
}

/**
 * Makes what every store wrote known to every store: first each one's writes reach Redis, then each
 * one's Pub/Sub PING comes back after every announcement. (One pass in parallel would let a PING
 * overtake another worker's write still on its way.)
 */
export async function syncAll(stores: readonly { sync(): Promise<void> }[]): Promise<void> {
  await Promise.all(stores.map((store) => store.sync()));
  await Promise.all(stores.map((store) => store.sync()));
}
