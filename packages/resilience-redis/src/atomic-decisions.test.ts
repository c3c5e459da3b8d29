import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createManualClock, createResiliencePolicy, NetworkError } from '@halo-fhir/fhir-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRedisResilienceStore } from './index.js';
import { sharedRedis } from './test-support/redis-server.js';

const WORKERS = 8;
const T0 = Date.parse('2026-11-26T00:00:00Z');
/** Unique per run: CI's Redis is shared by the test files. */
const INTEGRATOR = `race-${process.pid}`;
const workerScript = fileURLToPath(new URL('./test-support/race-worker.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

let redis: Awaited<ReturnType<typeof sharedRedis>>;
beforeAll(async () => {
  redis = await sharedRedis();
});
afterAll(async () => {
  await redis?.stop();
});

/** A line reader that hands out one line per call, in order. */
function lineQueue(child: ChildProcess): () => Promise<string> {
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  return () => {
    const line = lines.shift();
    return line === undefined ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve(line);
  };
}

/**
 * Starts `WORKERS` processes; for each move, waits until all are ready, says `go` to all at once,
 * collects one report from each, then says `finish`.
 */
async function race(
  namespace: string,
  moves: readonly string[],
  at: number,
): Promise<Record<string, Record<string, unknown>[]>> {
  const children = Array.from({ length: WORKERS }, (_, i) =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@halo-fhir/source',
        workerScript,
        redis.url,
        namespace,
        moves.join(','),
        String(i),
        String(at),
      ],
      { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
    ),
  );
  const exited = children.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  try {
    return await driveRace(children, moves, exited);
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

async function driveRace(
  children: readonly ChildProcess[],
  moves: readonly string[],
  exited: readonly Promise<unknown>[],
): Promise<Record<string, Record<string, unknown>[]>> {
  const next = children.map(lineQueue);
  const results: Record<string, Record<string, unknown>[]> = {};
  for (const move of moves) {
    expect(await Promise.all(next.map((line) => line()))).toEqual(children.map(() => 'ready'));
    for (const child of children) child.stdin!.write('go\n');
    results[move] = (await Promise.all(next.map((line) => line()))).map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    for (const child of children) child.stdin!.write('finish\n');
  }
  await Promise.all(exited);
  return results;
}

const unreachable = () =>
  new NetworkError({
    method: 'GET',
    url: 'https://fhir.test/x',
    attempt: 1,
    cause: new Error('connect ECONNREFUSED'),
  });

describe('atomic decisions across worker processes (real redis-server)', () => {
  let results: Record<string, Record<string, unknown>[]> = {};

  beforeAll(async () => {
    // One worker opens the fleet's breaker: 3 failures at T0, open for 30 s.
    const clock = createManualClock(T0);
    const store = createRedisResilienceStore({
      connection: redis.url,
      integrator: INTEGRATOR,
      environment: 'race',
    });
    const policy = createResiliencePolicy({ store, clock, maxAttempts: 1 });
    await store.ready();
    const site = 'practice-offline';
    for (let i = 0; i < 3; i++) {
      await policy
        .execute(
          {
            method: 'GET',
            url: `https://fhir.test/${site}/x`,
            interaction: 'search',
            idempotent: true,
            site,
          },
          () => Promise.reject(unreachable()),
        )
        .catch(() => undefined);
    }
    await store.close();
    expect(await redis.inspect.hget(`halo-fhir:resilience:race:${INTEGRATOR}:breaker:${site}`, 'state')).toBe(
      'open',
    );
    // The workers' clocks are 60 s later: the breaker's open time has ended, so it is due a probe.
    results = await race(INTEGRATOR, ['probe', 'retry', 'pause'], T0 + 60_000);
    // Every worker decided through Redis (none fell back to its own state).
    for (const move of ['probe', 'retry']) {
      expect((results[move] ?? []).map((result) => result.available)).toEqual(Array(WORKERS).fill(true));
    }
  }, 90_000);

  test(`${WORKERS} processes race for one half-open probe: exactly one sends it, the others are refused without sending`, () => {
    const probe = results.probe ?? [];
    expect(probe).toHaveLength(WORKERS);
    expect(probe.filter((result) => result.sent === true)).toEqual([
      expect.objectContaining({ probe: true }),
    ]);
    expect(probe.filter((result) => result.paused === true)).toHaveLength(WORKERS - 1);
  });

  test(`${WORKERS} processes spend one retry budget (3 retries a minute): exactly 3 are granted, never more`, () => {
    const retry = results.retry ?? [];
    expect(retry).toHaveLength(WORKERS);
    expect(retry.reduce((sum, result) => sum + Number(result.granted), 0)).toBe(3);
  });

  test(`${WORKERS} processes pause one GP until different times: the longest pause stands, whatever the order`, async () => {
    expect(results.pause).toHaveLength(WORKERS);
    const key = `halo-fhir:resilience:race:${INTEGRATOR}:pause:practitioner:practice-offline:7`;
    expect(Number(await redis.inspect.hget(key, 'resumesAt'))).toBe(T0 + 60_000 + WORKERS * 60_000);
  });
});
