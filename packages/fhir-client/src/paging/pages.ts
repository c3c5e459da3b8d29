import type { Resource } from 'fhir/r4.js';
import type { PagingCursor } from './cursor.js';
import { CollectLimitError } from './errors/collect-limit-error.js';
import { EntryRole, type Page } from './page.js';
import type { FetchedPage, Pager } from './pager.js';
import { ResourceIndex } from './resource-index.js';

/** Options of `client.pages`, `client.resources` and `client.collect`. */
export interface PagingOptions {
  /**
   * Most pages fetched by one iterator (retries of a failed page not counted). More pages end
   * paging with `PageLimitError`, whose cursor continues where it stopped.
   * @default the client's `paging.maxPages` (1000)
   */
  readonly maxPages?: number;
  /**
   * Time limit in ms across all pages of one iterator, by the client's clock; running past it
   * (between pages or during one) ends paging with `PagingDeadlineError`.
   * @default the client's `paging.timeLimitMs` (none)
   */
  readonly timeLimitMs?: number;
  /**
   * Per-attempt timeout in ms of each page's request: one deadline over the headers and the whole body.
   * @default the client's `timeoutMs` (45000)
   */
  readonly timeoutMs?: number;
  /** Cancels paging: between pages and during a page's request. */
  readonly signal?: AbortSignal;
  /**
   * A cursor from an earlier iterator of the same search (`iterator.cursor`, or an error's
   * `cursor`), possibly after a JSON round trip: paging continues from there, and resources it had
   * yielded are not yielded again.
   */
  readonly resumeFrom?: PagingCursor;
  /**
   * Included resources of earlier pages kept for `resolve`, least recently seen forgotten first
   * (the current page is always resolvable in full). The same bound applies to include dedupe: an
   * included resource is not yielded again while it is among the last `resolveCacheSize` distinct
   * includes seen. Memory stays flat: it does not grow with the number of pages.
   * @default the client's `paging.resolveCacheSize` (250)
   */
  readonly resolveCacheSize?: number;
  /**
   * Pages whose matches are remembered for dedupe: a match the server repeats within this many pages
   * (e.g. offset paging over data that shifted) is yielded once; one repeated later would be yielded again.
   * @default the client's `paging.dedupeWindowPages` (3)
   */
  readonly dedupeWindowPages?: number;
  /**
   * Parameters a server may add, change or drop in a `next` link; every other one must be the
   * search's own, or paging stops with `AlteredSearchLinkError`. Replaces the client's list.
   * @default the client's `paging.pagingParameters` (DEFAULT_PAGING_PARAMETERS)
   */
  readonly pagingParameters?: readonly string[];
  /**
   * Parameters that carry a server-side page token (a link holding one may leave out the search's
   * parameters). Replaces the client's list.
   * @default the client's `paging.pageTokenParameters` (DEFAULT_PAGE_TOKEN_PARAMETERS)
   */
  readonly pageTokenParameters?: readonly string[];
  /** The practitioner the search is about, for the resilience policy's per-GP pauses (overrides the query's). */
  readonly practitioner?: string;
  /** When the site or practitioner is paused: wait (true) or fail at once with `PausedError`. @default the policy's */
  readonly waitIfPaused?: boolean;
}

/**
 * An async iterable of pages. Iterating it again after a failure retries the failed page without
 * fetching earlier pages again; `cursor` lets a later `client.pages(query, { resumeFrom })` continue.
 */
export interface PageIterator<T extends Resource = Resource> extends AsyncIterable<Page<T>> {
  /** Where paging stands now, as JSON-safe data. */
  readonly cursor: PagingCursor;
}

/** An async iterable of matched resources, one at a time, with the same retry and resume as {@link PageIterator}. */
export interface ResourceIterator<T extends Resource = Resource> extends AsyncIterable<T> {
  /** Where paging stands now: a resource yielded within the dedupe bounds is not yielded again from it. */
  readonly cursor: PagingCursor;
  /**
   * Finds a resource among the current page's matches, includes and contained resources, and the
   * earlier pages' includes still in the bounded cache (`resolveCacheSize`).
   */
  readonly resolve: ResourceIndex['resolve'];
}

/** Pages over a {@link Pager}. */
export function iteratePages<T extends Resource>(pager: Pager): PageIterator<T> {
  return {
    get cursor() {
      return pager.cursor();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const page = await pager.fetchNext();
        if (page === undefined) return;
        yield pager.deliverPage<T>(page);
      }
    },
  };
}

/** Matched resources over a {@link Pager}: each is marked yielded as it is handed out. */
export function iterateResources<T extends Resource>(pager: Pager): ResourceIterator<T> {
  const index = pager.index;
  return {
    get cursor() {
      return pager.cursor();
    },
    resolve: (reference, options) => index.resolve(reference, options),
    [Symbol.asyncIterator]: () => matchesOf<T>(pager),
  };
}

/**
 * One pass over the matches, behaving as an `async *` generator would (calls answered in order, done
 * after a failure or `return`, a page completed only when asked for what follows its last match), but
 * a match of the page in hand is answered at once: one resolved promise, where a generator's yield
 * costs several promise hops, for every resource.
 */
function matchesOf<T extends Resource>(pager: Pager): AsyncIterableIterator<T> {
  let page: FetchedPage | undefined;
  let at = 0;
  let finished = false;
  /** Calls not answered yet, and the last of them (never rejected: its failure went to its caller). */
  let waiting = 0;
  let last: Promise<unknown> = Promise.resolve();
  const take = (): IteratorResult<T> | undefined => {
    const entries = page?.entries ?? [];
    while (at < entries.length) {
      const entry = entries[at++]!;
      if (entry.role === EntryRole.Match && pager.markYielded(entry, EntryRole.Match)) {
        return { value: entry.resource as T, done: false };
      }
    }
    if (page !== undefined) pager.completePage(page);
    page = undefined;
    return undefined;
  };
  const step = async (): Promise<IteratorResult<T>> => {
    try {
      for (;;) {
        if (finished) return { value: undefined, done: true };
        const match = take();
        if (match !== undefined) return match;
        page = await pager.fetchNext();
        at = 0;
        if (page === undefined) finished = true;
        else pager.indexPage(page);
      }
    } catch (error) {
      finished = true;
      throw error;
    }
  };
  /** Answers a call once every earlier one is answered (as a generator queues its calls). */
  const inTurn = <R>(answer: () => Promise<R> | R): Promise<R> => {
    waiting++;
    const answered = last.then(answer).finally(() => waiting--);
    last = answered.catch(() => undefined);
    return answered;
  };
  const finish = <R>(answer: () => Promise<R> | R) =>
    inTurn(() => {
      finished = true;
      return answer();
    });
  return {
    next() {
      if (waiting === 0 && !finished) {
        const match = take();
        if (match !== undefined) return Promise.resolve(match);
      }
      return inTurn(step);
    },
    return: (value?: unknown) =>
      finish(async () => ({ value: await value, done: true }) as IteratorResult<T>),
    throw: (error: unknown) =>
      finish(() => {
        throw error;
      }),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Options of `client.collect`. */
export interface CollectOptions extends PagingOptions {
  /**
   * Most matches to collect. A search with more ends with `CollectLimitError` instead of a
   * silently truncated list (checked against `Bundle.total` on the first page when the server sends it).
   * @default 10000
   */
  readonly max?: number;
}

/** Everything a search returned, gathered from all of its pages. */
export interface CollectedSearch<T extends Resource = Resource> {
  /** The matched resources of every page, in the server's order. */
  readonly matches: readonly T[];
  /** The resources `_include`/`_revinclude` brought in, from every page. */
  readonly included: readonly Resource[];
  /** `Bundle.total` of the first page, when the server sent it. */
  readonly total: number | undefined;
  /** How many pages were fetched. */
  readonly pages: number;
  /** Every `next` link that had lost parameters and was repaired. */
  readonly repairedLinks: readonly NonNullable<Page['repairedLink']>[];
  /** Finds a resource among all the matches, includes and contained resources collected (no bound: collect keeps them all anyway). */
  readonly resolve: Page['resolve'];
}

/** The default `max` of `collect`. */
export const DEFAULT_COLLECT_MAX = 10_000;

/**
 * Gathers every page of a search, refusing to go past `max` matches. Collect holds every resource
 * anyway, so it indexes and deduplicates over all of them, not only within the pager's bounds.
 */
export async function collectPages<T extends Resource>(
  pager: Pager,
  max: number,
): Promise<CollectedSearch<T>> {
  const matches: T[] = [];
  const included: Resource[] = [];
  const repairedLinks: NonNullable<Page['repairedLink']>[] = [];
  const index = new ResourceIndex(pager.base);
  let total: number | undefined;
  let pages = 0;
  for await (const page of iteratePages<T>(pager)) {
    if (pages === 0) total = page.total;
    pages++;
    if (page.repairedLink) repairedLinks.push(page.repairedLink);
    if (page.number === 1 && page.total !== undefined && page.total > max) {
      throw new CollectLimitError(max, page.total, { cursor: pager.cursor() });
    }
    const fullUrls = new Map((page.bundle.entry ?? []).map((entry) => [entry.resource, entry.fullUrl]));
    for (const match of page.matches) if (collectOnce(index, match, fullUrls)) matches.push(match);
    for (const resource of page.included) {
      if (collectOnce(index, resource, fullUrls)) included.push(resource);
    }
    if (matches.length > max) throw new CollectLimitError(max, matches.length, { cursor: pager.cursor() });
  }
  return Object.freeze({
    matches: Object.freeze(matches),
    included: Object.freeze(included),
    total,
    pages,
    repairedLinks: Object.freeze(repairedLinks),
    resolve: (reference, options) => index.resolve(reference, options),
  } satisfies CollectedSearch<T>);
}

/** Adds a resource to the collected index; false when one with the same `Type/id` was collected already. */
function collectOnce(
  index: ResourceIndex,
  resource: Resource,
  fullUrls: ReadonlyMap<Resource | undefined, string | undefined>,
): boolean {
  if (resource.id !== undefined && index.resolve(`${resource.resourceType}/${resource.id}`) !== undefined) {
    return false;
  }
  index.add(resource, fullUrls.get(resource));
  return true;
}
