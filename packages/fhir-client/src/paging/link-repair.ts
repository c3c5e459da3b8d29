/**
 * Parameters a `next` link must keep for later pages to hold what the first page held. Halo's
 * known issue drops `_include`/`_revinclude` from `link.url`; the result parameters are restored
 * too because losing `_count`, `_sort`, `_elements`, `_summary` or `_total` silently changes pages.
 */
export const RepairedParameter = {
  Include: '_include',
  Revinclude: '_revinclude',
  Count: '_count',
  Sort: '_sort',
  Elements: '_elements',
  Summary: '_summary',
  Total: '_total',
} as const;
export type RepairedParameter = (typeof RepairedParameter)[keyof typeof RepairedParameter];

/** Repeatable parameters: compared as (name, value) pairs, so each missing pair is restored. */
const repeatableParameters: ReadonlySet<string> = new Set([
  RepairedParameter.Include,
  RepairedParameter.Revinclude,
]);
/** Single-valued parameters: restored only when the link has no value at all (the server may have clamped it). */
const singleValuedParameters: ReadonlySet<string> = new Set([
  RepairedParameter.Count,
  RepairedParameter.Sort,
  RepairedParameter.Elements,
  RepairedParameter.Summary,
  RepairedParameter.Total,
]);

/** What {@link repairNextLink} did to one link. */
export interface LinkRepair {
  /** The link exactly as the server sent it (possibly relative). */
  readonly original: string;
  /** The absolute URL to follow: `original` resolved against the base, with the lost parameters appended. */
  readonly repaired: string;
  /** Each restored parameter as `name=value` (decoded), in the order it was appended; empty when nothing was lost. */
  readonly restored: readonly string[];
}

/** Inputs of {@link repairNextLink}. */
export interface RepairNextLinkOptions {
  /** The query of the original search as sent (GET query string or POST form body). */
  readonly sent: URLSearchParams;
  /** The FHIR base URL that relative links resolve against. */
  readonly base: string | URL;
  /**
   * The searched resource type. Only a link that searches this type (`…/{type}` or
   * `…/{type}/_search`) is repaired: a link elsewhere (e.g. HAPI's `?_getpages=` token) carries
   * server-side paging state that parameters must not be added to.
   */
  readonly resourceType: string;
}

/**
 * Restores the parameters of the original search that a `next` link lost. Idempotent: a link that
 * already carries them is returned unchanged (apart from being made absolute), and a parameter the
 * server kept is never added a second time, so the repair stays correct once Halo fixes its bug.
 */
export function repairNextLink(link: string, options: RepairNextLinkOptions): LinkRepair {
  const { url, restored } = repairUrl(new URL(link, withTrailingSlash(options.base)), options);
  return { original: link, repaired: url.href, restored };
}

/**
 * {@link repairNextLink} on a link already parsed: the pager parses each link once. Returns the
 * repaired URL (`url` itself when nothing was lost) and what was restored.
 */
export function repairUrl(
  url: URL,
  options: Omit<RepairNextLinkOptions, 'base'>,
): { url: URL; restored: string[] } {
  if (!searchesType(url, options.resourceType)) return { url, restored: [] };

  const kept = url.searchParams;
  const missing: [string, string][] = [];
  const keptPairs = new Set([...kept].map(([name, value]) => pairKey(name, value)));
  const addedSingles = new Set<string>();
  for (const [name, value] of options.sent) {
    const baseName = name.split(':', 1)[0] ?? name;
    if (repeatableParameters.has(baseName)) {
      const key = pairKey(name, value);
      if (keptPairs.has(key)) continue;
      keptPairs.add(key);
      missing.push([name, value]);
    } else if (singleValuedParameters.has(name)) {
      if (kept.has(name) || addedSingles.has(name)) continue;
      addedSingles.add(name);
      missing.push([name, value]);
    }
  }
  if (missing.length === 0) return { url, restored: [] };

  // Appending to the raw query keeps the server's own encoding of what it sent intact.
  const appended = new URLSearchParams(missing).toString();
  const repaired = new URL(url.href);
  repaired.search = url.search.length > 1 ? `${url.search}&${appended}` : `?${appended}`;
  return { url: repaired, restored: missing.map(([name, value]) => `${name}=${value}`) };
}

/**
 * True when the repair restores `name` (a sent parameter) to a link whose parameters are `kept`: each
 * missing `_include`/`_revinclude` pair, and a single-valued result parameter the link has no value for.
 */
export function restoredWhenMissing(name: string, kept: URLSearchParams): boolean {
  const kind = restoredAs(name);
  return kind === 'pair' || (kind === 'single' && !kept.has(name));
}

/**
 * How the repair restores a sent parameter: `pair` for each missing `_include`/`_revinclude`
 * (modifiers included) name-value pair, `single` for a single-valued result parameter the link
 * has no value for, undefined for a parameter it never restores.
 */
export function restoredAs(name: string): 'pair' | 'single' | undefined {
  if (repeatableParameters.has(name.split(':', 1)[0] ?? name)) return 'pair';
  return singleValuedParameters.has(name) ? 'single' : undefined;
}

function searchesType(url: URL, resourceType: string): boolean {
  const path = url.pathname.replace(/\/+$/, '');
  return path.endsWith(`/${resourceType}`) || path.endsWith(`/${resourceType}/_search`);
}

function pairKey(name: string, value: string): string {
  return `${name}\u0000${value}`;
}

/** Relative links resolve against the base as a directory, which needs the trailing slash. */
export function withTrailingSlash(base: string | URL): string {
  const text = typeof base === 'string' ? base : base.href;
  return text.endsWith('/') ? text : `${text}/`;
}
