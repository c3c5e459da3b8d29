import { createResiliencePolicy, type ResiliencePolicy } from '@halo-fhir/fhir-client';
import { startFleetRedis } from '../../../examples/src/fleet/redis.js';
import type { BenchConfig } from '../config.js';
import { atMost, formatMs, median, nowMs, percentile } from '../measure.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';

const benchmark = '8. Fleet store latency';

const request = {
  method: 'GET',
  url: 'https://fhir.test/a1b2c3d4-0001-4000-8000-000000000001/Appointment',
  interaction: 'search',
  idempotent: true,
  site: 'a1b2c3d4-0001-4000-8000-000000000001',
  practitioner: 'Practitioner/prac-1',
} as const;
const answer = () => Promise.resolve('ok');

/** Times each of `count` requests through the policy (nothing paused: the happy path), in ms. */
async function timeRequests(policy: ResiliencePolicy, count: number): Promise<number[]> {
  const samples = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const start = nowMs();
    await policy.execute(request, answer);
    samples[i] = nowMs() - start;
  }
  return samples;
}

/**
 * The time the Redis store adds to a request on the happy path (nothing paused), against the
 * in-memory store, both through `policy.execute` with an attempt that answers at once (no network):
 * what remains is the policy's own bookkeeping. The two take turns for five rounds on one process;
 * the Redis store runs against a redis-server on loopback (REDIS_URL, or one started for the run).
 */
export async function storeLatency(
  config: BenchConfig,
  emit: (figure: Figure) => void,
  detail: (text: string) => void,
): Promise<void> {
  const perRound = config.quick ? 5_000 : 50_000;
  let redisSamples: number[] = [];
  const memorySamples: number[] = [];
  let failure: string | undefined;
  let redis: Awaited<ReturnType<typeof startFleetRedis>> | undefined;
  try {
    redis = await startFleetRedis();
    const { createRedisResilienceStore } = await import('@halo-fhir/resilience-redis');
    const store = createRedisResilienceStore({
      connection: redis.url,
      integrator: `bench-${process.pid}`,
      environment: 'bench',
    });
    const shared = createResiliencePolicy({ store });
    await store.ready();
    const local = createResiliencePolicy();
    await timeRequests(local, perRound / 5); // warm-up
    await timeRequests(shared, perRound / 5);
    for (let round = 0; round < 5; round++) {
      memorySamples.push(...(await timeRequests(local, perRound)));
      redisSamples.push(...(await timeRequests(shared, perRound)));
    }
    await store.sync();
    detail(`billed queries counted in Redis for the fleet: ${JSON.stringify(await store.billedQueries())}`);
    await store.close();
  } catch (error) {
    failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    redisSamples = [];
  } finally {
    await redis?.stop();
  }
  const show = (samples: number[], p: number): Measurement =>
    failure !== undefined && samples === redisSamples
      ? notAvailable(failure)
      : value(percentile(samples, p), formatMs(percentile(samples, p)));
  const added = failure === undefined ? median(redisSamples) - median(memorySamples) : undefined;
  detail(
    `${memorySamples.length} requests per store, median ${formatMs(median(memorySamples))} (memory) and ${failure === undefined ? formatMs(median(redisSamples)) : 'n/a'} (Redis); added per request: ${added === undefined ? 'n/a' : formatMs(added)}`,
  );
  emit({
    benchmark,
    name: 'store.happyPathRequest median (Redis store vs in-memory store)',
    ours: show(redisSamples, 50),
    baseline: show(memorySamples, 50),
    better: 'lower',
    target: atMost('adds under 0.1 ms per request (median)', added, 0.1, 'ms'),
    note: 'policy.execute with an attempt that answers at once, nothing paused; Redis on loopback',
  });
  emit({
    benchmark,
    name: 'store.happyPathRequest p99 (Redis store vs in-memory store)',
    ours: show(redisSamples, 99),
    baseline: show(memorySamples, 99),
    better: 'lower',
    note: 'the tail includes the background batch (every second) that sends request and billed-query counts',
  });
}
