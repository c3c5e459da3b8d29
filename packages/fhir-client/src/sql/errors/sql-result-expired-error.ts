import {
  FhirRequestError,
  type FhirRequestErrorInit,
  isFhirRequestError,
} from '../../errors/fhir-request-error.js';

/**
 * 410 Gone on an async query's result page: Halo keeps results for about 24 hours. Submit the
 * query again (a new, billed query) to read its result.
 */
export class SqlResultExpiredError extends FhirRequestError {
  /** Always `'SqlResultExpiredError'`. */
  override name = 'SqlResultExpiredError';
  /** The async query whose result expired. */
  readonly queryId: string;
  /** The page asked for (1-based). */
  readonly pageNumber: number;

  constructor(init: FhirRequestErrorInit & { readonly queryId: string; readonly pageNumber: number }) {
    super(init);
    this.queryId = init.queryId;
    this.pageNumber = init.pageNumber;
  }
}

/** True when `value` is a {@link SqlResultExpiredError}, from this or any other copy of the library. */
export function isSqlResultExpiredError(value: unknown): value is SqlResultExpiredError {
  return (
    value instanceof SqlResultExpiredError ||
    (isFhirRequestError(value) && value.name === 'SqlResultExpiredError')
  );
}
