import { catalogEntry } from './catalog.js';
import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';
import { redactUrl } from './redact.js';
import { ErrorCategory, ErrorSource } from './vocabulary.js';

/** What the client knows when its own timeout expires. */
export interface TimeoutErrorOptions {
  /** The HTTP method as sent. */
  readonly method: string;
  /** The URL as sent; redacted here. */
  readonly url: string;
  /** Which attempt failed, from 1. */
  readonly attempt: number;
  /** The timeout that expired, in ms. */
  readonly timeoutMs: number;
  /** Values to redact from the URL. @default [] */
  readonly secrets?: readonly string[];
  /** What ended the wait, when something other than the timer did, kept as `cause`. */
  readonly cause?: unknown;
}

/** The client's own per-request timeout or deadline expired before a response arrived. Always retryable. */
export class TimeoutError extends FhirRequestError {
  /** Always `'TimeoutError'`. */
  override name = 'TimeoutError';
  /** The timeout that expired, in ms. */
  readonly timeoutMs: number;

  constructor(options: TimeoutErrorOptions) {
    const entry = catalogEntry(ErrorCategory.Timeout);
    super({
      status: undefined,
      category: ErrorCategory.Timeout,
      retryable: entry.retryable,
      scope: entry.scope,
      action: entry.action,
      source: ErrorSource.Client,
      method: options.method,
      url: redactUrl(options.url, options.secrets),
      attempt: options.attempt,
      detail: `no response within ${options.timeoutMs} ms`,
      cause: options.cause,
    });
    this.timeoutMs = options.timeoutMs;
  }
}

/** True when `value` is a {@link TimeoutError}, from this or any other copy of the library. */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return value instanceof TimeoutError || (isFhirRequestError(value) && value.name === 'TimeoutError');
}
