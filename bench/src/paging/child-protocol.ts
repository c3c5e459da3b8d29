import type { Transport } from './contender.js';

/** What the parent asks one paging child to do. */
export interface ChildJob {
  readonly contender: string;
  readonly transport: Transport;
  /** FHIR base of the paging server (ignored for the in-memory transport). */
  readonly baseUrl: string;
  readonly pageSize: number;
  readonly pages: number;
  /** throughput: wall time over the server; memory: heap samples after forced GC; cpu: in-memory pages. */
  readonly mode: 'throughput' | 'memory' | 'cpu';
}

/** What one paging child answers. */
export type ChildOutcome =
  | {
      readonly kind: 'measured';
      readonly matches: number;
      readonly pages: number;
      readonly wallMs: number;
      readonly cpuMs: number;
      /** Memory mode: highest heapUsed after forced GC, minus the baseline taken after `prepare`. */
      readonly peakHeapGrowthBytes: number;
      /** Memory mode: heap held by one parsed page, to express growth in pages. */
      readonly heapPerPageBytes: number;
    }
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };
