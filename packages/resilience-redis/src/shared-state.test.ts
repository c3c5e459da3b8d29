import {
  createManualClock,
  createResiliencePolicy,
  isPausedError,
  NetworkError,
} from '@halo-fhir/fhir-client';
import type { ResilienceEvent, ResiliencePolicy } from '@halo-fhir/fhir-client';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createRedisResilienceStore } from './index.js';
import type { RedisResilienceStore } from './index.js';
import { type RedisProcess, sharedRedis, startRedis, syncAll } from './test-support/redis-server.js';

const T0 = Date.parse('2026-11-25T22:00:00Z');
const SITE = 'practice-a';
const HOUR = 3_600_000;

let redis: Awaited<ReturnType<typeof sharedRedis>>;
beforeAll(async () => {
  redis = await sharedRedis();
});
afterAll(async () => {
  await redis?.stop();
});

interface Worker {
  readonly policy: ResiliencePolicy;
  readonly store: RedisResilienceStore;
  readonly events: ResilienceEvent[];
}
const open: RedisResilienceStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
});

let namespaces = 0;
/** Two (or more) workers of one fleet on one clock, each with its own store and policy. */
async function fleet(size: number, on: { readonly url: string } = redis) {
  const clock = createManualClock(T0);
  const integrator = `shared-${process.pid}-${++namespaces}`;
  const workers: Worker[] = [];
  for (let i = 0; i < size; i++) {
    const store = createRedisResilienceStore({
      connection: on.url,
      // Decisions here must go through Redis even on a busy machine (fallback has its own tests).
      commandTimeoutMs: 5_000,
      integrator,
      environment: 'test',
    });
    open.push(store);
    const events: ResilienceEvent[] = [];
    const policy = createResiliencePolicy({ store, clock, maxAttempts: 1, random: () => 0.5 });
    policy.on((event) => events.push(event));
    workers.push({ policy, store, events });
  }
  await Promise.all(workers.map((worker) => worker.store.ready()));
  const sync = () => syncAll(workers.map((worker) => worker.store));
  return { clock, workers, sync, integrator };
}

const search = (practitioner?: string) => ({
  method: 'GET',
  url: `https://fhir.test/${SITE}/Appointment`,
  interaction: 'search' as const,
  idempotent: true,
  site: SITE,
  ...(practitioner === undefined ? {} : { practitioner }),
});
const unreachable = () =>
  new NetworkError({
    method: 'GET',
    url: 'https://fhir.test/x',
    attempt: 1,
    cause: new Error('connect ECONNREFUSED'),
  });

/** Runs one request; returns whether it reached the network and how it ended. */
async function poll(worker: Worker, outcome: 'ok' | Error, practitioner?: string) {
  let sent = false;
  try {
    await worker.policy.execute(search(practitioner), async () => {
      sent = true;
      if (outcome instanceof Error) throw outcome;
      return outcome;
    });
    return { sent, error: undefined };
  } catch (error) {
    return { sent, error };
  }
}

describe('one resilience state shared by the workers of a fleet', () => {
  test('a GP pause learnt by one worker stops the next request of every other worker, with no request sent', async () => {
    const { workers, sync } = await fleet(3);
    const [a, b, c] = workers as [Worker, Worker, Worker];
    a.policy.pause({
      scope: 'practitioner',
      site: SITE,
      practitioner: 'Practitioner/7',
      until: T0 + HOUR,
      reason: 'leave',
    });
    await sync();
    for (const other of [b, c]) {
      const result = await poll(other, 'ok', 'Practitioner/7');
      expect(result.sent).toBe(false);
      expect(isPausedError(result.error)).toBe(true);
      expect(other.events.find((event) => event.type === 'pause')).toMatchObject({
        scope: 'practitioner',
        practitioner: '7',
        resumesAt: T0 + HOUR,
        fromStore: true,
      });
    }
    // the practice's other GPs are not paused anywhere
    expect(await poll(b, 'ok', 'Practitioner/8')).toEqual({ sent: true, error: undefined });
    // resume on one worker ends it everywhere
    c.policy.resume({ scope: 'practitioner', site: SITE, practitioner: '7' });
    await sync();
    expect((await poll(a, 'ok', 'Practitioner/7')).sent).toBe(true);
    expect(a.events.filter((event) => event.type === 'resume')).toMatchObject([
      { via: 'reset', practitioner: '7' },
    ]);
  });

  test("the breaker counts the fleet's failures: 3 across workers open it for all", async () => {
    const { workers, sync } = await fleet(3);
    const [a, b, c] = workers as [Worker, Worker, Worker];
    await poll(a, unreachable());
    await poll(b, unreachable());
    await sync();
    expect(c.policy.toJSON().breakers[SITE]).toMatchObject({ state: 'closed', consecutiveFailures: 2 });
    await poll(c, unreachable());
    await sync();
    for (const worker of workers) {
      const result = await poll(worker, 'ok');
      expect(result.sent).toBe(false);
      expect(isPausedError(result.error) && result.error.circuitOpen).toBe(true);
    }
  });

  test('a pause extends and never shortens, whichever worker writes last', async () => {
    const { workers, sync } = await fleet(2);
    const [a, b] = workers as [Worker, Worker];
    a.policy.pause({ scope: 'site', site: SITE, until: T0 + 2 * HOUR });
    await sync();
    const shorter = b.policy.pause({ scope: 'site', site: SITE, until: T0 + HOUR });
    expect(shorter.resumesAt?.getTime()).toBe(T0 + 2 * HOUR);
    b.policy.pause({ scope: 'site', site: SITE, until: T0 + 3 * HOUR });
    await sync();
    expect(a.policy.pauseStatus({ site: SITE })[0]?.resumesAt?.getTime()).toBe(T0 + 3 * HOUR);
  });

  test('a 429 learnt by one worker makes the others wait for the same window instead of sending into it', async () => {
    const { workers, sync, clock } = await fleet(2);
    const [a, b] = workers as [Worker, Worker];
    const { parseErrorResponse } = await import('@halo-fhir/fhir-client');
    const limited = parseErrorResponse(
      {
        status: 429,
        headers: { 'retry-after': '30' },
        bodyText: '{"statusCode":429,"message":"Rate limit is exceeded."}',
      },
      { method: 'GET', url: 'https://fhir.test/x', attempt: 1 },
    );
    await poll(a, limited);
    await sync();
    expect(b.policy.pauseStatus()).toMatchObject([
      { scope: 'integrator', reason: { cause: 'rate-limited' } },
    ]);
    let sentAt: number | undefined;
    const waiting = b.policy.execute(search(), async () => {
      sentAt = clock.now();
      return 'ok';
    });
    await clock.advance(29_000);
    expect(sentAt).toBeUndefined();
    await clock.advance(2_000);
    expect(await waiting).toBe('ok');
    expect(sentAt).toBeGreaterThanOrEqual(T0 + 30_000);
  });

  test('keys are namespaced: another environment or integrator on the same Redis shares nothing', async () => {
    const { workers, integrator } = await fleet(1);
    const [a] = workers as [Worker];
    const clock = createManualClock(T0);
    const neighbours = [
      { integrator, environment: 'production' },
      { integrator: `${integrator}-other`, environment: 'test' },
    ].map((namespace) => {
      const store = createRedisResilienceStore({
        connection: redis.url,
        commandTimeoutMs: 5_000,
        ...namespace,
      });
      open.push(store);
      return { store, policy: createResiliencePolicy({ store, clock }) };
    });
    await Promise.all(neighbours.map((neighbour) => neighbour.store.ready()));
    a.policy.pause({ scope: 'site', site: SITE, until: T0 + HOUR });
    await syncAll([...workers, ...neighbours].map((worker) => worker.store));
    for (const neighbour of neighbours) expect(neighbour.policy.pauseStatus()).toEqual([]);
    expect(await redis.inspect.exists(`halo-fhir:resilience:test:${integrator}:pause:site:${SITE}`)).toBe(1);
  });

  test('the happy path sends nothing to Redis per request; billed queries are counted for the fleet in batches', async () => {
    // Counted on a redis-server of its own: the one CI shares runs other tests' scripts meanwhile.
    const own = await startRedis();
    try {
      const { workers, sync, integrator } = await fleet(2, own);
      await sync();
      const before = await scriptCalls(own);
      for (let i = 0; i < 50; i++)
        for (const worker of workers) expect((await poll(worker, 'ok')).sent).toBe(true);
      expect(await scriptCalls(own)).toBe(before);
      await sync();
      expect(await workers[0]!.store.billedQueries()).toEqual({ [SITE]: 100 });
      expect(await own.inspect.hget(`halo-fhir:resilience:test:${integrator}:billed`, SITE)).toBe('100');
      await Promise.all(open.splice(0).map((store) => store.close()));
    } finally {
      await own.stop();
    }
  });
});

/** How many scripts a Redis has run (EVALSHA and EVAL). */
async function scriptCalls(server: RedisProcess): Promise<number> {
  const info = await server.inspect.info('commandstats');
  return [...info.matchAll(/cmdstat_eval(?:sha)?:calls=(\d+)/g)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
}
