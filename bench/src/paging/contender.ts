/**
 * What every paging contender implements: iterate the whole prepared search from `target.baseUrl`,
 * calling `onPage` once per page with the matches it saw, and report the totals.
 */

/** How the contender's requests travel. */
export const Transport = {
  /** Node's global `fetch` (undici), or the client's own default where it cannot take one. */
  GlobalFetch: 'global-fetch',
  /** The node:http-based `fetch` of `transport/node-http-fetch.ts`. */
  NodeHttp: 'node-http',
  /** No I/O: prepared pages from memory (`transport/memory-fetch.ts`). */
  Memory: 'memory',
} as const;
export type Transport = (typeof Transport)[keyof typeof Transport];

export interface PagingTarget {
  /** FHIR base with a trailing slash. */
  readonly baseUrl: string;
  readonly transport: Transport;
  /** The `fetch` for `transport`, for contenders that accept one. */
  readonly fetch: typeof fetch;
  /** Matches per page. */
  readonly pageSize: number;
  /** Prepared pages, for the bare `JSON.parse` loop that reads them without any transport. */
  readonly body: (page: number) => string;
}

export interface PagingRun {
  readonly matches: number;
  readonly pages: number;
}

export type OnPage = (matchesOnPage: number) => void;

export interface PagingContender {
  readonly label: string;
  /** Transports it can run over; a contender bound to its own HTTP stack lists only `global-fetch`. */
  readonly transports: readonly Transport[];
  /** Why it cannot run over the other transports (shown as n/a). */
  readonly transportNote?: string;
  /**
   * Loads the contender's modules and builds its client, so the memory benchmark can take its baseline
   * after everything a run needs is in the heap; the returned function does the run itself.
   */
  prepare(target: PagingTarget): Promise<PagingRunner>;
}

export type PagingRunner = (onPage: OnPage) => Promise<PagingRun>;

/** Counts the matches of a page the same way for every contender: the Appointments among its resources. */
export function countMatches(
  resources: ReadonlyArray<{ readonly resourceType?: string } | undefined>,
): number {
  let n = 0;
  for (const r of resources) if (r?.resourceType === 'Appointment') n++;
  return n;
}

/** Raised by a contender that cannot run here (missing part, browser-only dependency); reported as n/a. */
export class ContenderUnavailableError extends Error {
  override name = 'ContenderUnavailableError';
}
