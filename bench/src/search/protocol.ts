/** Latencies of one engine on one query, in ms. */
export type QueryTiming =
  | {
      readonly kind: 'measured';
      /** The first call, which may build indexes or caches. */
      readonly coldMs: number;
      readonly medianMs: number;
      readonly p95Ms: number;
      readonly samples: number;
      /** Entries returned (matches on the page + includes), to show both engines found the same. */
      readonly entries: number;
    }
  | { readonly kind: 'failed'; readonly reason: string };

export interface EngineTimings {
  readonly setupMs: number | undefined;
  readonly failure?: string;
  readonly queries: readonly QueryTiming[];
}

/** What the mock-search child answers for one store size. */
export interface SearchChildOutcome {
  readonly kind: 'measured';
  readonly resources: number;
  readonly queryNames: readonly string[];
  readonly queries: readonly string[];
  readonly ours: EngineTimings;
  readonly medplum: EngineTimings;
}
