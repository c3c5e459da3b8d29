import type { ErrorCategory, ErrorScope } from './vocabulary.js';

/**
 * Narrower advice for a category in one situation: the category, scope and retryability stay the
 * row's, but when a failure matches every condition given here (a request path, an HTTP status, a
 * failed SQL query status), this cause and action replace the row's. E.g. a 410 on an async SQL
 * result page is an expired result, not a wrong URI; an async query that ended `expiredInQueue`
 * wants a longer `maxTimeInQueue`, not an async query.
 */
export interface ErrorCatalogAdvice {
  /** The situation in words, for the README table. */
  readonly where: string;
  /** Matched against the request URL's path (no query string). @default any path */
  readonly path?: RegExp;
  /** The HTTP statuses it is for. @default any status */
  readonly statuses?: readonly number[];
  /** The failed SQL query statuses it is for (`expiredInQueue`, …). @default any, or none */
  readonly queryStatuses?: readonly string[];
  /** Why it happens there. */
  readonly cause: string;
  /** What the integrator should do there, in words. */
  readonly action: string;
}

/** One row of the error catalog: what a category means and what an integrator should do about it. */
export interface ErrorCatalogEntry {
  /** The category this row describes. */
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
  /** Causes and actions for this category in narrower situations (first match wins). */
  readonly advice: readonly ErrorCatalogAdvice[];
}

/** A row as written in the catalog: the lists default to empty. */
export type ErrorCatalogRow = Omit<
  ErrorCatalogEntry,
  'statuses' | 'exceptions' | 'messages' | 'patterns' | 'fallbackStatuses' | 'queryStatuses' | 'advice'
> &
  Partial<
    Pick<
      ErrorCatalogEntry,
      'statuses' | 'exceptions' | 'messages' | 'patterns' | 'fallbackStatuses' | 'queryStatuses' | 'advice'
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
    advice: [],
    ...entry,
  });
}
