import { randomUUID } from 'node:crypto';
import { InvalidArgumentError, createMemoryResilienceStore } from '@halo-fhir/fhir-client';
import type {
  BreakerAdmission,
  CircuitRecord,
  CircuitTransition,
  EndedPause,
  MaybePromise,
  Pause,
  PauseRemoval,
  PauseWrite,
  ResilienceStore,
  ScopeTarget,
  StoreAttachment,
} from '@halo-fhir/fhir-client';
import { describeRedisError, openConnection, scanKeys, scriptRunner } from './connection.js';
import { removalKey, storeKeys } from './keys.js';
import { breakerFrom, parseChangeMessage, pauseFrom } from './messages.js';
import type { ChangeMessage } from './messages.js';
import { resolveRedisStoreOptions } from './options.js';
import type { RedisResilienceStoreOptions } from './options.js';
import * as lua from './scripts.js';

/** The budget's window is counted in this many slices (a sliding window to within one slice). */
const BUDGET_SLICES = 10;

/**
 * A {@link ResilienceStore} shared by every worker on one Redis, with the extras a fleet needs.
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

type Reply = [string, number, string, string, number, number, string, number, number];

const recordOf = (reply: Reply): CircuitRecord =>
  breakerFrom({
    state: reply[0],
    failures: reply[1],
    openUntil: reply[2],
    openMs: reply[3],
    probes: reply[4],
  });

/**
 * Creates a store that keeps the policy's shared state in Redis: pauses by scope, breakers with
 * their half-open probe lease, login streaks, the retry budget and billed-query counts, namespaced
 * by `environment` and `integrator`. Each worker reads a local mirror kept current by Pub/Sub, so a
 * request to a scope that nothing pauses costs no round trip. When Redis cannot be reached the
 * policy decides on the mirror, emits a `store` event, and resyncs when Redis answers again.
 * Throws `InvalidRedisStoreOptionError` for a bad option. Connects when the policy attaches it.
 */
export function createRedisResilienceStore(options: RedisResilienceStoreOptions): RedisResilienceStore {
  const settings = resolveRedisStoreOptions(options);
  const keys = storeKeys(settings);
  const origin = randomUUID();
  const mirror = createMemoryResilienceStore();
  const commands = openConnection(
    settings.connection,
    settings.commandTimeoutMs,
    `halo-fhir-store:${origin}`,
  );
  const subscriber = openConnection(
    settings.connection,
    settings.commandTimeoutMs,
    `halo-fhir-sub:${origin}`,
  );
  const run = scriptRunner(commands);
  const seen = new Map<string, number>();
  const writes = new Set<Promise<unknown>>();
  let hooks: StoreAttachment | undefined;
  let online = false;
  let closed = false;
  let pendingRequests = 0;
  const pendingBilled = new Map<string, number>();
  let healthTimer: NodeJS.Timeout | undefined;
  let readyPromise: Promise<void> | undefined;

  const attached = (): StoreAttachment => {
    if (!hooks) {
      throw new InvalidArgumentError(
        'store',
        'it is not attached to a policy yet; pass it as createResiliencePolicy({ store }) before using it.',
      );
    }
    return hooks;
  };
  const now = (): number => attached().now();
  const fresh = (entity: string, seq: number): boolean => {
    if (seq <= (seen.get(entity) ?? 0)) return false;
    seen.set(entity, seq);
    return true;
  };

  function goOffline(error: unknown): void {
    if (closed || !online) return;
    online = false;
    attached().statusChanged({
      available: false,
      message: `Redis is unreachable (${describeRedisError(error)}); this worker decides on its own state until it answers again`,
    });
    startHealthChecks();
  }

  function startHealthChecks(): void {
    if (healthTimer || closed) return;
    healthTimer = setInterval(() => {
      if (online || closed) return;
      commands
        .ping()
        .then(() => resync())
        .then(() => {
          if (online || closed) return;
          online = true;
          stopHealthChecks();
          attached().statusChanged({
            available: true,
            message: 'Redis answers again; the fleet state is resynced',
          });
        })
        .catch(() => {});
    }, settings.reconnectCheckMs);
    healthTimer.unref();
  }
  const stopHealthChecks = (): void => {
    if (healthTimer) clearInterval(healthTimer);
    healthTimer = undefined;
  };

  /** Runs a write in the background; `sync()` waits for it. A failure only takes the store offline. */
  function background(write: () => Promise<unknown>): void {
    if (!online) return;
    const promise = write()
      .catch(goOffline)
      .finally(() => writes.delete(promise));
    writes.add(promise);
  }

  /** Asks Redis, or decides locally when Redis is away or fails to answer in time. */
  async function decide<T>(remote: () => Promise<T>, local: () => MaybePromise<T>): Promise<T> {
    if (!online) return local();
    try {
      return await remote();
    } catch (error) {
      goOffline(error);
      return local();
    }
  }

  // --- applying what Redis says -------------------------------------------------------------

  function applyBreaker(site: string, seq: number, record: CircuitRecord, fromElsewhere: boolean): void {
    if (seq > 0 && !fresh(`breaker:${site}`, seq)) return;
    const before = mirror.breaker(site).state;
    mirror.applyBreaker(site, record);
    if (fromElsewhere && record.state === 'closed' && before !== 'closed')
      attached().breakerClosedElsewhere(site);
  }

  function applyPause(pause: Pause, seq: number): void {
    if (seq > 0 && !fresh(`pause:${keys.pause(pause)}`, seq)) return;
    if (mirror.applyPause(pause).applied) attached().pausedElsewhere(pause);
  }

  function onMessage(message: ChangeMessage): void {
    if (message.from === origin || !hooks) return;
    switch (message.kind) {
      case 'pause':
        applyPause(message.pause, message.seq);
        return;
      case 'removal': {
        const ended = mirror.applyRemoval(message.removal, message.at);
        if (ended.length > 0) attached().resumedElsewhere(ended);
        return;
      }
      case 'breaker':
        applyBreaker(message.site, message.seq, message.record, true);
        return;
      case 'login':
        if (fresh(`login:${message.site}`, message.seq))
          mirror.applyLoginFailures(message.site, message.streak);
        return;
    }
  }

  // --- loading and pushing state (start, and after Redis comes back) -------------------------

  async function resync(): Promise<void> {
    const at = now();
    for (const key of await scanKeys(commands, keys.pausePattern)) {
      const [json, since, seq] = await commands.hmget(key, 'json', 'since', 'seq');
      if (json && since) applyPause(pauseFrom(json, since), Number(seq));
    }
    for (const pause of mirror.pauses()) {
      if (pause.resumesAt === undefined || pause.resumesAt > at) await writePause(pause);
    }
    const remoteBreakers = new Set<string>();
    for (const key of await scanKeys(commands, keys.breakerPattern)) {
      const fields = await commands.hgetall(key);
      if (!fields.site) continue;
      remoteBreakers.add(fields.site);
      applyBreaker(fields.site, Number(fields.seq), breakerFrom(fields as never), true);
    }
    for (const [site, record] of Object.entries(mirror.breakers())) {
      if (remoteBreakers.has(site)) continue;
      const ttl = Math.max(0, (record.openUntil ?? at) - at) + settings.staleAfterMs;
      await run(
        lua.restoreBreakerScript,
        [keys.breaker(site), keys.sequence, keys.channel],
        [
          origin,
          site,
          record.state === 'half-open' ? 'open' : record.state,
          record.consecutiveFailures,
          record.state === 'half-open' ? at : (record.openUntil ?? ''),
          record.openMs,
          ttl,
        ],
      );
    }
  }

  async function start(): Promise<void> {
    commands.on('error', goOffline);
    subscriber.on('error', goOffline);
    commands.on('close', () => goOffline(new Error('connection closed')));
    subscriber.on('close', () => goOffline(new Error('Pub/Sub connection closed')));
    subscriber.on('message', (_channel: string, text: string) => {
      const message = parseChangeMessage(text);
      if (message) onMessage(message);
    });
    try {
      await Promise.all([commands.connect(), subscriber.connect()]);
      await subscriber.subscribe(keys.channel);
      await resync();
      online = true;
    } catch (error) {
      online = true; // so that goOffline reports it once
      goOffline(error);
    }
  }

  // --- writes --------------------------------------------------------------------------------

  async function writePause(pause: Pause): Promise<void> {
    const at = now();
    const ttl =
      pause.resumesAt === undefined ? settings.untilResetTtlMs : pause.resumesAt - at + settings.staleAfterMs;
    const reply = (await run(
      lua.setPauseScript,
      [keys.pause(pause), keys.sequence, keys.channel],
      [JSON.stringify(pause), pause.resumesAt ?? '', pause.since, Math.max(1, ttl), origin, at],
    )) as [number, string, string, number];
    const stored = pauseFrom(reply[1], reply[2]);
    if (reply[0] === 1) fresh(`pause:${keys.pause(pause)}`, Number(reply[3]));
    else applyPause(stored, Number(reply[3]));
  }

  function removeRemote(removal: PauseRemoval, at: number): void {
    background(async () => {
      const single = removalKey(keys, removal);
      const doomed = single === undefined ? await scanKeys(commands, keys.pausePattern) : [single];
      await run(
        lua.removePausesScript,
        [...doomed, keys.sequence, keys.channel],
        [JSON.stringify(removal), at, origin],
      );
    });
  }

  async function breakerScript(
    script: string,
    site: string,
    args: readonly (string | number)[],
  ): Promise<Reply> {
    const reply = (await run(script, [keys.breaker(site), keys.sequence, keys.channel], args)) as Reply;
    applyBreaker(site, Number(reply[5]), recordOf(reply), false);
    return reply;
  }

  function takePending(): { requests: number; billed: [string, number][] } {
    const taken = { requests: pendingRequests, billed: [...pendingBilled] };
    pendingRequests = 0;
    pendingBilled.clear();
    return taken;
  }

  async function flush(): Promise<void> {
    if (!online || (pendingRequests === 0 && pendingBilled.size === 0)) return;
    const { requests, billed } = takePending();
    const { retryBudget } = attached();
    const slice = Math.floor(now() / (retryBudget.windowMs / BUDGET_SLICES));
    const batch = commands.multi();
    if (requests > 0) {
      batch.hincrby(keys.budget(slice), 'requests', requests);
      batch.pexpire(keys.budget(slice), Math.ceil(retryBudget.windowMs * 2));
    }
    for (const [site, count] of billed) batch.hincrby(keys.billed, site, count);
    if (billed.length > 0) batch.pexpire(keys.billed, Math.ceil(settings.untilResetTtlMs));
    await batch.exec();
  }

  const flushTimer = setInterval(() => background(flush), settings.flushIntervalMs);
  flushTimer.unref();

  const store: RedisResilienceStore = {
    kind: 'redis',
    get available() {
      return online;
    },
    attach(attachment: StoreAttachment): void {
      if (hooks) {
        throw new InvalidArgumentError(
          'store',
          'it is already used by another policy; create one Redis store per policy (one policy per subscription key and process).',
        );
      }
      hooks = attachment;
      mirror.attach(attachment);
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
      await Promise.allSettled([...writes]);
      if (!online) return;
      try {
        await flush();
        await subscriber.ping();
      } catch (error) {
        goOffline(error);
      }
    },
    async close(): Promise<void> {
      clearInterval(flushTimer);
      stopHealthChecks();
      await Promise.allSettled([...writes]);
      await flush().catch(() => {});
      closed = true;
      commands.disconnect();
      subscriber.disconnect();
    },

    getPause: (target: ScopeTarget) => mirror.getPause(target),
    pauses: () => mirror.pauses(),
    setPause(pause: Pause): PauseWrite {
      const result = mirror.setPause(pause);
      if (result.applied) background(() => writePause(result.pause));
      return result;
    },
    expirePauses: (at: number): EndedPause[] => mirror.expirePauses(at),
    removePauses(removal: PauseRemoval, at: number): EndedPause[] {
      const ended = mirror.removePauses(removal, at);
      removeRemote(removal, at);
      return ended;
    },

    breaker: (site) => mirror.breaker(site),
    breakers: () => mirror.breakers(),
    admitToSite(site, at): MaybePromise<BreakerAdmission> {
      const local = mirror.breaker(site);
      // The happy path: nothing known against the site, so no round trip.
      if (local.state === 'closed') return { allowed: true, probe: false, transition: { kind: 'none' } };
      if (local.state === 'open' && local.openUntil !== undefined && at < local.openUntil)
        return { allowed: false, probe: false, transition: { kind: 'none' } };
      const { breaker } = attached();
      return decide(
        async () => {
          const reply = await breakerScript(lua.admitScript, site, [
            at,
            breaker.halfOpenProbes,
            settings.probeLeaseMs,
            settings.staleAfterMs,
            breaker.openMs,
            origin,
            site,
          ]);
          const transition: CircuitTransition =
            reply[6] === 'half-opened' ? { kind: 'half-opened' } : { kind: 'none' };
          return { allowed: reply[7] === 1, probe: reply[8] === 1, transition };
        },
        () => mirror.admitToSite(site, at),
      );
    },
    recordSiteAnswered(site): MaybePromise<CircuitTransition> {
      const local = mirror.breaker(site);
      if (local.state === 'closed' && local.consecutiveFailures === 0) return { kind: 'none' };
      return decide(
        async () => {
          const reply = await breakerScript(lua.siteAnsweredScript, site, [origin, site]);
          return reply[6] === 'closed' ? { kind: 'closed' } : { kind: 'none' };
        },
        () => mirror.recordSiteAnswered(site),
      );
    },
    recordSiteFailure(site, at, { probe }): MaybePromise<CircuitTransition> {
      const { breaker } = attached();
      return decide(
        async (): Promise<CircuitTransition> => {
          const reply = await breakerScript(lua.siteFailureScript, site, [
            at,
            probe ? 1 : 0,
            breaker.failureThreshold,
            breaker.openMs,
            breaker.maxOpenMs,
            settings.staleAfterMs,
            origin,
            site,
          ]);
          const record = recordOf(reply);
          return reply[6] === 'opened' && record.openUntil !== undefined
            ? { kind: 'opened', openUntil: record.openUntil, openMs: record.openMs }
            : { kind: 'none' };
        },
        () => mirror.recordSiteFailure(site, at, { probe }),
      );
    },
    releaseProbe(site): void {
      mirror.releaseProbe(site);
      background(() =>
        run(
          lua.releaseProbeScript,
          [keys.breaker(site), keys.sequence, keys.channel],
          [origin, site, settings.staleAfterMs],
        ),
      );
    },
    resetBreakers(site): void {
      const sites = site === undefined ? Object.keys(mirror.breakers()) : [site];
      mirror.resetBreakers(site);
      background(async () => {
        const all =
          site === undefined
            ? (await scanKeys(commands, keys.breakerPattern)).map((key) =>
                decodeURIComponent(key.slice(keys.breaker('').length)),
              )
            : sites;
        for (const one of new Set([...sites, ...all]))
          await breakerScript(lua.siteAnsweredScript, one, [origin, one]);
      });
    },

    loginFailures: () => mirror.loginFailures(),
    addLoginFailure(site): MaybePromise<number> {
      return decide(
        async () => {
          const streak = Number(
            await run(
              lua.loginScript,
              [keys.login(site), keys.sequence, keys.channel],
              [settings.staleAfterMs + 24 * 3_600_000, origin, site, 1],
            ),
          );
          mirror.applyLoginFailures(site, streak);
          return streak;
        },
        () => mirror.addLoginFailure(site),
      );
    },
    clearLoginFailures(site): void {
      const known = mirror.loginFailures();
      const sites = site === undefined ? Object.keys(known) : known[site] === undefined ? [] : [site];
      mirror.clearLoginFailures(site);
      for (const one of sites) {
        background(() =>
          run(lua.loginScript, [keys.login(one), keys.sequence, keys.channel], [1, origin, one, 0]),
        );
      }
    },

    recordRequest(at): void {
      mirror.recordRequest(at);
      if (online) pendingRequests++;
    },
    acquireRetry(at): MaybePromise<boolean> {
      const { retryBudget } = attached();
      return decide(
        async () => {
          const sliceMs = retryBudget.windowMs / BUDGET_SLICES;
          const slice = Math.floor(at / sliceMs);
          const slices = Array.from({ length: BUDGET_SLICES }, (_, i) => keys.budget(slice - i));
          const requests = pendingRequests;
          pendingRequests = 0;
          try {
            const [granted] = (await run(lua.acquireRetryScript, slices, [
              requests,
              retryBudget.ratio,
              retryBudget.minRetries,
              Math.ceil(retryBudget.windowMs * 2),
            ])) as [number, number];
            return granted === 1;
          } catch (error) {
            pendingRequests += requests;
            throw error;
          }
        },
        () => mirror.acquireRetry(at),
      );
    },

    recordQuerySent(site): void {
      mirror.recordQuerySent(site);
      if (online) pendingBilled.set(site, (pendingBilled.get(site) ?? 0) + 1);
    },
    billedQueries(): MaybePromise<Record<string, number>> {
      return decide(
        async () => {
          await flush();
          const all = await commands.hgetall(keys.billed);
          return Object.fromEntries(Object.entries(all).map(([site, count]) => [site, Number(count)]));
        },
        () => mirror.billedQueries(),
      );
    },
  };
  return store;
}
