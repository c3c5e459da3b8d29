import { REDACTED, redactUrl, SECRET_QUERY_PARAMETERS } from '../errors/redact.js';
import type { PagingCursor } from './cursor.js';
import { AlteredSearchLinkError } from './errors/altered-search-link-error.js';
import { restoredWhenMissing } from './link-repair.js';
import type { PagingParameterRules } from './paging-parameters.js';

/** How a `next` link that {@link checkSameSearch} accepted continues the search. */
export const ContinuationKind = {
  /** The type search again, with the same search parameters apart from paging parameters. */
  SameSearch: 'same-search',
  /** A page token that holds the search on the server (HAPI's `[base]?_getpages=…`, `_page_token`, `ct`). */
  PageToken: 'page-token',
} as const;
/** One of {@link ContinuationKind}. */
export type ContinuationKind = (typeof ContinuationKind)[keyof typeof ContinuationKind];

/** What {@link checkSameSearch} compares a link with. */
export interface SearchIdentity {
  /** The configured FHIR base; the link is already confined under it. */
  readonly base: URL;
  /** The resource type searched. */
  readonly resourceType: string;
  /** The search's parameters as sent. */
  readonly query: URLSearchParams;
  /** The parameter names a `next` link may add, change or drop: paging parameters and page tokens. */
  readonly rules: PagingParameterRules;
}

/**
 * Holds a `next` link (absolute, confined to the base, not yet repaired) to the search it pages: the
 * same resource type with the same search parameters apart from those the server owns (paging and
 * page-token parameters) and those the link repair restores, or an opaque page-token link. Anything
 * else throws {@link AlteredSearchLinkError} naming the difference; `link` is the text as sent.
 */
export function checkSameSearch(
  url: URL,
  link: string,
  search: SearchIdentity,
  cursor: () => PagingCursor,
): ContinuationKind {
  const { resourceType, rules } = search;
  const refuse = (difference: string, pairs: { added?: string[]; dropped?: string[] } = {}): never => {
    throw new AlteredSearchLinkError(
      { link: redactUrl(link), resourceType, difference, ...pairs },
      { cursor: cursor() },
    );
  };
  const owned = (name: string) => {
    const baseName = name.split(':', 1)[0] ?? name;
    return rules.paging.has(baseName) || rules.tokens.has(baseName);
  };
  const linkPairs = [...url.searchParams];
  const hasToken = linkPairs.some(([name]) => rules.tokens.has(name.split(':', 1)[0] ?? name));
  const searchPairs = linkPairs.filter(([name]) => !owned(name));

  const segments = segmentsAfterBase(url, search.base);
  const [type, operation, ...rest] = segments;
  if (type === undefined) {
    if (hasToken && searchPairs.length === 0) return ContinuationKind.PageToken;
    return refuse(
      hasToken
        ? `searches the whole server with ${searchPairs.map(formatPair).join('&')}`
        : 'names no resource type and carries no page token',
    );
  }
  if (type !== resourceType) {
    return refuse(
      operation === undefined ? `searches ${type}, not ${resourceType}` : `points at ${segments.join('/')}`,
    );
  }
  if (operation !== undefined && !(operation === '_search' && rest.length === 0)) {
    return refuse(`points at ${segments.join('/')}, not at a ${resourceType} search`);
  }
  if (hasToken && searchPairs.length === 0) return ContinuationKind.PageToken;

  const sent = [...search.query].filter(([name]) => !owned(name));
  const added = subtract(searchPairs, sent);
  const dropped = subtract(sent, searchPairs).filter(
    ([name]) => !restoredWhenMissing(name, url.searchParams),
  );
  if (added.length === 0 && dropped.length === 0) return ContinuationKind.SameSearch;
  const described = [
    ...(added.length > 0 ? [`adds ${added.map(formatPair).join(', ')}`] : []),
    ...(dropped.length > 0 ? [`drops ${dropped.map(formatPair).join(', ')}`] : []),
  ];
  return refuse(`changes the search parameters: it ${described.join(' and ')}`, {
    added: added.map(formatPair),
    dropped: dropped.map(formatPair),
  });
}

/** Path segments of `url` after the base path, decoded (the link is already confined under the base). */
function segmentsAfterBase(url: URL, base: URL): string[] {
  const basePath = base.pathname.replace(/\/+$/, '');
  return url.pathname
    .slice(basePath.length)
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The pairs of `from` that `other` does not match one for one (a multiset difference). */
function subtract(from: readonly [string, string][], other: readonly [string, string][]): [string, string][] {
  const available = new Map<string, number>();
  for (const [name, value] of other) {
    const key = `${name}\u0000${value}`;
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  const left: [string, string][] = [];
  for (const pair of from) {
    const key = `${pair[0]}\u0000${pair[1]}`;
    const count = available.get(key) ?? 0;
    if (count > 0) available.set(key, count - 1);
    else left.push(pair);
  }
  return left;
}

const secretNames: ReadonlySet<string> = new Set(SECRET_QUERY_PARAMETERS);

/** `name=value` as shown in an error, a credential parameter's value redacted. */
function formatPair([name, value]: [string, string]): string {
  return `${name}=${secretNames.has(name.toLowerCase()) ? REDACTED : value}`;
}
