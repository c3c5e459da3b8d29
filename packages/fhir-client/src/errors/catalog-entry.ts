import type { ErrorCategory, ErrorScope } from './vocabulary.js';

/** One row of the error catalog: what a category means and what an integrator should do about it. */
export interface ErrorCatalogEntry {
  readonly category: ErrorCategory;
  /** HTTP statuses this error arrives with (empty when it never comes from a response). */
  readonly statuses: readonly number[];
  /**
   * Halo exception names, recognised as whole words in any message of the body (a plain English word
   * such as `Forbidden` only when the message starts with it and a colon).
   */
  readonly exceptions: readonly string[];
  /** Documented messages (or their stable start), recognised case-insensitively anywhere in a message. */
  readonly messages: readonly string[];
  /** Further wording recognised in a message (gateway texts, database texts); not shown in docs. */
  readonly patterns: readonly RegExp[];
  /** Halo Link error code (0-5) in a query error object, when this category is one. */
  readonly haloLinkCode?: number;
  /** Statuses that mean this category when nothing more specific is in the body. */
  readonly fallbackStatuses: readonly number[];
  /** Failed SQL passthrough query statuses (async/immediate query records) that mean this category. */
  readonly queryStatuses: readonly string[];
  /** Why it happens. */
  readonly cause: string;
  /** What the integrator should do, in words. */
  readonly action: string;
  /** True when the same request may succeed later, unchanged, after a backoff. */
  readonly retryable: boolean;
  /** How far the problem reaches, and so what a pause for it should cover. */
  readonly scope: ErrorScope;
}

/** A row as written in the catalog: the lists default to empty. */
export type ErrorCatalogRow = Omit<
  ErrorCatalogEntry,
  'statuses' | 'exceptions' | 'messages' | 'patterns' | 'fallbackStatuses' | 'queryStatuses'
> &
  Partial<
    Pick<
      ErrorCatalogEntry,
      'statuses' | 'exceptions' | 'messages' | 'patterns' | 'fallbackStatuses' | 'queryStatuses'
    >
  >;

/** Fills a catalog row's omitted lists and freezes it. */
export function row(entry: ErrorCatalogRow): ErrorCatalogEntry {
  return Object.freeze({
    statuses: [],
    exceptions: [],
    messages: [],
    patterns: [],
    fallbackStatuses: [],
    queryStatuses: [],
    ...entry,
  });
}
