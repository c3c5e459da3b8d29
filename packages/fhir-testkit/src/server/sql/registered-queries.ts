import { createHash } from 'node:crypto';
import { haloMessages } from '../../fixtures/halo-errors.js';
import { iso } from './async-lifecycle.js';
import type { CommandOutcome } from './execute-command.js';
import type { RegisteredBody } from './request-body.js';
import { resultSummary, type ResultSummary } from './result-pages.js';
import type { SqlDatabaseError } from './sql-mock-types.js';

/** One run of a registered query. */
interface Run {
  readonly at: number;
  readonly error: SqlDatabaseError | undefined;
  readonly result: ResultSummary | undefined;
  readonly hash: string | undefined;
}

/** A registered query: its request, its runs so far, and when it was cancelled. */
export interface RegisteredState {
  readonly id: string;
  readonly siteGuid: string;
  readonly body: RegisteredBody;
  readonly catalogue: string;
  readonly createdAt: number;
  readonly requestSize: number;
  cancelledAt: number | undefined;
  readonly runs: Run[];
  /** Serialises run evaluation, so two reads never run the same slot twice. */
  pending: Promise<void>;
}

/** Ends of the schedule: runs happen at `createdAt + k × frequency` before this time. */
export function scheduleEnd(state: RegisteredState): number {
  const completesAt = state.createdAt + state.body.duration * 1000;
  return Math.min(completesAt, state.cancelledAt ?? Number.POSITIVE_INFINITY);
}

/**
 * Runs every slot due by `now` that has not run yet (derived from elapsed time: the first run at
 * creation, then one per `frequency`), calling `execute` for each in order.
 */
export function catchUp(
  state: RegisteredState,
  now: number,
  execute: () => Promise<CommandOutcome>,
): Promise<void> {
  const next = state.pending.then(async () => {
    const end = Math.min(scheduleEnd(state), now + 1);
    for (;;) {
      const at = state.createdAt + state.runs.length * state.body.frequency * 1000;
      if (at >= end) return;
      state.runs.push(runOf(at, await execute()));
    }
  });
  // A handler that throws fails this read (500) but not the reads after it.
  state.pending = next.catch(() => undefined);
  return next;
}

/** Largest result of one run (reference §3): beyond it, the run fails. */
const runLimitBytes = 8 * 1024 * 1024;

function runOf(at: number, outcome: CommandOutcome): Run {
  if (!outcome.ok) return { at, error: outcome.error, result: undefined, hash: undefined };
  const result = resultSummary(outcome);
  if (result.size > runLimitBytes) {
    const error = { errorType: 'http', errorCode: 413, errorMessage: haloMessages.tooLarge };
    return { at, error, result: undefined, hash: undefined };
  }
  const hash = createHash('sha256')
    .update(JSON.stringify([result.data ?? null, result.rowsAffected ?? null, result.parameters]))
    .digest('base64');
  return { at, error: undefined, result, hash };
}

/** `enabled`, `completed` (duration over) or `cancelled` at `now`. */
export function registeredStatusAt(state: RegisteredState, now: number): string {
  if (state.cancelledAt !== undefined && state.cancelledAt <= now) return 'cancelled';
  return now >= state.createdAt + state.body.duration * 1000 ? 'completed' : 'enabled';
}

/** The latest successful run's result, if any. */
export function latestResult(state: RegisteredState): ResultSummary | undefined {
  return state.runs.findLast((run) => run.result !== undefined)?.result;
}

/** What `GET queries/registered/{id}` returns at `now`. */
export function registeredBodyAt(
  state: RegisteredState,
  now: number,
  executionMs: number,
): Record<string, unknown> {
  const status = registeredStatusAt(state, now);
  const succeeded = state.runs.filter((run) => run.error === undefined);
  const failed = state.runs.filter((run) => run.error !== undefined);
  // Halo uploads a result only when it changed: the sizes add up only for changed results.
  let uploaded = 0;
  let previous: string | undefined;
  for (const run of succeeded) {
    if (run.hash !== previous) uploaded += run.result?.size ?? 0;
    previous = run.hash;
  }
  const lastSucceeded = succeeded.at(-1);
  const lastFailed = failed.at(-1);
  const body: Record<string, unknown> = {
    id: state.id,
    name: state.body.name,
    registeredQueryType: state.body.registeredQueryType,
    status,
    frequency: state.body.frequency,
    duration: state.body.duration,
    createdAt: iso(state.createdAt),
  };
  if (status === 'completed') body.completedAt = iso(state.createdAt + state.body.duration * 1000);
  if (status === 'cancelled') body.completedAt = iso(state.cancelledAt ?? now);
  if (lastSucceeded?.hash !== undefined) body.lastHash = lastSucceeded.hash;
  if (lastFailed?.error !== undefined) body.lastErrorDetails = { ...lastFailed.error };
  body.metrics = {
    ...(lastSucceeded === undefined ? {} : { lastSucceededAt: iso(lastSucceeded.at) }),
    ...(lastFailed === undefined ? {} : { lastFailedAt: iso(lastFailed.at) }),
    lastExecutionDuration: state.runs.length === 0 ? 0 : executionMs,
    executionSucceededCount: succeeded.length,
    executionFailedCount: failed.length,
    resultSizeSum: uploaded,
    requestSize: state.requestSize,
  };
  return body;
}
