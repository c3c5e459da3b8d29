import type {
  BreakerAdmission,
  CircuitTransition,
  MaybePromise,
  ResilienceStore,
} from '@halo-fhir/fhir-client';
import { scanKeys } from './connection.js';
import { applyBreaker } from './fleet-sync.js';
import type { RedisLink } from './link.js';
import { breakerFrom } from './messages.js';
import { admitScript, releaseProbeScript, siteAnsweredScript, siteFailureScript } from './scripts.js';

/** What the breaker scripts answer: the record, its sequence number, and the decision. */
type Reply = [string, number, string, string, number, number, string, number, number];

/**
 * The circuit breakers of the fleet: one record per practice in Redis, changed only by the Lua
 * scripts (failures counted for the fleet, one probe lease), read from the mirror when it can
 * answer alone (a closed breaker, or one open for a while yet).
 */
export function breakerDecisions(link: RedisLink): Pick<
  ResilienceStore,
  'admitToSite' | 'recordSiteAnswered' | 'recordSiteFailure' | 'releaseProbe' | 'resetBreakers'
> & {
  resetInRedis(site: string | undefined, known: readonly string[]): Promise<void>;
} {
  const { mirror, settings, origin } = link;

  async function run(script: string, site: string, args: readonly (string | number)[]): Promise<Reply> {
    const reply = (await link.change(script, [link.keys.breaker(site)], args)) as Reply;
    const record = breakerFrom({
      state: reply[0],
      failures: reply[1],
      openUntil: reply[2],
      openMs: reply[3],
      probes: reply[4],
    });
    applyBreaker(link, site, Number(reply[5]), record, false);
    return reply;
  }

  return {
    resetInRedis,
    admitToSite(site, at): MaybePromise<BreakerAdmission> {
      const local = mirror.breaker(site);
      // The happy path: nothing known against the site, so no round trip.
      if (local.state === 'closed') return { allowed: true, probe: false, transition: { kind: 'none' } };
      if (local.state === 'open' && local.openUntil !== undefined && at < local.openUntil)
        return { allowed: false, probe: false, transition: { kind: 'none' } };
      const { breaker } = link.hooks;
      return link.decide(
        async () => {
          const reply = await run(admitScript, site, [
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
      return link.decide(
        async () => {
          const reply = await run(siteAnsweredScript, site, [origin, site]);
          return reply[6] === 'closed' ? { kind: 'closed' } : { kind: 'none' };
        },
        () => mirror.recordSiteAnswered(site),
      );
    },
    recordSiteFailure(site, at, { probe }): MaybePromise<CircuitTransition> {
      const { breaker } = link.hooks;
      return link.decide(
        async (): Promise<CircuitTransition> => {
          const reply = await run(siteFailureScript, site, [
            at,
            probe ? 1 : 0,
            breaker.failureThreshold,
            breaker.openMs,
            breaker.maxOpenMs,
            settings.staleAfterMs,
            origin,
            site,
          ]);
          const openUntil = Number(reply[2]);
          return reply[6] === 'opened' && reply[2] !== ''
            ? { kind: 'opened', openUntil, openMs: Number(reply[3]) }
            : { kind: 'none' };
        },
        () => mirror.recordSiteFailure(site, at, { probe }),
      );
    },
    releaseProbe(site): void {
      mirror.releaseProbe(site);
      link.background(() =>
        link.change(releaseProbeScript, [link.keys.breaker(site)], [origin, site, settings.staleAfterMs]),
      );
    },
    resetBreakers(site): void {
      const known = site === undefined ? Object.keys(mirror.breakers()) : [site];
      mirror.resetBreakers(site);
      if (!link.online) link.offlineBreakerResets.push(site);
      link.background(() => resetInRedis(site, known));
    },
  };

  /** Closes the fleet's breakers of `known` sites (and, for all, every one Redis holds). */
  async function resetInRedis(site: string | undefined, known: readonly string[]): Promise<void> {
    const inRedis =
      site === undefined
        ? (await scanKeys(link.commands, link.keys.breakerPattern)).map((key) =>
            decodeURIComponent(key.slice(link.keys.breaker('').length)),
          )
        : [];
    for (const one of new Set([...known, ...inRedis])) await run(siteAnsweredScript, one, [origin, one]);
  }
}
