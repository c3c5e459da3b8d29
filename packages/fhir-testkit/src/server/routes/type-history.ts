import type { Bundle, BundleLink, Resource } from 'fhir/r4.js';
import { fhirJsonResponse, type MockResponse } from '../mock-exchange.js';
import { IssueCode, operationOutcomeResponse } from '../operation-outcome.js';
import { cursorParameter, decodeCursor, encodeCursor, InvalidCursorError } from '../paging.js';
import { isActiveRecord } from '../search/only-active.js';
import { historyEntry, instantPattern, representationParams } from './history.js';
import type { RouteContext } from './route-context.js';

/** The largest page of a type's history. */
const maxHistoryCount = 1000;

const lastUpdatedOf = (version: Resource): number => Date.parse(version.meta?.lastUpdated ?? '');

/** Newest first; versions updated at the same instant by type, id and version, for a stable order. */
function newestFirst(a: Resource, b: Resource): number {
  const byTime = lastUpdatedOf(b) - lastUpdatedOf(a);
  if (byTime !== 0) return byTime;
  const key = (r: Resource) => `${r.id}\u0000${(r.meta?.versionId ?? '').padStart(12, '0')}`;
  return key(b) < key(a) ? -1 : key(b) > key(a) ? 1 : 0;
}

/** What binds a cursor: the type, `_since`, and the instant the first page was read (`asOf`). */
const binding = (resourceType: string, since: string, asOf: number) =>
  `${resourceType}/_history|${since}|${asOf}`;

/** The `asOf` a cursor carries, read before the cursor is checked against it. */
function asOfIn(cursor: string): number | undefined {
  try {
    const { q } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { q?: unknown };
    const asOf = typeof q === 'string' ? Number(q.split('|')[2]) : Number.NaN;
    return Number.isSafeInteger(asOf) ? asOf : undefined;
  } catch {
    return undefined;
  }
}

const refuse = (message: string): MockResponse => operationOutcomeResponse(400, IssueCode.Invalid, message);

/**
 * `GET [type]/_history`: every kept version of the type's records, newest first, paged by `_count`
 * with `next` links. `_since` (an instant) keeps versions last updated at or after it. The first page
 * fixes the list at its own instant (carried in the cursor), so versions written while a client pages
 * appear in its next read of the first page, never shift the pages it is reading. Under Halo's
 * `onlyActive`, inactive records are left out, as from reads.
 */
export function typeHistory(context: RouteContext, resourceType: string): MockResponse {
  const { params } = context;
  const allowed = new Set(['_since', '_count', cursorParameter, ...representationParams]);
  const unsupported = [...params.keys()].filter((name) => !allowed.has(name));
  if (unsupported.length > 0) {
    return operationOutcomeResponse(
      400,
      IssueCode.NotSupported,
      `${resourceType}/_history takes _since (an instant) and _count; not ${unsupported.join(', ')}.`,
    );
  }
  if (['_since', '_count', cursorParameter].some((name) => params.getAll(name).length > 1)) {
    return refuse('Give _since, _count and _cursor at most once each.');
  }
  const since = params.get('_since') ?? undefined;
  const countText = params.get('_count') ?? undefined;
  const cursor = params.get(cursorParameter) ?? undefined;
  if (since !== undefined && !instantPattern.test(since)) {
    return refuse(`_since must be an instant with a zone (e.g. 2026-11-26T09:00:00+11:00); got ${since}.`);
  }
  const count = countText === undefined ? context.pageSize : Number(countText);
  if ((countText !== undefined && !/^\d+$/.test(countText)) || count > maxHistoryCount) {
    return refuse(`_count must be a whole number from 0 to ${maxHistoryCount}; got ${countText}.`);
  }
  const sinceText = since ?? '';
  let asOf = context.clock.now();
  let offset = 0;
  if (cursor !== undefined) {
    const carried = asOfIn(cursor);
    try {
      if (carried === undefined)
        throw new InvalidCursorError(
          `"${cursorParameter}" is not a cursor from this server; follow the Bundle's links.`,
        );
      offset = decodeCursor(cursor, binding(resourceType, sinceText, carried));
      asOf = carried;
    } catch (error) {
      if (error instanceof InvalidCursorError) return refuse(error.message);
      throw error;
    }
  }
  const from = since === undefined ? Number.NEGATIVE_INFINITY : Date.parse(since);
  const versions: Resource[] = [];
  for (const current of context.site.store.list(resourceType)) {
    if (context.quirks.onlyActive && !isActiveRecord(current)) continue;
    for (const version of context.site.store.history(resourceType, current.id as string)) {
      const at = lastUpdatedOf(version);
      if (at >= from && at <= asOf) versions.push(version);
    }
  }
  versions.sort(newestFirst);
  const page = versions.slice(offset, offset + count);
  const base = `${context.base}/${resourceType}/_history`;
  const linkTo = (pageOffset: number) => {
    const query = new URLSearchParams([...params].filter(([name]) => name !== cursorParameter));
    query.set(cursorParameter, encodeCursor(pageOffset, binding(resourceType, sinceText, asOf)));
    return `${base}?${query}`;
  };
  const query = params.toString();
  const link: BundleLink[] = [{ relation: 'self', url: query === '' ? base : `${base}?${query}` }];
  if (count > 0 && offset + count < versions.length)
    link.push({ relation: 'next', url: linkTo(offset + count) });
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'history',
    total: versions.length,
    link,
    ...(page.length === 0 ? {} : { entry: page.map((v) => historyEntry(context, v)) }),
  };
  return fhirJsonResponse(200, bundle);
}
