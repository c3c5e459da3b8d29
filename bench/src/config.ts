/** Sizes of one run: `--quick` keeps every benchmark small enough for CI on two cores. */
export interface BenchConfig {
  readonly quick: boolean;
  /** Matches per page of the paging benchmarks. */
  readonly pageSize: number;
  /** Pages of the throughput and CPU runs (full: 1,000 pages of 100 = 100,000 matches). */
  readonly pagingPages: number;
  /** Throughput rounds; each contender runs once per round in a fresh process, the median is reported. */
  readonly pagingRounds: number;
  /** N of the memory benchmark: peak heap growth is measured at N and 2N pages. */
  readonly memoryPages: number;
  /** Time budget of each builder contender. */
  readonly builderBudgetMs: number;
  /** Store sizes of the mock search benchmark. */
  readonly searchSizes: readonly number[];
  /** Timed repetitions of each query of the mock search benchmark. */
  readonly searchRepetitions: number;
  /** Runs of each command of the CLI start-up benchmark. */
  readonly cliRuns: number;
  /** Per-child limit, so one hung contender cannot stall the suite. */
  readonly childTimeoutMs: number;
}

export function configFor(quick: boolean): BenchConfig {
  return quick
    ? {
        quick,
        pageSize: 100,
        pagingPages: 20,
        pagingRounds: 1,
        memoryPages: 20,
        builderBudgetMs: 150,
        searchSizes: [1_000, 2_000],
        searchRepetitions: 5,
        cliRuns: 5,
        childTimeoutMs: 60_000,
      }
    : {
        quick,
        pageSize: 100,
        pagingPages: 1_000,
        pagingRounds: 3,
        memoryPages: 1_000,
        builderBudgetMs: 1_500,
        searchSizes: [10_000, 100_000],
        searchRepetitions: 30,
        cliRuns: 20,
        childTimeoutMs: 300_000,
      };
}
