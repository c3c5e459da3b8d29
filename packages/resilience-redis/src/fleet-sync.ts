import type { CircuitRecord, Pause, PauseRemoval } from '@halo-fhir/fhir-client';
import { scanKeys } from './connection.js';
import { removalKey } from './keys.js';
import type { RedisLink } from './link.js';
import { breakerFrom, type ChangeMessage, pauseFrom } from './messages.js';
import { removePausesScript, restoreBreakerScript, setPauseScript } from './scripts.js';

/** A stored pause, or undefined for a key that does not hold one (written by something else). */
function readPause(json: string | null | undefined, since: string | null | undefined): Pause | undefined {
  if (!json || !since) return undefined;
  try {
    return pauseFrom(json, since);
  } catch {
    return undefined;
  }
}

/** Puts a breaker record from Redis in the mirror, unless a newer change is already there. */
export function applyBreaker(
  link: RedisLink,
  site: string,
  seq: number,
  record: CircuitRecord,
  fromElsewhere: boolean,
): void {
  if (seq > 0 && !link.fresh(`breaker:${site}`, seq)) return;
  const before = link.mirror.breaker(site).state;
  link.mirror.applyBreaker(site, record);
  if (fromElsewhere && record.state === 'closed' && before !== 'closed')
    link.hooks.breakerClosedElsewhere(site);
}

/** Puts a pause from Redis in the mirror (a longer one there is kept) and tells the policy if it is news. */
export function applyPause(link: RedisLink, pause: Pause, seq: number): void {
  if (seq > 0 && !link.fresh(`pause:${link.keys.pause(pause)}`, seq)) return;
  if (link.mirror.applyPause(pause).applied) link.hooks.pausedElsewhere(pause);
}

/** Applies what another worker announced on the channel. */
export function applyChange(link: RedisLink, message: ChangeMessage): void {
  if (message.from === link.origin || !link.attached) return;
  switch (message.kind) {
    case 'pause':
      applyPause(link, message.pause, message.seq);
      return;
    case 'removal': {
      const ended = link.mirror.applyRemoval(message.removal, message.at);
      if (ended.length > 0) link.hooks.resumedElsewhere(ended);
      return;
    }
    case 'breaker':
      applyBreaker(link, message.site, message.seq, message.record, true);
      return;
    case 'login':
      if (link.fresh(`login:${message.site}`, message.seq))
        link.mirror.applyLoginFailures(message.site, message.streak);
      return;
  }
}

/** Writes a pause to Redis (kept only if it lasts longer than the fleet's) and mirrors what Redis holds. */
export async function writePause(link: RedisLink, pause: Pause): Promise<void> {
  const at = link.now();
  const ttl =
    pause.resumesAt === undefined
      ? link.settings.untilResetTtlMs
      : pause.resumesAt - at + link.settings.staleAfterMs;
  const reply = (await link.change(
    setPauseScript,
    [link.keys.pause(pause)],
    [JSON.stringify(pause), pause.resumesAt ?? '', pause.since, Math.max(1, ttl), link.origin, at],
  )) as [number, string, string, number];
  if (reply[0] === 1) link.fresh(`pause:${link.keys.pause(pause)}`, Number(reply[3]));
  else applyPause(link, pauseFrom(reply[1], reply[2]), Number(reply[3]));
}

/** Deletes the pauses a reset ended, for the whole fleet. */
export async function removePauses(link: RedisLink, removal: PauseRemoval, at: number): Promise<void> {
  const single = removalKey(link.keys, removal);
  const doomed = single === undefined ? await scanKeys(link.commands, link.keys.pausePattern) : [single];
  await link.change(removePausesScript, doomed, [JSON.stringify(removal), at, link.origin]);
}

/**
 * Brings this worker and Redis level, at start and when Redis answers again: replays resets made
 * meanwhile, loads the fleet's pauses and breakers, and writes back what this worker learnt while
 * Redis was away (so a Redis restarted empty gets the fleet's state back). Pauses only extend and a
 * breaker is restored only where the fleet has none, so nothing newer is undone.
 */
export async function resync(link: RedisLink): Promise<void> {
  const { commands, keys, mirror } = link;
  for (const { removal, at } of link.offlineRemovals.splice(0)) await removePauses(link, removal, at);
  const at = link.now();
  for (const key of await scanKeys(commands, keys.pausePattern)) {
    const [json, since, seq] = await commands.hmget(key, 'json', 'since', 'seq');
    const pause = readPause(json, since);
    if (pause) applyPause(link, pause, Number(seq));
  }
  for (const pause of mirror.pauses()) {
    if (pause.resumesAt === undefined || pause.resumesAt > at) await writePause(link, pause);
  }
  const fleetBreakers = new Set<string>();
  for (const key of await scanKeys(commands, keys.breakerPattern)) {
    const fields = await commands.hgetall(key);
    if (!fields.site) continue;
    fleetBreakers.add(fields.site);
    applyBreaker(link, fields.site, Number(fields.seq), breakerFrom(fields as never), true);
  }
  for (const [site, record] of Object.entries(mirror.breakers())) {
    if (fleetBreakers.has(site)) continue;
    const ttl = Math.max(0, (record.openUntil ?? at) - at) + link.settings.staleAfterMs;
    // A half-open breaker goes back as open until now: the fleet then leases its probe afresh.
    await link.change(
      restoreBreakerScript,
      [keys.breaker(site)],
      [
        link.origin,
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
