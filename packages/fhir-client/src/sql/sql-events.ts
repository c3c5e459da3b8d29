import { createListenerHub } from '../client/events.js';
import { VOCABULARY_FIELDS } from '../errors/redact-everywhere.js';
import type { ResilienceEvent } from '../resilience/events.js';
import type { SqlQueryType } from './errors/sql-query-failed-error.js';

/** What the SQL client warns about. */
export const SqlWarningCode = {
  /** Result `data` that is not base64 of UTF-8 JSON rows or a value: handed back undecoded. */
  UndecodedResult: 'undecoded-result',
  /** An async query status this library does not know: treated as not finished. */
  UnknownStatus: 'unknown-status',
  /** An async query's status could not be read (the practice offline, retries spent): polled again later. */
  StatusUnreadable: 'status-unreadable',
  /** A registered query past `createdAt + duration` that Halo still reports: no longer read. */
  RegisteredQueryExpired: 'registered-query-expired',
  /** A rewritten procedure returned rows and outputs; the last row was read as the outputs. */
  AmbiguousRewriteResult: 'ambiguous-rewrite-result',
} as const;
export type SqlWarningCode = (typeof SqlWarningCode)[keyof typeof SqlWarningCode];

/** Something the caller should know that did not fail the call. */
export interface SqlWarningEvent {
  /** Always `sql-warning`. */
  readonly type: 'sql-warning';
  /** The practice's Halo GUID. */
  readonly site: string;
  /** What kind of warning, from a closed vocabulary. */
  readonly code: SqlWarningCode;
  /** What happened and what was done, for a person. */
  readonly message: string;
  /** The query it is about, when there is one. */
  readonly queryId: string | undefined;
}

/** A storedProcedure command was sent as T-SQL text (Halo's documented workaround). */
export interface SqlRewriteEvent {
  /** Always `sql-rewrite`. */
  readonly type: 'sql-rewrite';
  /** The practice's Halo GUID. */
  readonly site: string;
  /** The procedure as the caller named it. */
  readonly procedure: string;
  /** `required`: a parameter is over Halo's limits; `forced`: `rewrite: 'always'`. */
  readonly reason: 'required' | 'forced';
}

/** An async query's status changed (also the first status seen). */
export interface SqlStatusEvent {
  /** Always `sql-status`. */
  readonly type: 'sql-status';
  /** The practice's Halo GUID. */
  readonly site: string;
  /** The query whose status was read. */
  readonly queryId: string;
  /** The status as Halo sent it. */
  readonly status: string;
  /** Epoch ms on the client's clock. */
  readonly at: number;
}

/**
 * A query-creating POST was sent again: after a 429 refused it (no query was created), or, when
 * the caller marked it `repeatable`, after a failure that may have come after Halo created it (a
 * second, billed query).
 */
export interface SqlResentEvent {
  /** Always `sql-resent`. */
  readonly type: 'sql-resent';
  /** The practice's Halo GUID. */
  readonly site: string;
  /** Which kind of query was sent again (each resend is billed). */
  readonly queryType: SqlQueryType;
  /** The attempt about to be sent (2 for the first resend). */
  readonly attempt: number;
}

/**
 * Everything a SQL client reports: the shared resilience policy's events (`request`, `retry`,
 * `pause`, … with `interaction` `sql-query`, `sql-read` or `sql-cancel` for SQL traffic) plus its
 * own. No event carries the subscription key, SQL text or parameter values.
 */
export type HaloSqlEvent =
  | ResilienceEvent
  | SqlWarningEvent
  | SqlRewriteEvent
  | SqlStatusEvent
  | SqlResentEvent;

/** Receives SQL client events synchronously; an exception it throws is swallowed. */
export type HaloSqlEventListener = (event: HaloSqlEvent) => void;

/** The client's emitter: listeners are isolated from each other and from the request. */
export interface SqlEventHub {
  emit(event: HaloSqlEvent): void;
  on(listener: HaloSqlEventListener): () => void;
}

/** Event fields that hold the client's own closed vocabularies, never server text. */
const sqlEventVocabularyFields: ReadonlySet<string> = new Set([...VOCABULARY_FIELDS, 'code', 'queryType']);

/**
 * Creates a hub that forwards the policy's events while it has listeners. Every event passes the
 * redaction chokepoint first, so a key a server echoed (in a status, a warning) stays out.
 */
export function createSqlEventHub(
  initial: HaloSqlEventListener | undefined,
  subscribe: (listener: (event: ResilienceEvent) => void) => () => void,
  secrets: readonly string[] = [],
): SqlEventHub {
  const hub: SqlEventHub = createListenerHub<HaloSqlEvent>({
    secrets,
    preserve: sqlEventVocabularyFields,
    activate: () => subscribe((event) => hub.emit(event)),
  });
  if (initial) hub.on(initial);
  return hub;
}
