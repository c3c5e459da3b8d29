import type { BenchConfig } from '../config.js';
import { notAvailable, type Measurement } from '../report.js';
import type { ChildJob, ChildOutcome } from './child-protocol.js';
import { Transport } from './contender.js';
import { type PagingContenderId, pagingContenders } from './contenders.js';
import { runPagingChild } from './run-child.js';

/** The peers every paging figure compares ours with, in report order. */
export const pagingPeers: readonly PagingContenderId[] = ['handFetch', 'medplum', 'fhirclient', 'fhirKit'];

export const labelOf = (id: PagingContenderId): string => pagingContenders[id].label;

/**
 * Runs `job` for a contender, or explains why it cannot run over that transport; checks the match count,
 * so a contender that silently drops (or duplicates) resources is reported, not timed.
 */
export async function runChecked(
  config: BenchConfig,
  job: Omit<ChildJob, 'pageSize'> & { contender: PagingContenderId },
): Promise<Extract<ChildOutcome, { kind: 'measured' }> | Measurement> {
  const contender = pagingContenders[job.contender];
  if (!contender.transports.includes(job.transport)) {
    return notAvailable(contender.transportNote ?? `cannot run over ${job.transport}`);
  }
  const outcome = await runPagingChild(
    { ...job, pageSize: config.pageSize },
    { timeoutMs: config.childTimeoutMs },
  );
  if (outcome.kind !== 'measured') return notAvailable(outcome.reason);
  const expected = config.pageSize * job.pages;
  if (outcome.matches !== expected) {
    return notAvailable(`counted ${outcome.matches} matches of ${expected} (${outcome.pages} pages)`);
  }
  return outcome;
}

export const isMeasurement = (x: unknown): x is Measurement =>
  typeof x === 'object' && x !== null && 'kind' in x && (x.kind === 'value' || x.kind === 'n/a');

export { Transport };
