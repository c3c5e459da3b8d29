import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';

/**
 * 429 RateLimitExceeded (or FHIR `throttled`): every request with this subscription key should wait
 * `retryAfterMs` when the server said, or back off when it did not.
 */
export class RateLimitError extends FhirRequestError {
  /** Always `'RateLimitError'`. */
  override name = 'RateLimitError';
}

/** True when `value` is a {@link RateLimitError}, from this or any other copy of the library. */
export function isRateLimitError(value: unknown): value is RateLimitError {
  return value instanceof RateLimitError || (isFhirRequestError(value) && value.name === 'RateLimitError');
}
