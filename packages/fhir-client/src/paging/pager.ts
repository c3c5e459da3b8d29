import type { Bundle, OperationOutcome, Resource } from 'fhir/r4.js';
import type { Clock } from '../resilience/clock.js';
import { type PagingCursor, readPagingCursor } from './cursor.js';
import { combineSignals, deadlineSignal } from './deadline.js';
import { PageLimitError } from './errors/page-limit-error.js';
import { PagingDeadlineError } from './errors/paging-deadline-error.js';
import { PagingError } from './errors/paging-error.js';
import { PagingLoopError } from './errors/paging-loop-error.js';
import { type LinkRepair, withTrailingSlash } from './link-repair.js';
import { type PreparedLink, nextLinkPreparer } from './next-link.js';
import type { PagingParameterRules } from './paging-parameters.js';
import {
  bundleLinks,
  classifyEntries,
  EntryRole,
  type ClassifiedEntry,
  type Page,
  type PageLink,
} from './page.js';
import { MatchWindow } from './match-window.js';
import { LOOP_WINDOW_PAGES } from './memory-bounds.js';
import { RecentKeys } from './recent-keys.js';
import { PageIndex, RecentResources } from './recent-resources.js';

/** A Bundle fetched by a {@link PageSource}. */
export interface FetchedBundle {
  readonly bundle: Bundle;
  /** The URL fetched. */
  readonly url: string;
  readonly method: 'GET' | 'POST';
}

/** How the pager reaches the server; the client implements it over its transport. */
export interface PageSource {
  /** Sends the search itself (GET or POST, as the client decides). */
  first(signal: AbortSignal | undefined): Promise<FetchedBundle>;
  /** GETs a page link, already confined to the base and repaired. */
  follow(url: URL, signal: AbortSignal | undefined): Promise<FetchedBundle>;
}

/** Everything a {@link Pager} needs. */
export interface PagerInit {
  readonly resourceType: string;
  /** The search's parameters as sent. */
  readonly query: URLSearchParams;
  /** The configured FHIR base. */
  readonly base: URL;
  readonly source: PageSource;
  readonly clock: Clock;
  readonly maxPages: number;
  readonly timeLimitMs: number | undefined;
  readonly signal: AbortSignal | undefined;
  /** A cursor to continue from (checked against this search), as `resumeFrom` gave it. */
  readonly resumeFrom: unknown;
  /** Earlier pages' included resources kept for `resolve` (and for include dedupe), least recently seen forgotten first. */
  readonly resolveCacheSize: number;
  /** Pages whose matches are remembered: a match the server repeats within this many pages is yielded once. */
  readonly dedupeWindowPages: number;
  /** Parameters a `next` link may change (paging and page tokens); every other one must match the search's. */
  readonly pagingParameters: PagingParameterRules;
  /** Called for each link that lost parameters, before it is followed. */
  readonly onRepair: (repair: LinkRepair, pageNumber: number) => void;
}

/** A page fetched but not yet delivered: delivering it is what marks its resources as yielded. */
export interface FetchedPage {
  readonly number: number;
  readonly fetched: FetchedBundle;
  /** The URL that identifies the page for loop detection. */
  readonly loopKey: string;
  readonly entries: readonly ClassifiedEntry[];
  readonly links: readonly PageLink[];
  readonly next: string | undefined;
  readonly repair: LinkRepair | undefined;
}

/**
 * The state machine behind `pages`, `resources` and `collect`: which link comes next (repaired and
 * confined to the base), which resources were already yielded, and the bounds (loop, `maxPages`,
 * time limit, abort). Fetching a page changes nothing; only delivering it advances the cursor, so a
 * page that failed, or was only partly consumed, is fetched again on retry and nothing is lost.
 *
 * Everything it remembers is bounded, so memory stays flat however many pages go by: the current
 * page, `resolveCacheSize` earlier includes, the matches of the last `dedupeWindowPages` pages, the
 * keys of the last `resolveCacheSize` includes, and the last {@link LOOP_WINDOW_PAGES} page URLs.
 */
export class Pager {
  readonly #init: PagerInit;
  readonly #query: string;
  readonly #initialUrl: string;
  readonly #startedAt: number;
  readonly #recent: RecentResources;
  readonly #followed: RecentKeys;
  readonly #yieldedMatches: MatchWindow;
  readonly #yieldedIncluded: RecentKeys;
  readonly #prepareLink: (link: string) => PreparedLink;
  #next: string | null;
  #done: boolean;
  #pagesDelivered: number;
  #fetchedThisRun = 0;
  #fetching = false;

  constructor(init: PagerInit) {
    this.#init = init;
    this.#query = init.query.toString();
    this.#initialUrl = new URL(
      `${init.resourceType}${this.#query ? `?${this.#query}` : ''}`,
      withTrailingSlash(init.base),
    ).href;
    this.#startedAt = init.clock.now();
    this.#prepareLink = nextLinkPreparer({ ...init, cursor: () => this.cursor() });
    this.#recent = new RecentResources(init.base, init.resolveCacheSize);
    const cursor =
      init.resumeFrom === undefined
        ? undefined
        : readPagingCursor(init.resumeFrom, {
            base: init.base.href,
            resourceType: init.resourceType,
            query: this.#query,
          });
    this.#followed = new RecentKeys(LOOP_WINDOW_PAGES, cursor?.followed);
    this.#yieldedMatches = new MatchWindow(init.dedupeWindowPages, cursor?.yielded.matches);
    this.#yieldedIncluded = new RecentKeys(init.resolveCacheSize, cursor?.yielded.included);
    this.#next = cursor?.next ?? null;
    this.#done = cursor?.done ?? false;
    this.#pagesDelivered = cursor?.pagesDelivered ?? 0;
  }

  /** Where paging stands, as JSON-safe data. */
  cursor(): PagingCursor {
    return {
      version: 1,
      base: this.#init.base.href,
      resourceType: this.#init.resourceType,
      query: this.#query,
      next: this.#next,
      done: this.#done,
      pagesDelivered: this.#pagesDelivered,
      followed: this.#followed.toArray(),
      yielded: { matches: this.#yieldedMatches.toArray(), included: this.#yieldedIncluded.toArray() },
    };
  }

  /** The configured FHIR base. */
  get base(): URL {
    return this.#init.base;
  }

  /** Resolves references on the current page and among the earlier includes still cached. */
  get index(): RecentResources {
    return this.#recent;
  }

  /** How much the pager holds now, by count: what stays bounded whatever the number of pages. */
  retained(): { cachedIncludeKeys: number; matchKeys: number; includeKeys: number; followedUrls: number } {
    return {
      cachedIncludeKeys: this.#recent.cachedKeys,
      matchKeys: this.#yieldedMatches.size,
      includeKeys: this.#yieldedIncluded.size,
      followedUrls: this.#followed.size,
    };
  }

  /** Fetches the next page, or returns undefined when the search is exhausted. */
  async fetchNext(): Promise<FetchedPage | undefined> {
    // Two loops over one iterator would race for the same page and split its resources.
    if (this.#fetching) {
      throw new PagingError('This iterator is already fetching a page: iterate it from one loop at a time.', {
        cursor: this.cursor(),
      });
    }
    this.#fetching = true;
    try {
      return await this.#fetchNext();
    } finally {
      this.#fetching = false;
    }
  }

  async #fetchNext(): Promise<FetchedPage | undefined> {
    if (this.#done) return undefined;
    const { signal, maxPages, timeLimitMs, clock } = this.#init;
    signal?.throwIfAborted();
    if (this.#fetchedThisRun >= maxPages) throw new PageLimitError(maxPages, { cursor: this.cursor() });
    const remainingMs = timeLimitMs === undefined ? undefined : this.#startedAt + timeLimitMs - clock.now();
    if (remainingMs !== undefined && remainingMs <= 0) {
      throw new PagingDeadlineError(timeLimitMs!, { cursor: this.cursor() });
    }

    const number = this.#pagesDelivered + 1;
    let target: PreparedLink | undefined;
    if (this.#next !== null) {
      target = this.#prepareLink(this.#next);
      if (this.#followed.has(target.loopKey))
        throw new PagingLoopError(target.loopKey, { cursor: this.cursor() });
      if (target.repair) this.#init.onRepair(target.repair, number);
    }

    const deadline =
      remainingMs === undefined
        ? undefined
        : deadlineSignal(
            clock,
            remainingMs,
            () => new PagingDeadlineError(timeLimitMs!, { cursor: this.cursor() }),
          );
    const pageSignal = combineSignals(signal, deadline?.signal);
    try {
      const fetched = target
        ? await this.#init.source.follow(target.url, pageSignal)
        : await this.#init.source.first(pageSignal);
      this.#fetchedThisRun++;
      const { links, next } = bundleLinks(fetched.bundle);
      return {
        number,
        fetched,
        loopKey: target?.loopKey ?? this.#initialUrl,
        entries: classifyEntries(fetched.bundle, this.#init.resourceType),
        links,
        next,
        repair: target?.repair,
      };
    } catch (error) {
      if (deadline?.signal.aborted && !signal?.aborted) throw deadline.signal.reason;
      throw error;
    } finally {
      deadline?.cancel();
    }
  }

  /** Delivers a whole page: every new match and include is marked yielded, and the cursor moves on. */
  deliverPage<T extends Resource>(page: FetchedPage): Page<T> {
    const matches: T[] = [];
    const included: Resource[] = [];
    const outcomes: OperationOutcome[] = [];
    const skippedDuplicates: string[] = [];
    const pageIndex = this.indexPage(page);
    for (const entry of page.entries) {
      if (entry.role === EntryRole.Outcome) {
        if (entry.resource.resourceType === 'OperationOutcome')
          outcomes.push(entry.resource as OperationOutcome);
        continue;
      }
      const isMatch = entry.role === EntryRole.Match;
      if (!this.markYielded(entry, isMatch ? EntryRole.Match : EntryRole.Include)) {
        skippedDuplicates.push(dedupeKey(entry) ?? entry.resource.resourceType);
        continue;
      }
      if (isMatch) matches.push(entry.resource as T);
      else included.push(entry.resource);
    }
    this.completePage(page);
    const recent = this.#recent;
    return Object.freeze({
      number: page.number,
      url: page.fetched.url,
      method: page.fetched.method,
      bundle: page.fetched.bundle,
      matches: Object.freeze(matches),
      included: Object.freeze(included),
      outcomes: Object.freeze(outcomes),
      total: page.fetched.bundle.total,
      links: Object.freeze(page.links),
      next: page.next,
      repairedLink: page.repair,
      skippedDuplicates: Object.freeze(skippedDuplicates),
      // The page's own resources stay resolvable from it for as long as the caller keeps the page.
      resolve: (reference, options) =>
        pageIndex.resolve(reference, options) ?? recent.resolveEarlier(reference),
    } satisfies Page<T>);
  }

  /** Makes a fetched page the current one for `resolve`; returns the page's own index. */
  indexPage(page: FetchedPage): PageIndex {
    const index = new PageIndex(this.#init.base, page.entries);
    this.#recent.setCurrentPage(page.entries, index);
    return index;
  }

  /**
   * Marks one entry yielded in its role; false when it was yielded before and is still remembered
   * (so must not be again). A repeat also refreshes the key, so a resource the server keeps sending
   * (the same practitioner included on every page) is never forgotten while it keeps coming.
   */
  markYielded(entry: ClassifiedEntry, role: typeof EntryRole.Match | typeof EntryRole.Include): boolean {
    const key = dedupeKey(entry);
    if (key === undefined) return true;
    if (role === EntryRole.Match) {
      const seen = this.#yieldedMatches.has(key);
      this.#yieldedMatches.add(key);
      return !seen;
    }
    const seen = this.#yieldedIncluded.has(key);
    this.#yieldedIncluded.touch(key);
    return !seen;
  }

  /** Moves the cursor past a page whose resources have all been handed out. */
  completePage(page: FetchedPage): void {
    this.#followed.touch(page.loopKey);
    this.#yieldedMatches.completePage();
    this.#pagesDelivered = page.number;
    this.#next = page.next ?? null;
    this.#done = page.next === undefined;
  }
}

/** The key a resource is deduplicated by: `Type/id`, else its `fullUrl`, else none (always yielded). */
function dedupeKey(entry: ClassifiedEntry): string | undefined {
  return entry.key ?? entry.fullUrl;
}
