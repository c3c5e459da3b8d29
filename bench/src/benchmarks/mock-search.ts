import { fileURLToPath } from 'node:url';
import { runChildProcess } from '../child-process.js';
import type { BenchConfig } from '../config.js';
import { atMostRatio, formatCount, formatMs, geometricMean } from '../measure.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';
import type { EngineTimings, QueryTiming, SearchChildOutcome } from '../search/protocol.js';

const benchmark = '4. Mock server search';
const childPath = fileURLToPath(new URL('../search/child.ts', import.meta.url));

const show = (t: QueryTiming | undefined): Measurement =>
  !t
    ? notAvailable('not measured')
    : t.kind === 'failed'
      ? notAvailable(t.reason)
      : value(t.medianMs, `${formatMs(t.medianMs)} median / ${formatMs(t.p95Ms)} p95`);

const medianOf = (m: Measurement) => (m.kind === 'value' ? m.value : undefined);

function engineFailure(engine: EngineTimings): Measurement | undefined {
  return engine.failure ? notAvailable(engine.failure) : undefined;
}

/**
 * Median and p95 latency of five realistic queries, in process for both engines (the matching itself,
 * no HTTP), over generated stores of each configured size; each size in its own child process.
 */
export async function mockSearch(
  config: BenchConfig,
  emit: (figure: Figure) => void,
  detail: (text: string) => void,
): Promise<void> {
  const budgetMs = config.quick ? 500 : 5_000;
  for (const size of config.searchSizes) {
    const outcome = await runChildProcess<SearchChildOutcome>(
      childPath,
      [String(size), String(config.searchRepetitions), String(budgetMs)],
      { timeoutMs: config.quick ? 120_000 : 900_000, nodeOptions: ['--max-old-space-size=6144'] },
    );
    const label = `${formatCount(size)}`;
    if (outcome.kind === 'failed') {
      const na = notAvailable(outcome.reason);
      emit({ benchmark, name: `search @${label} (all queries)`, ours: na, baseline: na, better: 'lower' });
      continue;
    }
    const oursMedians: number[] = [];
    const medplumMedians: number[] = [];
    outcome.queryNames.forEach((name, i) => {
      const ours = engineFailure(outcome.ours) ?? show(outcome.ours.queries[i]);
      const baseline = engineFailure(outcome.medplum) ?? show(outcome.medplum.queries[i]);
      const o = medianOf(ours);
      const b = medianOf(baseline);
      if (o !== undefined && b !== undefined) {
        oursMedians.push(o);
        medplumMedians.push(b);
      }
      const oursT = outcome.ours.queries[i];
      const medplumT = outcome.medplum.queries[i];
      emit({
        benchmark,
        name: `search @${label}: ${name} vs @medplum/fhir-router MemoryRepository`,
        ours,
        baseline,
        better: 'lower',
        target: atMostRatio('at least twice as fast (median)', o, b, 0.5),
        note: `entries returned: ours ${oursT?.kind === 'measured' ? oursT.entries : 'n/a'}, Medplum ${medplumT?.kind === 'measured' ? medplumT.entries : 'n/a'}; first call: ours ${oursT?.kind === 'measured' ? formatMs(oursT.coldMs) : 'n/a'}, Medplum ${medplumT?.kind === 'measured' ? formatMs(medplumT.coldMs) : 'n/a'}; ${oursT?.kind === 'measured' ? oursT.samples : 0}/${medplumT?.kind === 'measured' ? medplumT.samples : 0} samples`,
      });
    });
    const gmOurs = geometricMean(oursMedians);
    const gmMedplum = geometricMean(medplumMedians);
    emit({
      benchmark,
      name: `search @${label}: geometric mean of the medians vs @medplum/fhir-router MemoryRepository`,
      ours: oursMedians.length ? value(gmOurs, formatMs(gmOurs)) : notAvailable('no query measured on both'),
      baseline: medplumMedians.length
        ? value(gmMedplum, formatMs(gmMedplum))
        : notAvailable('no query measured on both'),
      better: 'lower',
      target: atMostRatio('at least twice as fast', oursMedians.length ? gmOurs : undefined, gmMedplum, 0.5),
      note: `${formatCount(outcome.resources)} generated resources (seed 6); seeding: ours ${formatMs(outcome.ours.setupMs ?? Number.NaN)}, Medplum ${formatMs(outcome.medplum.setupMs ?? Number.NaN)} (incl. indexing its R4 definitions)`,
    });
    if (size === config.searchSizes[0]) {
      outcome.queries.forEach((q, i) => {
        detail(`${outcome.queryNames[i]}: \`${q}\``);
      });
    }
  }
}
