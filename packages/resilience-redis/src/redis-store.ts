import { InvalidArgumentError } from '@halo-fhir/fhir-client';
import type {
  EndedPause,
  Pause,
  PauseRemoval,
  PauseWrite,
  ResilienceStore,
  StoreAttachment,
} from '@halo-fhir/fhir-client';
import { breakerDecisions } from './breaker-decisions.js';
import { fleetCounters } from './fleet-counters.js';
import { applyChange, removePauses, resync, writePause } from './fleet-sync.js';
import { RedisLink } from './link.js';
import { parseChangeMessage } from './messages.js';
import { resolveRedisStoreOptions } from './options.js';
import type { RedisResilienceStoreOptions } from './options.js';

/**
 * A `ResilienceStore` (from `@halo-fhir/fhir-client`) shared by every worker on one Redis, with the extras a fleet needs.
 * Pass it to `createResiliencePolicy({ store })`; one store per policy.
 */
export interface RedisResilienceStore extends ResilienceStore {
  readonly kind: 'redis';
  /** Resolves once the store has connected and loaded the fleet's state (or found Redis away and runs locally). */
  ready(): Promise<void>;
  /**
   * Sends pending counts and writes, and waits until every change announced before this call has
   * reached this worker (a PING through the Pub/Sub connection): after it, what any worker learnt
   * before is known here. Never needed per request; useful in tests, examples and at shutdown.
   */
  sync(): Promise<void>;
  /** False while Redis cannot be reached and the policy runs on this worker's own state. */
  readonly available: boolean;
  /** Sends pending counts and closes both connections. */
  close(): Promise<void>;
}

/**
 * Creates a store that keeps the policy's shared state in Redis: pauses by scope, breakers with
 * their half-open probe lease, login streaks, the retry budget and billed-query counts, namespaced
 * by `environment` and `integrator`. Each worker reads a local mirror kept current by Pub/Sub, so a
 * request to a scope that nothing pauses costs no round trip. When Redis cannot be reached the
 * policy decides on the mirror, emits a `store` event, and resyncs when Redis answers again.
 * Throws `InvalidRedisStoreOptionError` for a bad option. Connects when the policy attaches it.
 */
export function createRedisResilienceStore(options: RedisResilienceStoreOptions): RedisResilienceStore {
  const link = new RedisLink(resolveRedisStoreOptions(options));
  const { mirror, commands, subscriber, keys } = link;
  const { resetInRedis, ...breakers } = breakerDecisions(link);
  link.resync = async () => {
    for (const site of link.offlineBreakerResets.splice(0))
      await resetInRedis(site, site === undefined ? [] : [site]);
    await resync(link);
  };
  const counters = fleetCounters(link);
  let readyPromise: Promise<void> | undefined;

  async function start(): Promise<void> {
    const offline = (error: unknown) => link.goOffline(error);
    commands.on('error', offline);
    subscriber.on('error', offline);
    commands.on('close', () => link.goOffline(new Error('connection closed')));
    subscriber.on('close', () => link.goOffline(new Error('Pub/Sub connection closed')));
    subscriber.on('message', (_channel: string, text: string) => {
      const message = parseChangeMessage(text);
      if (message) applyChange(link, message);
    });
    try {
      await Promise.all([commands.connect(), subscriber.connect()]);
      await subscriber.subscribe(keys.channel);
      await link.resync();
      link.markOnline(false);
    } catch (error) {
      link.goOffline(error);
    }
  }

  const flushTimer = setInterval(() => link.background(counters.flush), link.settings.flushIntervalMs);
  flushTimer.unref();

  const store: RedisResilienceStore = {
    kind: 'redis',
    get available() {
      return link.online;
    },
    attach(attachment: StoreAttachment): void {
      link.attach(attachment);
      readyPromise = start();
    },
    ready: () =>
      readyPromise ??
      Promise.reject(
        new InvalidArgumentError(
          'store',
          'it is not attached to a policy yet; pass it as createResiliencePolicy({ store }) first.',
        ),
      ),
    async sync(): Promise<void> {
      await store.ready();
      await link.settled();
      if (!link.online) return;
      try {
        await counters.flush();
        await subscriber.ping();
      } catch (error) {
        link.goOffline(error);
      }
    },
    async close(): Promise<void> {
      clearInterval(flushTimer);
      await link.settled();
      await counters.flush().catch(() => {});
      link.close();
    },

    getPause: (target) => mirror.getPause(target),
    pauses: () => mirror.pauses(),
    setPause(pause: Pause): PauseWrite {
      const result = mirror.setPause(pause);
      if (result.applied) link.background(() => writePause(link, result.pause));
      return result;
    },
    expirePauses: (at: number): EndedPause[] => mirror.expirePauses(at),
    removePauses(removal: PauseRemoval, at: number): EndedPause[] {
      const ended = mirror.removePauses(removal, at);
      if (link.online) link.background(() => removePauses(link, removal, at));
      else link.offlineRemovals.push({ removal, at });
      return ended;
    },

    breaker: (site) => mirror.breaker(site),
    breakers: () => mirror.breakers(),
    ...breakers,

    loginFailures: () => mirror.loginFailures(),
    addLoginFailure: counters.addLoginFailure,
    clearLoginFailures: counters.clearLoginFailures,
    recordRequest: counters.recordRequest,
    acquireRetry: counters.acquireRetry,
    recordQuerySent: counters.recordQuerySent,
    billedQueries: counters.billedQueries,
  };
  return store;
}
