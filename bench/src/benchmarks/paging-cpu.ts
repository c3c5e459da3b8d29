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
  const lineup: readonly PagingContenderId[] = ['ours', 'bareParse', 'kyFloor', ...pagingPeers];
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
  const numberOf = (m: Measurement) => (m.kind === 'value' ? m.value : undefined);
  // The ky floor is judged too: ours over it is what the client itself costs on top of ky.
  const targets: Partial<Record<PagingContenderId, readonly [string, number]>> = {
    bareParse: ['at most 1.3× the bare JSON.parse loop', 1.3],
    kyFloor: ['at most 1.2× the ky floor loop (what the client adds on top of ky)', 1.2],
  };
  for (const baseline of ['bareParse', 'kyFloor', ...pagingPeers] as const) {
    const base = measurement(baseline);
    const target = targets[baseline];
    emit({
      benchmark,
      name: `paging.cpu vs ${labelOf(baseline)}`,
      ours,
      baseline: base,
      better: 'lower',
      ...(target ? { target: atMostRatio(target[0], numberOf(ours), numberOf(base), target[1]) } : {}),
      note,
    });
  }
  emit({
    benchmark,
    name: "paging.cpu ky's own cost: ky floor loop vs hand-written fetch + JSON.parse loop",
    ours: measurement('kyFloor'),
    baseline: measurement('handFetch'),
    better: 'lower',
    note: `${note}; the least any client built on ky can cost over the same fetch`,
  });
}
