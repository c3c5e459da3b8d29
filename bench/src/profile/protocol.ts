/** What `pnpm bench:profile` profiles, and what its child answers. */
export type ProfileWorkload = 'paging' | 'paging-node-http' | 'builder' | 'builder-varied';

export interface ProfileJob {
  readonly workload: ProfileWorkload;
  /** Pages of the paging workloads (100 matches each). */
  readonly pages: number;
  /** How long the builder workload builds queries. */
  readonly budgetMs: number;
  /** FHIR base of the paging server (paging-node-http only). */
  readonly baseUrl: string;
  readonly samplingIntervalUs: number;
  /** Where the child writes the `.cpuprofile`. */
  readonly out: string;
}

export type ProfileOutcome =
  | {
      readonly kind: 'profiled';
      readonly wallMs: number;
      readonly cpuMs: number;
      /** Lines that put the profile in context (the query, unprofiled baselines). */
      readonly context: readonly string[];
    }
  | { readonly kind: 'failed'; readonly reason: string };
