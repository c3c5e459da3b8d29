import type { RedisOptions } from 'ioredis';

/** Options of {@link createRedisResilienceStore}. */
export interface RedisResilienceStoreOptions {
  /**
   * Where Redis is: a `redis://` URL, or ioredis connection options (host, port, password, tls...).
   * The store opens two connections (commands, and Pub/Sub) and sets its own offline behaviour:
   * commands fail at once while disconnected, so a request never waits for Redis.
   * @default 'redis://127.0.0.1:6379'
   */
  readonly connection?: string | RedisOptions;
  /**
   * Names the integrator whose state this is (one per subscription key), e.g. `acme-sync`. Never
   * the subscription key itself: it becomes part of Redis key names. Letters, digits, `.`, `_`, `-`.
   */
  readonly integrator: string;
  /**
   * Names the Halo environment (or any deployment), e.g. `production` or `test`, so two
   * environments sharing one Redis never share pauses. Letters, digits, `.`, `_`, `-`.
   */
  readonly environment: string;
  /**
   * First part of every key and of the Pub/Sub channel.
   * @default 'halo-fhir:resilience'
   */
  readonly keyPrefix?: string;
  /**
   * The longest a decision waits for Redis, in real ms; past it the store decides locally, emits a
   * `store` event (`available: false`) and stops asking Redis until it answers a PING again.
   * @default 250
   */
  readonly commandTimeoutMs?: number;
  /**
   * How long state outlives its end in Redis before Redis drops it by itself (TTL = time left +
   * this), in ms of the policy's clock. A closed breaker's failure count and a login streak not
   * touched for this long expire too.
   * @default 600000 (10 minutes)
   */
  readonly staleAfterMs?: number;
  /**
   * TTL of a pause without an end (a bad key, a churned practice) in ms: it is renewed whenever
   * a worker pauses the scope again, and each worker's own state keeps it until `reset`.
   * @default 2592000000 (30 days)
   */
  readonly untilResetTtlMs?: number;
  /**
   * How long a half-open breaker's probe lease lasts, in ms of the policy's clock: if the worker
   * holding it dies before the answer, another worker may probe after this.
   * @default 120000 (2 minutes)
   */
  readonly probeLeaseMs?: number;
  /**
   * How often request and billed-query counts are sent to Redis in one batch, in real ms (they are
   * never sent per request).
   * @default 1000
   */
  readonly flushIntervalMs?: number;
  /**
   * While Redis is unreachable, how often it is asked again (PING), in real ms. When it answers the
   * store resyncs (pulls the fleet's pauses and breakers, pushes what this worker learnt meanwhile)
   * and emits a `store` event with `available: true`.
   * @default 1000
   */
  readonly reconnectCheckMs?: number;
}

/** Every option resolved. */
export type ResolvedRedisStoreOptions = Required<Omit<RedisResilienceStoreOptions, 'connection'>> & {
  readonly connection: string | RedisOptions;
};

/** Thrown by `createRedisResilienceStore` for an option it cannot use; the message says which and why. */
export class InvalidRedisStoreOptionError extends Error {
  /** Always `'InvalidRedisStoreOptionError'`. */
  override name = 'InvalidRedisStoreOptionError';
  /** The option at fault, e.g. `integrator`. */
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`Invalid Redis resilience store option ${option}: ${problem}`);
    this.option = option;
  }
}

/** The documented defaults, frozen: one source of truth for the code and the README. */
export const redisStoreDefaults = Object.freeze({
  connection: 'redis://127.0.0.1:6379',
  keyPrefix: 'halo-fhir:resilience',
  commandTimeoutMs: 250,
  staleAfterMs: 10 * 60_000,
  untilResetTtlMs: 30 * 24 * 3_600_000,
  probeLeaseMs: 2 * 60_000,
  flushIntervalMs: 1_000,
  reconnectCheckMs: 1_000,
});

const namePattern = /^[A-Za-z0-9._-]{1,100}$/;

function name(option: string, value: unknown): string {
  if (typeof value === 'string' && namePattern.test(value)) return value;
  throw new InvalidRedisStoreOptionError(
    option,
    `it is ${JSON.stringify(value) ?? String(value)}; give 1-100 letters, digits, '.', '_' or '-' (never a subscription key).`,
  );
}

function positive(option: string, value: number): number {
  if (Number.isFinite(value) && value > 0) return value;
  throw new InvalidRedisStoreOptionError(option, `it is ${String(value)}; give a number of ms > 0.`);
}

/** Applies defaults and checks each option. */
export function resolveRedisStoreOptions(options: RedisResilienceStoreOptions): ResolvedRedisStoreOptions {
  const d = redisStoreDefaults;
  if (typeof options !== 'object' || options === null) {
    throw new InvalidRedisStoreOptionError(
      'options',
      'they are missing; give at least { integrator, environment }.',
    );
  }
  const keyPrefix = options.keyPrefix ?? d.keyPrefix;
  if (typeof keyPrefix !== 'string' || keyPrefix === '' || /\s/.test(keyPrefix)) {
    throw new InvalidRedisStoreOptionError('keyPrefix', 'give a non-empty prefix without spaces.');
  }
  return {
    connection: options.connection ?? d.connection,
    integrator: name('integrator', options.integrator),
    environment: name('environment', options.environment),
    keyPrefix,
    commandTimeoutMs: positive('commandTimeoutMs', options.commandTimeoutMs ?? d.commandTimeoutMs),
    staleAfterMs: positive('staleAfterMs', options.staleAfterMs ?? d.staleAfterMs),
    untilResetTtlMs: positive('untilResetTtlMs', options.untilResetTtlMs ?? d.untilResetTtlMs),
    probeLeaseMs: positive('probeLeaseMs', options.probeLeaseMs ?? d.probeLeaseMs),
    flushIntervalMs: positive('flushIntervalMs', options.flushIntervalMs ?? d.flushIntervalMs),
    reconnectCheckMs: positive('reconnectCheckMs', options.reconnectCheckMs ?? d.reconnectCheckMs),
  };
}
