import {
  FhirRequestError,
  type FhirRequestErrorInit,
  isFhirRequestError,
} from '../../errors/fhir-request-error.js';
import type { SqlQueryType } from './sql-query-failed-error.js';

/**
 * A query-creating POST failed in a way that may have come after Halo created the query (504, 500,
 * 406, a dropped connection or a timeout after sending, an unreadable 2xx body). The query may
 * have run, and it was billed if it did: the client did not send it again, because Halo has no
 * idempotency key and a resend is a new query. `cause` is the failure as received.
 */
export class SqlOutcomeUnknownError extends FhirRequestError {
  /** Always `'SqlOutcomeUnknownError'`. */
  override name = 'SqlOutcomeUnknownError';
  /** Which kind of query was not sent again. */
  readonly queryType: SqlQueryType;

  constructor(init: FhirRequestErrorInit & { readonly queryType: SqlQueryType }) {
    super(init);
    this.queryType = init.queryType;
  }
}

/** True when `value` is a {@link SqlOutcomeUnknownError}, from this or any other copy of the library. */
export function isSqlOutcomeUnknownError(value: unknown): value is SqlOutcomeUnknownError {
  return (
    value instanceof SqlOutcomeUnknownError ||
    (isFhirRequestError(value) && value.name === 'SqlOutcomeUnknownError')
  );
}
