import type { Bundle, BundleEntry, BundleLink, Resource } from 'fhir/r4.js';
import type { SearchResult } from './search/search-engine.js';

/** The query parameter that carries the opaque page cursor in `next`/`previous` links. */
export const cursorParameter = '_cursor';

/** Parameters that choose what a page shows, not which resources match: they do not bind a cursor. */
const notBindingCursor = (name: string): boolean =>
  name === cursorParameter ||
  name === '_count' ||
  name === '_format' ||
  name.startsWith('_include') ||
  name.startsWith('_revinclude') ||
  name === '_elements' ||
  name === '_summary';

/** FNV-1a, 32 bit: a short, stable fingerprint; not a security boundary. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * What a cursor is bound to: the resource type and the parameters that decide the matches and
 * their order. Includes are left out on purpose, so a client that repairs a `next` link by adding
 * `_include` back still holds a valid cursor.
 */
export function queryFingerprint(resourceType: string, params: URLSearchParams): string {
  const binding = [...params].filter(([name]) => !notBindingCursor(name));
  binding.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  return fingerprint(`${resourceType}?${new URLSearchParams(binding).toString()}`);
}

interface CursorPayload {
  readonly o: number;
  readonly q: string;
}

/** An opaque cursor for `offset` in the search fingerprinted `query`. */
export function encodeCursor(offset: number, query: string): string {
  const payload: CursorPayload = { o: offset, q: query };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** Why a cursor was refused. */
export class InvalidCursorError extends Error {
  /** Always `'InvalidCursorError'`. */
  override name = 'InvalidCursorError';
}

/**
 * The offset a cursor points at. Throws {@link InvalidCursorError} when the text is not a cursor
 * this server made, or when it was made for a different search.
 */
export function decodeCursor(cursor: string, expectedQuery: string): number {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(
      `"${cursorParameter}" is not a cursor from this server; follow the Bundle's links.`,
    );
  }
  const { o, q } = (payload ?? {}) as Partial<CursorPayload>;
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || typeof q !== 'string') {
    throw new InvalidCursorError(
      `"${cursorParameter}" is not a cursor from this server; follow the Bundle's links.`,
    );
  }
  if (q !== expectedQuery) {
    throw new InvalidCursorError(
      `"${cursorParameter}" belongs to a different search: keep every parameter except _include/_revinclude/_count as in the link.`,
    );
  }
  return o;
}

/** Everything {@link buildSearchsetBundle} needs to render one page. */
export interface SearchPage {
  /** The site's FHIR base, without a trailing slash. */
  readonly base: string;
  readonly resourceType: string;
  /** The parameters as received, cursor included. */
  readonly params: URLSearchParams;
  readonly result: SearchResult;
  readonly offset: number;
  readonly pageSize: number;
  /** Halo quirk: links leave out `_include`/`_revinclude`. */
  readonly dropIncludeOnPaging: boolean;
  /** Applied to every resource served (e.g. the lastUpdated quirk). */
  readonly present: (resource: Resource) => Resource;
}

function linkUrl(page: SearchPage, params: URLSearchParams): string {
  const query = params.toString();
  return `${page.base}/${page.resourceType}${query ? `?${query}` : ''}`;
}

function pageLinkParams(page: SearchPage, offset: number): URLSearchParams {
  const fingerprintText = queryFingerprint(page.resourceType, page.params);
  const kept = [...page.params].filter(
    ([name]) =>
      name !== cursorParameter &&
      !page.result.ignoredParams.includes(name) &&
      !(page.dropIncludeOnPaging && (name.startsWith('_include') || name.startsWith('_revinclude'))),
  );
  const params = new URLSearchParams(kept);
  params.set(cursorParameter, encodeCursor(offset, fingerprintText));
  return params;
}

function entryFor(page: SearchPage, resource: Resource, mode: 'match' | 'include'): BundleEntry {
  const shaped = page.present(page.result.shape(resource));
  return {
    fullUrl: `${page.base}/${resource.resourceType}/${resource.id ?? ''}`,
    resource: shaped,
    search: { mode },
  };
}

/** One page of a search as a `searchset` Bundle with `self`/`next`/`previous` links and `total`. */
export function buildSearchsetBundle(page: SearchPage): Bundle {
  const { result, offset, pageSize } = page;
  const selfParams = new URLSearchParams(
    [...page.params].filter(([name]) => !result.ignoredParams.includes(name)),
  );
  const link: BundleLink[] = [{ relation: 'self', url: linkUrl(page, selfParams) }];
  // `_total=none` asks the server not to count; everything else gets the exact total.
  const total = result.totalMode === 'none' ? {} : { total: result.total };
  if (result.summaryCount) {
    return { resourceType: 'Bundle', type: 'searchset', ...total, link };
  }
  const matches = result.matches.slice(offset, offset + pageSize);
  if (pageSize > 0 && offset + pageSize < result.matches.length) {
    link.push({ relation: 'next', url: linkUrl(page, pageLinkParams(page, offset + pageSize)) });
  }
  if (pageSize > 0 && offset > 0) {
    link.push({
      relation: 'previous',
      url: linkUrl(page, pageLinkParams(page, Math.max(0, offset - pageSize))),
    });
  }
  const seen = new Set(matches.map((r) => `${r.resourceType}/${r.id}`));
  const included = result.includesFor(matches).filter((r) => {
    const key = `${r.resourceType}/${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const entry = [
    ...matches.map((r) => entryFor(page, r, 'match')),
    ...included.map((r) => entryFor(page, r, 'include')),
  ];
  // FHIR JSON has no empty arrays: a page with nothing on it has no `entry`.
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...total,
    link,
    ...(entry.length === 0 ? {} : { entry }),
  };
}
