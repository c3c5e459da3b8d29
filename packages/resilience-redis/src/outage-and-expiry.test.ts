import {
  createManualClock,
  createResiliencePolicy,
  isPausedError,
  NetworkError,
} from '@halo-fhir/fhir-client';
import type { ResilienceEvent, ResiliencePolicy, StoreEvent } from '@halo-fhir/fhir-client';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createRedisResilienceStore } from './index.js';
import type { RedisResilienceStore, RedisResilienceStoreOptions } from './index.js';
import { type RedisProcess, startRedis, syncAll } from './test-support/redis-server.js';

const T0 = Date.parse('2026-11-25T22:00:00Z');
const SITE = 'practice-b';

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  redis?.thaw();
  await redis?.stop();
});

const open: RedisResilienceStore[] = [];
afterEach(async () => {
  redis.thaw();
  await Promise.all(open.splice(0).map((store) => store.close()));
});

interface Worker {
  readonly policy: ResiliencePolicy;
  readonly store: RedisResilienceStore;
  readonly events: ResilienceEvent[];
}
let namespaces = 0;
async function workers(size: number, options: Partial<RedisResilienceStoreOptions> = {}) {
  const clock = createManualClock(T0);
  const integrator = `outage-${++namespaces}`;
  const list: Worker[] = [];
  for (let i = 0; i < size; i++) {
    const store = createRedisResilienceStore({
      connection: redis.url,
      integrator,
      environment: 'test',
      commandTimeoutMs: 100,
      reconnectCheckMs: 50,
      ...options,
    });
    open.push(store);
    const events: ResilienceEvent[] = [];
    const policy = createResiliencePolicy({ store, clock, maxAttempts: 1 });
    policy.on((event) => events.push(event));
    list.push({ policy, store, events });
  }
  await Promise.all(list.map((worker) => worker.store.ready()));
  return { clock, list, base: `halo-fhir:resilience:test:${integrator}` };
}

const storeEvents = (worker: Worker) =>
  worker.events.filter((event): event is StoreEvent => event.type === 'store');

/** Polls (in real time: Redis's own reconnection is what is waited for) until `check` holds, up to 5 s. */
async function eventually(check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const request = (practitioner?: string) => ({
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

describe('when Redis is down the policy runs on local state, says so, and resyncs when Redis is back', () => {
  test('Redis stops answering: decisions fall back within the command timeout, no request fails for it, one event each way', async () => {
    const { list, base } = await workers(1);
    const [worker] = list as [Worker];
    redis.freeze();
    // A success needs no decision from Redis: it goes at once.
    expect(await worker.policy.execute(request(), async () => 'ok')).toBe('ok');
    // Failures need the breaker's count: Redis does not answer, so the worker counts them itself.
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const error = await worker.policy
        .execute(request(), () => Promise.reject(unreachable()))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NetworkError); // the request's own error, never a Redis error
      expect(Date.now() - started).toBeLessThan(1_000);
    }
    const refused = await worker.policy.execute(request(), async () => 'sent').catch((e: unknown) => e);
    expect(isPausedError(refused) && refused.circuitOpen).toBe(true);
    expect(storeEvents(worker)).toMatchObject([{ store: 'redis', available: false, scope: 'integrator' }]);
    expect(storeEvents(worker)[0]?.message).toMatch(
      /Redis is unreachable \(.*\); this worker decides on its own state/,
    );
    expect(worker.store.available).toBe(false);

    redis.thaw();
    await eventually(() => worker.store.available);
    expect(storeEvents(worker).map((event) => event.available)).toEqual([false, true]);
    // what it learnt meanwhile is now the fleet's: the circuit pause and the breaker are in Redis
    expect(await redis.inspect.exists(`${base}:pause:site:${SITE}`)).toBe(1);
    expect(await redis.inspect.hget(`${base}:breaker:${SITE}`, 'state')).toBe('open');
  });

  test('Redis restarts mid-run (its data lost): workers carry on locally, then put the fleet state back', async () => {
    const { list, base } = await workers(2);
    const [a, b] = list as [Worker, Worker];
    a.policy.pause({ scope: 'practitioner', site: SITE, practitioner: '7', until: T0 + 3_600_000 });
    await syncAll(list.map((worker) => worker.store));
    expect(b.policy.pauseStatus({ site: SITE, practitioner: '7' })).toHaveLength(1);

    await redis.restart();
    await eventually(() => !a.store.available || storeEvents(a).length > 0);
    // during the outage requests still flow, and a GP pause is still honoured locally
    expect(await b.policy.execute(request('8'), async () => 'ok')).toBe('ok');
    expect(
      isPausedError(await b.policy.execute(request('7'), async () => 'sent').catch((e: unknown) => e)),
    ).toBe(true);
    b.policy.pause({ scope: 'practitioner', site: SITE, practitioner: '9', until: T0 + 3_600_000 });

    await eventually(() => a.store.available && b.store.available);
    expect(storeEvents(a).map((event) => event.available)).toEqual([false, true]);
    expect(await redis.inspect.exists(`${base}:pause:practitioner:${SITE}:7`)).toBe(1);
    await eventually(async () => (await redis.inspect.exists(`${base}:pause:practitioner:${SITE}:9`)) === 1);
    // A learns the pause B made while Redis was away once both have resynced
    await eventually(async () => {
      await a.store.sync();
      return a.policy.pauseStatus({ site: SITE, practitioner: '9' }).length === 1;
    });
  });
});

describe('what a worker does while Redis is away reaches the fleet when it is back', () => {
  test('a GP resumed and queries sent during the outage: the pause ends fleet-wide, the billed count is complete', async () => {
    const { list, base } = await workers(2);
    const [a, b] = list as [Worker, Worker];
    a.policy.pause({ scope: 'practitioner', site: SITE, practitioner: '7', until: T0 + 3_600_000 });
    await syncAll(list.map((worker) => worker.store));
    redis.freeze();
    // B sends (its counts wait), then learns it cannot reach Redis on a decision, then resumes the GP
    expect(await b.policy.execute(request('8'), async () => 'ok')).toBe('ok');
    await b.policy.execute(request(), () => Promise.reject(unreachable())).catch(() => {});
    expect(b.store.available).toBe(false);
    b.policy.resume({ scope: 'practitioner', site: SITE, practitioner: '7' });
    expect(await b.policy.execute(request('7'), async () => 'ok')).toBe('ok');
    redis.thaw();
    await eventually(() => b.store.available);
    expect(await redis.inspect.exists(`${base}:pause:practitioner:${SITE}:7`)).toBe(0);
    await eventually(async () => {
      await a.store.sync();
      return a.policy.pauseStatus({ site: SITE, practitioner: '7' }).length === 0;
    });
    await b.store.sync();
    expect(await redis.inspect.hget(`${base}:billed`, SITE)).toBe('3');
  });
});

describe('state in Redis expires by its TTL', () => {
  test('each key lives as long as its state plus staleAfterMs, then Redis drops it by itself', async () => {
    const { list, base, clock } = await workers(1, { staleAfterMs: 1 });
    const [worker] = list as [Worker];
    worker.policy.pause({ scope: 'practitioner', site: SITE, practitioner: '7', until: T0 + 150 });
    worker.policy.pause({ scope: 'site', site: 'other', until: T0 + 3_600_000 });
    for (let i = 0; i < 3; i++)
      await worker.policy.execute(request(), () => Promise.reject(unreachable())).catch(() => {});
    await worker.store.sync();
    const gp = `${base}:pause:practitioner:${SITE}:7`;
    expect(await redis.inspect.pttl(gp)).toBeGreaterThan(0);
    expect(await redis.inspect.pttl(gp)).toBeLessThanOrEqual(151);
    expect(await redis.inspect.pttl(`${base}:pause:site:other`)).toBeGreaterThan(3_599_000);
    expect(await redis.inspect.pttl(`${base}:breaker:${SITE}`)).toBeLessThanOrEqual(30_001);
    expect(await redis.inspect.pttl(`${base}:breaker:${SITE}`)).toBeGreaterThan(29_000);
    await eventually(async () => (await redis.inspect.exists(gp)) === 0);
    // A worker that starts now finds no trace of the GP pause; the hour-long one is still there.
    await clock.advance(200);
    const late = createRedisResilienceStore({
      connection: redis.url,
      integrator: base.split(':').at(-1)!,
      environment: 'test',
    });
    open.push(late);
    const policy = createResiliencePolicy({ store: late, clock });
    await late.ready();
    expect(
      policy
        .pauseStatus()
        .map((pause) => pause.scopeKey)
        .sort(),
    ).toEqual([SITE, 'other'].sort());
  });
});
