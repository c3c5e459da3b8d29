import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';

/**
 * Access was refused and retrying will not help until a person acts: a wrong subscription key, an
 * inactive Halo GUID, a caller IP not allowed, a developer licence in production, a
 * non-authoritative practice, or a practice that has not authorised the integration (`Login failed`).
 * `action` says which fix applies; `scope` says whether it is this site or the whole integrator.
 */
export class AccessDeniedError extends FhirRequestError {
  /** Always `'AccessDeniedError'`. */
  override name = 'AccessDeniedError';
}

/** True when `value` is an {@link AccessDeniedError}, from this or any other copy of the library. */
export function isAccessDeniedError(value: unknown): value is AccessDeniedError {
  return (
    value instanceof AccessDeniedError || (isFhirRequestError(value) && value.name === 'AccessDeniedError')
  );
}
