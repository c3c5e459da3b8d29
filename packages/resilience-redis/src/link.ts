import { randomUUID } from 'node:crypto';
import { createMemoryResilienceStore, InvalidArgumentError } from '@halo-fhir/fhir-client';
import type {
  MaybePromise,
  MemoryResilienceStore,
  PauseRemoval,
  StoreAttachment,
} from '@halo-fhir/fhir-client';
import type { Redis } from 'ioredis';
import { describeRedisError, openConnection, scriptRunner } from './connection.js';
import { type StoreKeys, storeKeys } from './keys.js';
import type { ResolvedRedisStoreOptions } from './options.js';

/**
 * One worker's link to the fleet's Redis: the two connections, the local mirror, and whether Redis
 * is usable now. Every remote call goes through `decide` (ask Redis, or decide on the mirror) or
 * `background` (write without making the request wait), so Redis being away never blocks a request.
 */
export class RedisLink {
  readonly settings: ResolvedRedisStoreOptions;
  readonly keys: StoreKeys;
  /** Tells this worker's own announcements apart on the channel. */
  readonly origin = randomUUID();
  /** The state as this worker knows it: read on every request, updated from Redis. */
  readonly mirror: MemoryResilienceStore = createMemoryResilienceStore();
  readonly commands: Redis;
  readonly subscriber: Redis;
  /** Resets ended while Redis was away, replayed when it answers again. */
  readonly offlineRemovals: { removal: PauseRemoval; at: number }[] = [];
  /** Breaker resets made while Redis was away (a site, or undefined for all), replayed likewise. */
  readonly offlineBreakerResets: (string | undefined)[] = [];
  readonly #run: ReturnType<typeof scriptRunner>;
  readonly #seen = new Map<string, number>();
  readonly #writes = new Set<Promise<unknown>>();
  #hooks: StoreAttachment | undefined;
  #online = false;
  #closed = false;
  #healthTimer: NodeJS.Timeout | undefined;
  /** Loads the fleet's state and writes back this worker's (set by the store). */
  resync: () => Promise<void> = () => Promise.resolve();

  constructor(settings: ResolvedRedisStoreOptions) {
    this.settings = settings;
    this.keys = storeKeys(settings);
    this.commands = openConnection(
      settings.connection,
      settings.commandTimeoutMs,
      `halo-fhir-store:${this.origin}`,
    );
    this.subscriber = openConnection(
      settings.connection,
      settings.commandTimeoutMs,
      `halo-fhir-sub:${this.origin}`,
    );
    this.#run = scriptRunner(this.commands);
  }

  get online(): boolean {
    return this.#online;
  }

  get hooks(): StoreAttachment {
    if (!this.#hooks) {
      throw new InvalidArgumentError(
        'store',
        'it is not attached to a policy yet; pass it as createResiliencePolicy({ store }) before using it.',
      );
    }
    return this.#hooks;
  }

  get attached(): boolean {
    return this.#hooks !== undefined;
  }

  attach(attachment: StoreAttachment): void {
    if (this.#hooks) {
      throw new InvalidArgumentError(
        'store',
        'it is already used by another policy; create one Redis store per policy (one policy per subscription key and process).',
      );
    }
    this.#hooks = attachment;
    this.mirror.attach(attachment);
  }

  /** The policy's clock. */
  now(): number {
    return this.hooks.now();
  }

  /** True when change `seq` of `entity` is newer than any applied: a late message never undoes a newer change. */
  fresh(entity: string, seq: number): boolean {
    if (seq <= (this.#seen.get(entity) ?? 0)) return false;
    this.#seen.set(entity, seq);
    return true;
  }

  /** Runs a change script on `entityKeys`, with the sequence counter and the channel as its last keys. */
  change(
    script: string,
    entityKeys: readonly string[],
    args: readonly (string | number)[],
  ): Promise<unknown> {
    return this.#run(script, [...entityKeys, this.keys.sequence, this.keys.channel], args);
  }

  /** Runs a script on exactly `keys`. */
  script(script: string, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    return this.#run(script, keys, args);
  }

  /** Redis answered at start, or again after an outage. */
  markOnline(announce: boolean): void {
    if (this.#closed || this.#online) return;
    this.#online = true;
    this.#stopHealthChecks();
    if (announce)
      this.hooks.statusChanged({
        available: true,
        message: 'Redis answers again; the fleet state is resynced',
      });
  }

  /** Redis failed: decide locally from now on, say so once, and look for Redis every `reconnectCheckMs`. */
  goOffline(error: unknown): void {
    if (this.#closed) return;
    const wasOnline = this.#online;
    this.#online = false;
    if (wasOnline || !this.#healthTimer) {
      this.hooks.statusChanged({
        available: false,
        message: `Redis is unreachable (${describeRedisError(error)}); this worker decides on its own state until it answers again`,
      });
    }
    if (this.#healthTimer) return;
    this.#healthTimer = setInterval(() => {
      if (this.#online || this.#closed) return;
      this.commands
        .ping()
        .then(() => this.resync())
        .then(() => this.markOnline(true))
        .catch(() => {});
    }, this.settings.reconnectCheckMs);
    this.#healthTimer.unref();
  }

  #stopHealthChecks(): void {
    if (this.#healthTimer) clearInterval(this.#healthTimer);
    this.#healthTimer = undefined;
  }

  /** Runs a write without making anyone wait; `settled()` waits for it. A failure takes the link offline. */
  background(write: () => Promise<unknown>): void {
    if (!this.#online) return;
    const promise = write()
      .catch((error: unknown) => this.goOffline(error))
      .finally(() => this.#writes.delete(promise));
    this.#writes.add(promise);
  }

  /** Asks Redis, or decides on the mirror when Redis is away or does not answer in time. */
  async decide<T>(remote: () => Promise<T>, local: () => MaybePromise<T>): Promise<T> {
    if (!this.#online) return local();
    try {
      return await remote();
    } catch (error) {
      this.goOffline(error);
      return local();
    }
  }

  /** Resolves when every background write has ended. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#writes]);
  }

  close(): void {
    this.#closed = true;
    this.#stopHealthChecks();
    this.commands.disconnect();
    this.subscriber.disconnect();
  }
}
