import type { Resource } from 'fhir/r4.js';

/**
 * The contract between the search matching engine (`server/search/`) and the HTTP layer
 * (`server/`): the engine answers "which resources match, in which order, and what do they include";
 * the HTTP layer owns paging, links, quirks and faults.
 */
export interface SearchRequest {
  /** The resource type searched. */
  readonly resourceType: string;
  /** The query as received (GET query string or POST form body), already URL-decoded by URLSearchParams. */
  readonly params: URLSearchParams;
}

/** Options of `createSearchEngine`. */
export interface SearchEngineOptions {
  /** Unknown parameters answer 400 (true) or are ignored and reported in `ignoredParams` (false). @default true */
  readonly strict?: boolean;
  /** Halo returns only active records: drop resources whose `active` is false or status is inactive. @default false */
  readonly onlyActive?: boolean;
  /** Largest page the server serves; `_count` above it is clamped. @default 1000 */
  readonly maxCount?: number;
  /**
   * IANA zone in which dates and times without an offset are read, in queries (`date=2026-11-26`,
   * `date=ge2026-11-26T09:00:00`, the only forms Halo accepts) and in stored values: the practice
   * server's local time. @default 'Australia/Sydney'
   */
  readonly timeZone?: string;
  /** "Now" for the `ap` (approximately) date prefix. @default Date.now */
  readonly clock?: {
    /** The current time, epoch ms. */
    now(): number;
  };
}

/** What one search matched, and how to page, include and shape it. */
export interface SearchResult {
  /** Every match, in the stable order the query asked for (`_sort`, else resource id). */
  readonly matches: readonly Resource[];
  /** `matches.length`, or the count alone for `_summary=count`. */
  readonly total: number;
  /** Parameters ignored in lenient mode; the HTTP layer leaves them out of the `self` link. */
  readonly ignoredParams: readonly string[];
  /** The `_count` asked for, clamped to the server maximum (undefined: server default). */
  readonly count: number | undefined;
  /** True for `_summary=count`: the Bundle carries only `total`. */
  readonly summaryCount: boolean;
  /** `_total` as asked (`none`, `estimate`, `accurate`); undefined when not given. */
  readonly totalMode?: 'none' | 'estimate' | 'accurate';
  /** Resources that `_include`/`_revinclude` (with `:iterate`) add for the given page of matches. */
  includesFor(page: readonly Resource[]): Resource[];
  /** The resource as it should be served: `_elements` / `_summary` applied, with SUBSETTED tag. */
  shape(resource: Resource): Resource;
}

/** A search the engine refuses; the HTTP layer answers `status` with an OperationOutcome of `diagnostics`. */
export class SearchRejectedError extends Error {
  /** Always `'SearchRejectedError'`. */
  override name = 'SearchRejectedError';
  constructor(
    /** The status the mock answers: 400, 404 or 422. */
    readonly status: 400 | 404 | 422,
    /** The OperationOutcome issue code. */
    readonly code: 'invalid' | 'not-supported' | 'not-found' | 'too-costly',
    /** What was wrong, as the OperationOutcome's diagnostics. */
    readonly diagnostics: string,
  ) {
    super(diagnostics);
  }
}

/** Evaluates FHIR searches over one site's store; see `createSearchEngine`. */
export interface SearchEngine {
  /** @throws SearchRejectedError for an unknown parameter (strict), a malformed value or unknown type. */
  search(request: SearchRequest): SearchResult;
}
