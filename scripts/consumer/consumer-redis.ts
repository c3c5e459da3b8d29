// The Redis store as a consumer imports it: compiled by check-consumer-types.mjs against the installed
// tarballs, not run (it would connect to Redis). Compiled with skipLibCheck: ioredis's own
// declarations import `redis-errors`, which ships no types, so a project that checks library
// declarations (skipLibCheck off, noImplicitAny) fails inside ioredis, not in ours.
import { createResiliencePolicy, type ResiliencePolicy } from '@halo-fhir/fhir-client';
import { createRedisResilienceStore, type RedisResilienceStoreOptions } from '@halo-fhir/resilience-redis';

export function fleetPolicy(redisUrl: string): ResiliencePolicy {
  const options: RedisResilienceStoreOptions = {
    connection: redisUrl,
    integrator: 'first-project',
    environment: 'test',
  };
  return createResiliencePolicy({ store: createRedisResilienceStore(options) });
}
