import {
  FhirRequestError,
  type FhirRequestErrorInit,
  isFhirRequestError,
} from '../../errors/fhir-request-error.js';

/** Which of Halo's three query types failed; each reports errors on its own channel. */
export const SqlQueryType = {
  /** `POST …/queries/immediate`: errors arrive in the POST response. */
  Immediate: 'immediate',
  /** `POST …/queries/async`: errors arrive later, in the query's status. */
  Async: 'async',
  /** `POST …/queries/registered`: each failed run sets `lastErrorDetails`. */
  Registered: 'registered',
} as const;
export type SqlQueryType = (typeof SqlQueryType)[keyof typeof SqlQueryType];

/** The error fields of a query record: `errorDetails` when sent, else the deprecated root fields. */
export interface SqlErrorDetails {
  /** `http`, `haloLink`, `mssql` or `fbsql` as sent; undefined in the old format. */
  readonly errorType: string | undefined;
  /** The database's, Halo Link's or the HTTP code. */
  readonly errorCode: number | string | undefined;
  /** The message as Halo sent it (secrets redacted). */
  readonly errorMessage: string | undefined;
}

/** What a {@link SqlQueryFailedError} carries besides the request error's fields. */
export interface SqlQueryFailedErrorInit extends FhirRequestErrorInit {
  /** Which kind of query failed. */
  readonly queryType: SqlQueryType;
  /** The query's id, when Halo created one. */
  readonly queryId: string | undefined;
  /** The query's terminal status (`executionFailed`, `uploadFailed`, `expiredInQueue`, …), when known. */
  readonly queryStatus: string | undefined;
  /** The error fields of the record (new format over old). */
  readonly errorDetails: SqlErrorDetails | undefined;
  /** Halo Link's code 0-5 when the error is one of Halo Link's. */
  readonly haloLinkCode: number | undefined;
  /** Registered queries: how many runs have failed so far (`metrics.executionFailedCount`). */
  readonly failedRuns?: number | undefined;
}

/**
 * A SQL passthrough query that Halo ran (or tried to run) and reported as failed: an immediate
 * query's 400 (or other status) whose body is the query record, an async query's terminal status
 * (`executionFailed`, `uploadFailed`, `expiredInQueue`, `initialisationFailed…`), or a registered
 * query's `lastErrorDetails`. `category` and `action` say what to do; `retryable` whether the same
 * query may succeed later (resubmitting is a new, billed query).
 */
export class SqlQueryFailedError extends FhirRequestError {
  /** Always `'SqlQueryFailedError'`. */
  override name = 'SqlQueryFailedError';
  /** Which kind of query failed: `immediate`, `async` or `registered`. */
  readonly queryType: SqlQueryType;
  /** Halo's query id, when the record named it. */
  readonly queryId: string | undefined;
  /** The terminal status (`executionFailed`, `uploadFailed`, …), when the record had one. */
  readonly queryStatus: string | undefined;
  /** Halo's `errorDetails` (or the deprecated root fields when only they were sent). */
  readonly errorDetails: SqlErrorDetails | undefined;
  /** The Halo Link code 0-5, when the error is one. */
  readonly haloLinkCode: number | undefined;
  /** A registered query's failed runs so far, from its metrics. */
  readonly failedRuns: number | undefined;

  constructor(init: SqlQueryFailedErrorInit) {
    super(init);
    this.queryType = init.queryType;
    this.queryId = init.queryId;
    this.queryStatus = init.queryStatus;
    this.errorDetails = init.errorDetails;
    this.haloLinkCode = init.haloLinkCode;
    this.failedRuns = init.failedRuns;
  }
}

/** True when `value` is a {@link SqlQueryFailedError}, from this or any other copy of the library. */
export function isSqlQueryFailedError(value: unknown): value is SqlQueryFailedError {
  return (
    value instanceof SqlQueryFailedError ||
    (isFhirRequestError(value) && value.name === 'SqlQueryFailedError')
  );
}
