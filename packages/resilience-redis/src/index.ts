export { createRedisResilienceStore } from './redis-store.js';
export type { RedisResilienceStore } from './redis-store.js';
export { InvalidRedisStoreOptionError, redisStoreDefaults } from './options.js';
export type { RedisResilienceStoreOptions } from './options.js';
