import type { MaybePromise, ResilienceStore } from '@halo-fhir/fhir-client';
import type { RedisLink } from './link.js';
import { acquireRetryScript, loginScript } from './scripts.js';

/** The retry budget's window is counted in this many slices (a sliding window to within one slice). */
const BUDGET_SLICES = 10;

/** A login streak lasts a day past `staleAfterMs`: the longest login-failed pause, by default. */
const LOGIN_STREAK_MS = 24 * 3_600_000;

/**
 * The fleet's counters: login-failure streaks, the retry budget, and billed queries. Request and
 * billed-query counts are kept here and sent in one batch every `flushIntervalMs` (never per
 * request); a retry or a login failure is one atomic script.
 */
export function fleetCounters(
  link: RedisLink,
): Pick<
  ResilienceStore,
  | 'addLoginFailure'
  | 'clearLoginFailures'
  | 'recordRequest'
  | 'acquireRetry'
  | 'recordQuerySent'
  | 'billedQueries'
> & { flush(): Promise<void> } {
  const { mirror, keys, settings, origin } = link;
  let pendingRequests = 0;
  const pendingBilled = new Map<string, number>();
  const sliceOf = (at: number): number => Math.floor(at / (link.hooks.retryBudget.windowMs / BUDGET_SLICES));

  async function flush(): Promise<void> {
    if (!link.online || (pendingRequests === 0 && pendingBilled.size === 0)) return;
    const requests = pendingRequests;
    const billed = [...pendingBilled];
    pendingRequests = 0;
    pendingBilled.clear();
    const { windowMs } = link.hooks.retryBudget;
    const slice = keys.budget(sliceOf(link.now()));
    const batch = link.commands.multi();
    if (requests > 0) batch.hincrby(slice, 'requests', requests).pexpire(slice, Math.ceil(windowMs * 2));
    for (const [site, count] of billed) batch.hincrby(keys.billed, site, count);
    if (billed.length > 0) batch.pexpire(keys.billed, Math.ceil(settings.untilResetTtlMs));
    try {
      await batch.exec();
    } catch (error) {
      // Keep the billed counts for the next batch: they are what Halo charges.
      for (const [site, count] of billed) pendingBilled.set(site, (pendingBilled.get(site) ?? 0) + count);
      throw error;
    }
  }

  return {
    flush,
    addLoginFailure(site): MaybePromise<number> {
      return link.decide(
        async () => {
          const streak = Number(
            await link.change(
              loginScript,
              [keys.login(site)],
              [settings.staleAfterMs + LOGIN_STREAK_MS, origin, site, 1],
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
      for (const one of sites)
        link.background(() => link.change(loginScript, [keys.login(one)], [1, origin, one, 0]));
    },
    recordRequest(at): void {
      mirror.recordRequest(at);
      if (link.online) pendingRequests++;
    },
    acquireRetry(at): MaybePromise<boolean> {
      const { retryBudget } = link.hooks;
      return link.decide(
        async () => {
          const slice = sliceOf(at);
          const slices = Array.from({ length: BUDGET_SLICES }, (_, i) => keys.budget(slice - i));
          const requests = pendingRequests;
          pendingRequests = 0;
          const [granted] = (await link.script(acquireRetryScript, slices, [
            requests,
            retryBudget.ratio,
            retryBudget.minRetries,
            Math.ceil(retryBudget.windowMs * 2),
          ])) as [number, number];
          return granted === 1;
        },
        () => mirror.acquireRetry(at),
      );
    },
    recordQuerySent(site): void {
      mirror.recordQuerySent(site);
      // Kept while Redis is away too: sent with the first batch after it comes back.
      pendingBilled.set(site, (pendingBilled.get(site) ?? 0) + 1);
    },
    billedQueries(): MaybePromise<Record<string, number>> {
      return link.decide(
        async () => {
          await flush();
          const all = await link.commands.hgetall(keys.billed);
          return Object.fromEntries(Object.entries(all).map(([site, count]) => [site, Number(count)]));
        },
        () => mirror.billedQueries(),
      );
    },
  };
}
