import type { SqlQueryFailedError } from './errors/sql-query-failed-error.js';
import { SqlQueryType } from './errors/sql-query-failed-error.js';
import { failedRecordError, type FailureFacts } from './query-failure.js';
import { isObject } from './query-state.js';
import { RegisteredQueryStatus } from './command.js';

/** A registered query's run counters and times, as Halo reports them. */
export interface RegisteredQueryMetrics {
  /** ISO time of the last successful run, when Halo says. */
  readonly lastSucceededAt: string | undefined;
  /** ISO time of the last failed run, when Halo says. */
  readonly lastFailedAt: string | undefined;
  /** How many runs succeeded so far. */
  readonly executionSucceededCount: number | undefined;
  /** How many runs failed so far. */
  readonly executionFailedCount: number | undefined;
}

/** A registered (recurring) query as `GET …/queries/registered/{id}` describes it. */
export interface RegisteredQueryInfo {
  /** Halo's registered query id. */
  readonly id: string;
  /** The name it was registered with, when Halo returns one. */
  readonly name: string | undefined;
  /** `enabled`, `completed`, `cancelled`, `initialisationFailedCacheError`, or another value as sent. */
  readonly status: string | undefined;
  /** Seconds between runs. */
  readonly frequency: number | undefined;
  /** Seconds the query runs for after `createdAt`. */
  readonly duration: number | undefined;
  /** ISO time Halo created it, when it says. */
  readonly createdAt: string | undefined;
  /** ISO time it stopped running, when it has. */
  readonly completedAt: string | undefined;
  /** Hash of the last successful result: unchanged hash, unchanged data. */
  readonly lastHash: string | undefined;
  /** `createdAt + duration` in epoch ms: the client reads no result after it (older Halo Links may not stop). */
  readonly endsAt: number | undefined;
  /** Run counts and times, as Halo reports them. */
  readonly metrics: RegisteredQueryMetrics;
  /**
   * The last run's failure, when the last run failed (or registration did): from `lastErrorDetails`,
   * with `failedRuns` the number of failed runs so far.
   */
  readonly lastFailure: SqlQueryFailedError | undefined;
  /** The record as received. */
  readonly record: Readonly<Record<string, unknown>>;
}

/** Reads a registered query record. */
export function registeredInfoOf(
  id: string,
  record: Readonly<Record<string, unknown>>,
  facts: FailureFacts,
): RegisteredQueryInfo {
  const metrics = isObject(record.metrics) ? record.metrics : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const count = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const createdAt = text(record.createdAt);
  const duration = count(record.duration);
  const created = createdAt === undefined ? Number.NaN : Date.parse(createdAt);
  const info = {
    lastSucceededAt: text(metrics.lastSucceededAt),
    lastFailedAt: text(metrics.lastFailedAt),
    executionSucceededCount: count(metrics.executionSucceededCount),
    executionFailedCount: count(metrics.executionFailedCount),
  };
  const status = text(record.status);
  const lastRunFailed =
    isObject(record.lastErrorDetails) &&
    (info.lastSucceededAt === undefined ||
      info.lastFailedAt === undefined ||
      Date.parse(info.lastFailedAt) >= Date.parse(info.lastSucceededAt));
  const failed = status === RegisteredQueryStatus.InitialisationFailedCacheError || lastRunFailed;
  return {
    id: text(record.id) ?? id,
    name: text(record.name),
    status,
    frequency: count(record.frequency),
    duration,
    createdAt,
    completedAt: text(record.completedAt),
    lastHash: text(record.lastHash),
    endsAt: Number.isFinite(created) && duration !== undefined ? created + duration * 1000 : undefined,
    metrics: info,
    lastFailure: failed ? failedRecordError({ ...record, id }, SqlQueryType.Registered, facts) : undefined,
    record,
  };
}
