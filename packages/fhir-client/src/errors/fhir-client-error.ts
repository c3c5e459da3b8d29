/** How many errors of a `cause` chain {@link FhirClientError.toJSON} writes out. */
const MAX_JSON_CAUSES = 8;

/**
 * The root of every error this library throws. Catch this to catch them all; narrow with the
 * type guards (`isFhirRequestError`, `isSearchBuildError`, ...) which also check `name`, so they work
 * across copies of the library.
 */
export class FhirClientError extends Error {
  /** Always `'FhirClientError'`. */
  override name = 'FhirClientError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /**
   * The error as plain data, so that `JSON.stringify(error)` in a logger shows what a person needs:
   * `name`, `message` and every own field (`status`, `category`, `action`, `url`, `cursor`, …), and
   * the `cause` chain (each cause's `name` and `message`, and a library error's fields; at most
   * 8 deep). The stack is left out. The client passes every error it hands out through its
   * redaction chokepoint first, so this shows no more than `message` does: secrets redacted.
   */
  toJSON(): Record<string, unknown> {
    const root = errorFields(this);
    let holder = root;
    let cause = this.cause;
    for (let depth = 0; cause !== undefined && depth < MAX_JSON_CAUSES; depth++) {
      if (!(cause instanceof Error)) {
        // A thrown non-error (a string, a reason object) is written as it is.
        holder.cause = cause;
        break;
      }
      const fields = errorFields(cause);
      holder.cause = fields;
      holder = fields;
      cause = cause.cause;
    }
    return root;
  }
}

/** `name` and `message`, and for this library's errors every own data field but `cause`. */
function errorFields(error: Error): Record<string, unknown> {
  const fields: Record<string, unknown> = { name: error.name, message: error.message };
  if (!(error instanceof FhirClientError)) return fields;
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'cause' && typeof value !== 'function') fields[key] = value;
  }
  return fields;
}

/** True when `value` is any error raised by this library. */
export function isFhirClientError(value: unknown): value is FhirClientError {
  return value instanceof FhirClientError;
}
