import type { BenchConfig } from '../config.js';
import { atLeastRatio, formatCount, median, opsPerSecond } from '../measure.js';
import { loadPeerBuilders, oursQuery, oursVariedQuery } from '../peers/builders.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';

const benchmark = '3. Search builder';

/**
 * Queries built and formatted per second, in process. The contenders take turns for three rounds of
 * `builderBudgetMs` each, so a slow patch of a busy machine hits all of them; the median is reported.
 */
export async function builderThroughput(
  config: BenchConfig,
  emit: (figure: Figure) => void,
  detail: (text: string) => void,
): Promise<void> {
  const peers = await loadPeerBuilders();
  detail(`ours: \`${oursQuery()}\``);
  detail(`@medplum/core: \`${peers.medplum()}\``);
  detail(`@bonfhir/core: \`${peers.bonfhir()}\``);
  const contenders = {
    ours: oursQuery,
    medplum: peers.medplum,
    bonfhir: peers.bonfhir,
    oursVaried: oursVariedQuery(),
    medplumVaried: peers.medplumVaried,
  } as const;
  type Id = keyof typeof contenders;
  const rates: Record<Id, number[]> = {
    ours: [],
    medplum: [],
    bonfhir: [],
    oursVaried: [],
    medplumVaried: [],
  };
  const failures: Partial<Record<Id, string>> = {};
  for (let round = 0; round < 3; round++) {
    for (const id of Object.keys(contenders) as Id[]) {
      if (failures[id]) continue;
      try {
        rates[id].push(opsPerSecond(contenders[id], config.builderBudgetMs));
      } catch (error) {
        failures[id] = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
  }
  const measurement = (id: Id): Measurement => {
    const failure = failures[id];
    if (failure) return notAvailable(failure);
    const r = median(rates[id]);
    return value(r, `${formatCount(r)} queries/s`);
  };
  const ours = measurement('ours');
  const peerLabels = {
    medplum: '@medplum/core formatSearchQuery',
    bonfhir: '@bonfhir/core fhirSearch',
  } as const;
  for (const peer of ['medplum', 'bonfhir'] as const) {
    const baseline = measurement(peer);
    emit({
      benchmark,
      name: `builder.buildAndFormat vs ${peerLabels[peer]}`,
      ours,
      baseline,
      better: 'higher',
      target: atLeastRatio(
        'at least as fast as each peer',
        ours.kind === 'value' ? ours.value : undefined,
        baseline.kind === 'value' ? baseline.value : undefined,
        1,
      ),
      note: `ten parameters, built from scratch and formatted each call (the same values every call, so our step memo answers repeats); ${peer === 'medplum' ? 'Medplum formats a plain SearchRequest object (no builder, no date checks)' : 'bonfhir mutates one builder, no date checks'}`,
    });
  }
  const oursVaried = measurement('oursVaried');
  const medplumVaried = measurement('medplumVaried');
  emit({
    benchmark,
    name: 'builder.buildAndFormat, values changing every call, vs @medplum/core formatSearchQuery',
    ours: oursVaried,
    baseline: medplumVaried,
    better: 'higher',
    target: atLeastRatio(
      'at least as fast as each peer',
      oursVaried.kind === 'value' ? oursVaried.value : undefined,
      medplumVaried.kind === 'value' ? medplumVaried.value : undefined,
      1,
    ),
    note: 'the same ten parameters with a different GP and changed-since instant on every call (5,000 GPs), so no earlier call can answer it: every value checked and encoded afresh',
  });
}
