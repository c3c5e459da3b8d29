import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';

/** Settings every connection of the store gets, whatever the caller passed. */
function failFast(commandTimeoutMs: number): RedisOptions {
  return {
    // Never queue a command while disconnected, never retry one: the policy decides locally instead.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    connectTimeout: Math.max(commandTimeoutMs, 1_000),
    // Keep reconnecting in the background, at most once a second.
    retryStrategy: (times: number) => Math.min(times * 100, 1_000),
    lazyConnect: true,
  };
}

/** Opens one connection to `connection` (a URL or options) that fails fast instead of waiting. */
export function openConnection(
  connection: string | RedisOptions,
  commandTimeoutMs: number,
  name: string,
): Redis {
  const settings = { ...failFast(commandTimeoutMs), connectionName: name };
  // ioredis's option types predate exactOptionalPropertyTypes; the values are as documented.
  const options = (typeof connection === 'string' ? settings : { ...connection, ...settings }) as never;
  return typeof connection === 'string' ? new Redis(connection, options) : new Redis(options);
}

/** Runs a Lua script by its SHA, loading it when Redis does not know it (first use, or after a restart). */
export function scriptRunner(redis: Redis) {
  const shas = new Map<string, string>();
  return async (
    lua: string,
    keys: readonly string[],
    args: readonly (string | number)[],
  ): Promise<unknown> => {
    let sha = shas.get(lua);
    if (sha === undefined) {
      sha = createHash('sha1').update(lua).digest('hex');
      shas.set(lua, sha);
    }
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return await redis.eval(lua, keys.length, ...keys, ...args);
    }
  };
}

/** Lists keys matching `pattern` with SCAN (never KEYS, which blocks Redis). */
export async function scanKeys(redis: Redis, pattern: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    found.push(...keys);
  } while (cursor !== '0');
  return found;
}

/** An error's message without credentials a URL may carry (`redis://user:secret@host`). */
export function describeRedisError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\/\/[^@/\s]*@/g, '//[REDACTED]@');
}
