import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, Socket } from 'node:net';

/** The Redis the fleet shares: `REDIS_URL` when set (CI starts one), else a private redis-server. */
export interface FleetRedis {
  readonly url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('fleet: no free loopback port');
  return address.port;
}

/** Resolves once something answers `+PONG` on the port (no client library needed for that). */
async function answersPing(port: number): Promise<boolean> {
  const socket = new Socket();
  try {
    socket.connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('PING\r\n');
    const [data] = (await once(socket, 'data')) as [Buffer];
    return data.toString().startsWith('+PONG');
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

/** Uses `REDIS_URL`, or starts redis-server on a free loopback port (no persistence) and waits for PING. */
export async function startFleetRedis(): Promise<FleetRedis> {
  const given = process.env.REDIS_URL;
  if (given) return { url: given, stop: () => Promise.resolve() };
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.env.REDIS_SERVER ?? 'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const failed = new Promise<never>((_, reject) =>
    child.once('error', (error) =>
      reject(
        new Error(
          `fleet: could not start redis-server (${error.message}); install it (Debian: apt-get install redis-server) or set REDIS_URL`,
        ),
      ),
    ),
  );
  const deadline = Date.now() + 5_000;
  for (;;) {
    if (await Promise.race([answersPing(port), failed])) break;
    if (Date.now() > deadline)
      throw new Error(`fleet: redis-server on port ${port} did not answer PING within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
