/**
 * Child-process entry of the mock-search benchmark for one store size: generates the site data, seeds
 * both engines with it, and times the five queries on each. Arguments: `<size> <repetitions> <budgetMs>`.
 * In a child so that two 100,000-resource stores live and die with it.
 */
import { generateSiteData } from '@halo-fhir/fhir-testkit';
import { median, percentile } from '../measure.js';
import { createMedplumSearch } from './medplum-repository.js';
import { createOursSearch } from './ours-engine.js';
import type { EngineTimings, QueryTiming, SearchChildOutcome } from './protocol.js';
import { type BenchQuery, benchQueries } from './queries.js';

const [size = 1000, repetitions = 5, budgetMs = 2000] = process.argv.slice(2).map(Number);

const reason = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Times `run` once cold, then up to `repetitions` times or until `budgetMs` is spent: at least 3 timed
 * runs, or only 1 when the cold run alone took longer than the budget (a query that takes a minute on
 * Medplum's repository at 100,000 resources would otherwise hold the suite for several).
 */
async function time(run: () => number | Promise<number>): Promise<QueryTiming> {
  try {
    let start = performance.now();
    const entries = await run();
    const coldMs = performance.now() - start;
    const samples: number[] = [];
    const deadline = performance.now() + budgetMs;
    const minimum = coldMs > budgetMs ? 1 : 3;
    while (samples.length < repetitions && (samples.length < minimum || performance.now() < deadline)) {
      start = performance.now();
      await run();
      samples.push(performance.now() - start);
    }
    return {
      kind: 'measured',
      coldMs,
      medianMs: median(samples),
      p95Ms: percentile(samples, 95),
      samples: samples.length,
      entries,
    };
  } catch (error) {
    return { kind: 'failed', reason: reason(error) };
  }
}

async function engine(
  setup: () => Promise<(q: BenchQuery) => number | Promise<number>>,
  queries: readonly BenchQuery[],
): Promise<EngineTimings> {
  const start = performance.now();
  let search: (q: BenchQuery) => number | Promise<number>;
  try {
    search = await setup();
  } catch (error) {
    return { setupMs: undefined, failure: reason(error), queries: [] };
  }
  const setupMs = performance.now() - start;
  const timings: QueryTiming[] = [];
  for (const query of queries) timings.push(await time(() => search(query)));
  return { setupMs, queries: timings };
}

// A fixed instant: the queries name its day (2026-11-26), and runs compare across days.
const data = generateSiteData({ seed: 6, size, now: '2026-11-26T12:00:00+11:00' });
const queries = benchQueries(data);
const ours = await engine(async () => createOursSearch(data), queries);
const medplum = await engine(() => createMedplumSearch(data), queries);
const outcome: SearchChildOutcome = {
  kind: 'measured',
  resources: data.length,
  queryNames: queries.map((q) => q.name),
  queries: queries.map((q) => `${q.resourceType}?${q.query}`),
  ours,
  medplum,
};
process.send?.(outcome, () => process.exit(0));
