import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';

/**
 * The practice cannot be reached: 503 `Site could not be contacted`, or 504 `Site cannot be
 * contacted` (unreachable or offline). Back off and pause queries to this site.
 */
export class SiteUnavailableError extends FhirRequestError {
  /** Always `'SiteUnavailableError'`. */
  override name = 'SiteUnavailableError';
}

/** True when `value` is a {@link SiteUnavailableError}, from this or any other copy of the library. */
export function isSiteUnavailableError(value: unknown): value is SiteUnavailableError {
  return (
    value instanceof SiteUnavailableError ||
    (isFhirRequestError(value) && value.name === 'SiteUnavailableError')
  );
}
