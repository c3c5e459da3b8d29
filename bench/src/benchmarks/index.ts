import type { BenchConfig } from '../config.js';
import type { Figure } from '../report.js';

// Each benchmark's module is loaded when it runs, not at start-up: they import ours, which must come
// from the dist snapshot taken at start (see dist-snapshot/snapshot.ts), and a module that cannot load
// must make one benchmark n/a, not stop the suite.

/** One benchmark of the suite, in the order of issue #6. */
export interface Benchmark {
  readonly id: string;
  readonly title: string;
  describe(config: BenchConfig): string;
  /** Measures, calling `emit` once per figure and `detail` for context lines of RESULTS.md. */
  run(config: BenchConfig, emit: (figure: Figure) => void, detail: (text: string) => void): Promise<void>;
}

export const benchmarks: readonly Benchmark[] = [
  {
    id: 'paging',
    title: '1. Paging throughput',
    describe: (c) =>
      `${c.pagingPages} pages × ${c.pageSize} matches (+ includes), ${c.pagingRounds} round(s)`,
    run: async (config, emit) => (await import('./paging-throughput.js')).pagingThroughput(config, emit),
  },
  {
    id: 'cpu',
    title: '1b. Client CPU per resource (no transport)',
    describe: (c) => `${c.pagingPages} in-memory pages, ${c.pagingRounds} round(s)`,
    run: async (config, emit) => (await import('./paging-cpu.js')).pagingCpu(config, emit),
  },
  {
    id: 'memory',
    title: '2. Memory while paging',
    describe: (c) => `N = ${c.memoryPages} and 2N = ${c.memoryPages * 2} pages`,
    run: async (config, emit) => (await import('./paging-memory.js')).pagingMemory(config, emit),
  },
  {
    id: 'builder',
    title: '3. Search builder',
    describe: (c) => `3 rounds of ${c.builderBudgetMs} ms per contender`,
    run: async (config, emit, detail) =>
      (await import('./builder.js')).builderThroughput(config, emit, detail),
  },
  {
    id: 'search',
    title: '4. Mock server search',
    describe: (c) =>
      `stores of ${c.searchSizes.join(' and ')} generated resources, up to ${c.searchRepetitions} timed runs per query after one cold run`,
    run: async (config, emit, detail) => (await import('./mock-search.js')).mockSearch(config, emit, detail),
  },
  {
    id: 'faults',
    title: '5. Fault economy',
    describe: (c) =>
      c.quick
        ? "the scheduler example's 15-minute live slice (12 GPs)"
        : "the scheduler example's working day (50 GPs, 8 h)",
    run: async (config, emit, detail) =>
      (await import('./fault-economy.js')).faultEconomy(config, emit, detail),
  },
  {
    id: 'bundle',
    title: '6. Bundle size',
    describe: () =>
      'browser ESM split into chunks by esbuild and by Rolldown (Vite), minified, gzip level 9 per chunk',
    run: async (config, emit, detail) => (await import('./bundle-size.js')).bundleSizes(config, emit, detail),
  },
  {
    id: 'cli',
    title: '7. CLI start-up',
    describe: (c) =>
      `\`node -e 0\`, \`fhir-client --help\`, a usage error, a one-page search and bare scripts fetching the same page, ${c.cliRuns} interleaved runs each`,
    run: async (config, emit, detail) => (await import('./cli-startup.js')).cliStartup(config, emit, detail),
  },
  {
    id: 'store',
    title: '8. Fleet store latency',
    describe: (c) =>
      `5 rounds of ${c.quick ? '5,000' : '50,000'} happy-path requests per store (in-memory, Redis on loopback)`,
    run: async (config, emit, detail) =>
      (await import('./store-latency.js')).storeLatency(config, emit, detail),
  },
];
