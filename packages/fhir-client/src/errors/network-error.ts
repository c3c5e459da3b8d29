import { catalogEntry } from './catalog.js';
import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';
import { redactSecrets, redactUrl } from './redact.js';
import { ErrorCategory, ErrorSource } from './vocabulary.js';

/** What the client knows when a connection fails before a full response arrives. */
export interface NetworkErrorOptions {
  /** The HTTP method as sent. */
  readonly method: string;
  /** The URL as sent; redacted here. */
  readonly url: string;
  /** Which attempt failed, from 1. */
  readonly attempt: number;
  /** The underlying failure (e.g. `ECONNRESET`), kept as `cause`. */
  readonly cause?: unknown;
  /** Values to redact from the URL and message. @default [] */
  readonly secrets?: readonly string[];
}

/**
 * What a narrower network error (e.g. `NetworkBlockedError`) says instead of the catalog row.
 * Already redacted.
 */
export interface NetworkErrorReading {
  /** Whether the same request may succeed later (the catalog says yes for a broken connection). */
  readonly retryable: boolean;
  /** What to do, in words, replacing the catalog's "Retry after a backoff; check network and DNS". */
  readonly action: string;
  /** What happened, replacing the underlying error's message. */
  readonly detail: string;
}

/**
 * The connection failed or was reset before a full response arrived. Retryable, but for a subclass
 * that says otherwise (`NetworkBlockedError`: a browser's CORS or network block).
 */
export class NetworkError extends FhirRequestError {
  /** Always `'NetworkError'`. */
  override name = 'NetworkError';

  /**
   * @param options what the client knows of the failed exchange
   * @param reading for subclasses: retryability, action and detail replacing the catalog's
   */
  constructor(options: NetworkErrorOptions, reading?: NetworkErrorReading) {
    const entry = catalogEntry(ErrorCategory.Network);
    const reason = options.cause instanceof Error ? options.cause.message : undefined;
    const detail = reason === undefined ? undefined : redactSecrets(reason, options.secrets);
    super({
      status: undefined,
      category: ErrorCategory.Network,
      retryable: reading?.retryable ?? entry.retryable,
      scope: entry.scope,
      action: reading?.action ?? entry.action,
      source: ErrorSource.Network,
      code: codeOf(options.cause),
      method: options.method,
      url: redactUrl(options.url, options.secrets),
      attempt: options.attempt,
      detail: reading?.detail ?? detail,
      cause: options.cause,
    });
  }
}

/**
 * True when `value` is a {@link NetworkError} (a `NetworkBlockedError` included), from this or any
 * other copy of the library.
 */
export function isNetworkError(value: unknown): value is NetworkError {
  return (
    value instanceof NetworkError ||
    (isFhirRequestError(value) && (value.name === 'NetworkError' || value.name === 'NetworkBlockedError'))
  );
}

function codeOf(cause: unknown): string | undefined {
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
