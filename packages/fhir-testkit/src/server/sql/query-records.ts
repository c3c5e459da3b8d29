import type { SqlDatabaseError } from './sql-mock-types.js';
import { haloLinkError } from './database-errors.js';
import {
  iso,
  type LifecycleDurations,
  statusAt,
  statusTimingAt,
  type Timeline,
  timelineOf,
} from './async-lifecycle.js';
import type { CommandOutcome } from './execute-command.js';
import type { QueryBody } from './request-body.js';
import { pageEntries, pagesOf, type ResultPage, resultSummary } from './result-pages.js';
import type { AsyncFailure } from './sql-mock-types.js';

/** The integrator id every query reports (the mock serves one integrator). */
export const mockIntegratorId = '7a1c0000-0000-4000-8000-00000000c0de';

/** An immediate or async query the mock created. */
export interface QueryState {
  readonly id: string;
  readonly siteGuid: string;
  readonly mode: 'immediate' | 'async';
  readonly body: QueryBody;
  readonly catalogue: string;
  readonly createdAt: number;
  readonly requestSize: number;
  readonly outcome: CommandOutcome;
  /** Async: how the query is forced to fail. Immediate: a status other than the outcome's (site offline). */
  readonly failure: AsyncFailure | undefined;
  /** The site's queue blocks (shared, so a later block still holds a queued query). */
  readonly queueBlocks: readonly { readonly from: number; readonly to: number }[];
}

/** Settings the bodies need. */
export interface RecordSettings {
  readonly durations: LifecycleDurations;
  readonly pageRows: number;
}

/** The lifecycle of a query; immediate queries finish the moment they are created. */
export function timelineOfQuery(state: QueryState, settings: RecordSettings): Timeline {
  const error = state.outcome.ok ? undefined : state.outcome.error;
  if (state.mode === 'immediate') {
    const at = state.createdAt;
    const status = state.failure ?? (error === undefined ? 'successful' : 'executionFailed');
    return {
      phases: [
        { phase: 'initialising', start: at, end: at },
        ...(state.failure === undefined ? [{ phase: 'executing' as const, start: at, end: at }] : []),
      ],
      terminal: { status, at, ...(error === undefined ? {} : { error }) },
    };
  }
  return timelineOf({
    createdAt: state.createdAt,
    durations: settings.durations,
    maxTimeInQueue: state.body.maxTimeInQueue,
    failure: state.failure,
    error,
    queueBlocks: state.queueBlocks,
    haloLink: (code) => haloLinkError(code),
  });
}

/** The error fields of a failed query: the deprecated root fields and `errorDetails` (both formats). */
export function errorFields(error: SqlDatabaseError) {
  return { errorCode: error.errorCode, errorMessage: error.errorMessage, errorDetails: { ...error } };
}

/** The async pages of a successful query. */
export function pagesOfQuery(state: QueryState, settings: RecordSettings): ResultPage[] {
  return state.outcome.ok ? pagesOf(state.outcome, settings.pageRows) : [];
}

/** The query object `GET queries/{id}` returns at `now` (also the body of the POSTs). */
export function queryBodyAt(
  state: QueryState,
  now: number,
  settings: RecordSettings,
): Record<string, unknown> {
  const timeline = timelineOfQuery(state, settings);
  const status = statusAt(timeline, now);
  const done = now >= timeline.terminal.at;
  const lastChange = [
    state.createdAt,
    ...timeline.phases.flatMap((p) => [p.start, p.end]),
    timeline.terminal.at,
  ]
    .filter((t) => t <= now)
    .reduce((a, b) => Math.max(a, b), state.createdAt);
  const commandSize = Buffer.byteLength(JSON.stringify(state.body.command), 'utf8');
  const body: Record<string, unknown> = {
    id: state.id,
    integratorId: mockIntegratorId,
    siteId: state.siteGuid,
    mode: state.mode,
    status,
    maxTimeInQueue: state.body.maxTimeInQueue,
    commandSize,
    requestSize: state.requestSize,
    createdAt: iso(state.createdAt),
    updatedAt: iso(lastChange),
    statusTiming: statusTimingAt(timeline, now),
  };
  if (!done) return body;
  body.completedAt = iso(timeline.terminal.at);
  if (timeline.terminal.error !== undefined) return { ...body, ...errorFields(timeline.terminal.error) };
  if (status !== 'successful' || !state.outcome.ok) return body;
  const executing = timeline.phases.find((p) => p.phase === 'executing');
  body.metrics = { sqlExecutionDuration: executing === undefined ? 0 : executing.end - executing.start };
  const summary = resultSummary(state.outcome);
  const counts =
    summary.rowsAffected === undefined ? { rows: summary.rows } : { rowsAffected: summary.rowsAffected };
  body.result =
    state.mode === 'immediate'
      ? {
          ...counts,
          size: summary.size,
          ...(summary.data === undefined ? {} : { data: summary.data }),
          parameters: summary.parameters,
        }
      : { ...counts, size: summary.size, pages: pageEntries(pagesOfQuery(state, settings)) };
  body.resultSize = summary.size;
  return body;
}
