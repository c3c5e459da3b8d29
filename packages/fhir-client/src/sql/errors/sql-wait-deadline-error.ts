import { FhirClientError } from '../../errors/fhir-client-error.js';

/**
 * `handle.wait()` reached its deadline before the async query finished. Nothing is lost: the query
 * keeps running at Halo; wait again, or save `handle.toJSON()` and resume later.
 */
export class SqlWaitDeadlineError extends FhirClientError {
  /** Always `'SqlWaitDeadlineError'`. */
  override name = 'SqlWaitDeadlineError';
  /** The query still running at Halo: save its handle and wait again later. */
  readonly queryId: string;
  /** The last status seen (possibly one this library does not know), or undefined if none arrived. */
  readonly lastStatus: string | undefined;
  /** The deadline, epoch ms on the client's clock. */
  readonly deadline: number;

  constructor(init: {
    readonly queryId: string;
    readonly lastStatus: string | undefined;
    readonly deadline: number;
  }) {
    super(
      `Async SQL query ${init.queryId} had not finished by the deadline ${new Date(init.deadline).toISOString()} ` +
        `(last status: ${init.lastStatus ?? 'none received'}). It keeps running at Halo: wait again, or save ` +
        'handle.toJSON() and resume it later; do not submit it again.',
    );
    this.queryId = init.queryId;
    this.lastStatus = init.lastStatus;
    this.deadline = init.deadline;
  }
}

/** True for a {@link SqlWaitDeadlineError} (checks `name` too, so it works across copies of the library). */
export function isSqlWaitDeadlineError(value: unknown): value is SqlWaitDeadlineError {
  return (
    value instanceof SqlWaitDeadlineError ||
    (value instanceof Error && value.name === 'SqlWaitDeadlineError' && 'queryId' in value)
  );
}
