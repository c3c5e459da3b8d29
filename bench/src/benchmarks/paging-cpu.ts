import type { BenchConfig } from '../config.js';
import { atMostRatio, formatMs, median } from '../measure.js';
import type { PagingContenderId } from '../paging/contenders.js';
import { isMeasurement, labelOf, pagingPeers, runChecked, Transport } from '../paging/lineup.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';

const benchmark = '1b. Client CPU per resource (no transport)';

/**
 * Client CPU per match with an in-memory `fetch` that serves the prepared pages: what each client costs
 * on its own, against a bare `JSON.parse` loop over the same page text. Process CPU (user + system) over
 * the run after a 20-page warm-up in the same process; median of the rounds.
 */
export async function pagingCpu(config: BenchConfig, emit: (figure: Figure) => void): Promise<void> {
  const lineup: readonly PagingContenderId[] = ['ours', 'bareParse', ...pagingPeers];
  const samples = new Map<PagingContenderId, number[]>();
  const failures = new Map<PagingContenderId, string>();
  for (let round = 0; round < config.pagingRounds; round++) {
    for (const contender of lineup) {
      if (failures.has(contender)) continue;
      const outcome = await runChecked(config, {
        contender,
        transport: Transport.Memory,
        baseUrl: '',
        pages: config.pagingPages,
        mode: 'cpu',
      });
      if (isMeasurement(outcome)) {
        failures.set(contender, outcome.kind === 'n/a' ? outcome.reason : 'no value');
        continue;
      }
      samples.set(contender, [...(samples.get(contender) ?? []), outcome.cpuMs / outcome.matches]);
    }
  }
  const measurement = (contender: PagingContenderId): Measurement => {
    const failure = failures.get(contender);
    if (failure) return notAvailable(failure);
    const perMatch = median(samples.get(contender) ?? []);
    return Number.isFinite(perMatch)
      ? value(perMatch, `${formatMs(perMatch)} per match`)
      : notAvailable('not measured');
  };
  const ours = measurement('ours');
  const note = `${config.pagingPages} in-memory pages; each match comes with 0.65 included resources`;
  for (const baseline of ['bareParse', ...pagingPeers] as const) {
    const base = measurement(baseline);
    emit({
      benchmark,
      name: `paging.cpu vs ${labelOf(baseline)}`,
      ours,
      baseline: base,
      better: 'lower',
      ...(baseline === 'bareParse'
        ? {
            target: atMostRatio(
              'at most 1.3× the bare JSON.parse loop',
              ours.kind === 'value' ? ours.value : undefined,
              base.kind === 'value' ? base.value : undefined,
              1.3,
            ),
          }
        : {}),
      note,
    });
  }
}
