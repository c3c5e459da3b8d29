/**
 * The root of every error this library throws. Catch this to catch them all; narrow with the
 * type guards (`isFhirRequestError`, `isSearchBuildError`, ...) which also check `name`, so they work
 * across copies of the library.
 */
export class FhirClientError extends Error {
  override name = 'FhirClientError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** True when `value` is any error raised by this library. */
export function isFhirClientError(value: unknown): value is FhirClientError {
  return value instanceof FhirClientError;
}
