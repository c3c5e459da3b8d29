import { restoredAs, restoredWhenMissing, repairUrl, withTrailingSlash } from './link-repair.js';
import type { NextLinkContext, PreparedLink } from './next-link.js';

/**
 * The usual `next` link of one search, prepared without the general checks: on the configured
 * origin, at `{base}{type}` or `{base}{type}/_search`, with no page token, carrying exactly the
 * search's own parameters apart from those the server owns (paging parameters) and those the
 * repair restores when missing. For such a link the general path ({@link prepareNextLink}) would
 * confine nothing, find the same search and repair only what is missing; this finds the same
 * answer with the search's side worked out once per search instead of once per page. Returns
 * undefined for anything else (another origin, another path, a page token, a parameter added or
 * dropped, a link that is not a URL), which then goes the general way and gets its exact refusal.
 */
export function usualNextLinkShortcut(context: NextLinkContext): (link: string) => PreparedLink | undefined {
  const { base, resourceType, query, pagingParameters: rules } = context;
  const baseText = withTrailingSlash(base);
  const typePath = `${base.pathname.replace(/\/+$/, '')}/${resourceType}`;
  const searchPath = `${typePath}/_search`;
  // The name before any `:modifier` (what `split(':', 1)[0]` gives, without the array).
  const baseNameOf = (name: string) => {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(0, colon);
  };
  const owned = (name: string) => {
    const baseName = baseNameOf(name);
    return rules.paging.has(baseName) || rules.tokens.has(baseName);
  };
  // The search's own pairs, as a multiset, with each pair's name.
  const sentCounts = new Map<string, number>();
  const sentNames = new Map<string, string>();
  // Sent parameters the server owns that the repair may restore: a single-valued one (`_count`)
  // when the link has no value for it, a pair always checked by the repair itself.
  const ownedSingles: string[] = [];
  let ownedPairs = false;
  for (const [name, value] of query) {
    if (owned(name)) {
      const kind = restoredAs(name);
      if (kind === 'pair') ownedPairs = true;
      else if (kind === 'single') ownedSingles.push(name);
      continue;
    }
    const key = pairKey(name, value);
    sentCounts.set(key, (sentCounts.get(key) ?? 0) + 1);
    sentNames.set(key, name);
  }

  // A type name is letters only; anything else would need the general path's decoding to compare.
  if (!/^[A-Za-z]+$/.test(resourceType)) return () => undefined;

  return (link) => {
    let url: URL;
    try {
      url = new URL(link, baseText);
    } catch {
      return undefined;
    }
    if (url.origin !== base.origin || (url.pathname !== typePath && url.pathname !== searchPath))
      return undefined;
    const kept = url.searchParams;
    const remaining = new Map(sentCounts);
    for (const [name, value] of kept) {
      if (rules.tokens.has(baseNameOf(name))) return undefined;
      if (owned(name)) continue;
      const key = pairKey(name, value);
      const count = remaining.get(key);
      // A parameter the search did not send: the general path refuses it, naming it.
      if (count === undefined || count === 0) return undefined;
      remaining.set(key, count - 1);
    }
    let dropped = false;
    for (const [key, count] of remaining) {
      if (count === 0) continue;
      // A dropped parameter the repair does not restore: the general path refuses it, naming it.
      if (!restoredWhenMissing(sentNames.get(key) ?? key, kept)) return undefined;
      dropped = true;
    }
    const ownedMissing = ownedPairs || ownedSingles.some((name) => !kept.has(name));
    if (!dropped && !ownedMissing) return { url, loopKey: url.href, repair: undefined };
    const { url: repaired, restored } = repairUrl(url, { sent: query, resourceType });
    const href = repaired.href;
    return {
      url: repaired,
      loopKey: href,
      repair: restored.length > 0 ? { original: link, repaired: href, restored } : undefined,
    };
  };
}

function pairKey(name: string, value: string): string {
  return `${name}\u0000${value}`;
}
