import { catalogEntry } from './catalog.js';
import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';
import { redactSecrets, redactUrl } from './redact.js';
import { ErrorCategory, ErrorSource } from './vocabulary.js';

/** What the client knows when a connection fails before a full response arrives. */
export interface NetworkErrorOptions {
  readonly method: string;
  /** The URL as sent; redacted here. */
  readonly url: string;
  readonly attempt: number;
  /** The underlying failure (e.g. `ECONNRESET`), kept as `cause`. */
  readonly cause?: unknown;
  /** Values to redact from the URL and message. @default [] */
  readonly secrets?: readonly string[];
}

/** The connection failed or was reset before a full response arrived. Always retryable. */
export class NetworkError extends FhirRequestError {
  override name = 'NetworkError';

  constructor(options: NetworkErrorOptions) {
    const entry = catalogEntry(ErrorCategory.Network);
    const reason = options.cause instanceof Error ? options.cause.message : undefined;
    super({
      status: undefined,
      category: ErrorCategory.Network,
      retryable: entry.retryable,
      scope: entry.scope,
      action: entry.action,
      source: ErrorSource.Network,
      code: codeOf(options.cause),
      method: options.method,
      url: redactUrl(options.url, options.secrets),
      attempt: options.attempt,
      detail: reason === undefined ? undefined : redactSecrets(reason, options.secrets),
      cause: options.cause,
    });
  }
}

/** True when `value` is a {@link NetworkError}, from this or any other copy of the library. */
export function isNetworkError(value: unknown): value is NetworkError {
  return value instanceof NetworkError || (isFhirRequestError(value) && value.name === 'NetworkError');
}

function codeOf(cause: unknown): string | undefined {
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
