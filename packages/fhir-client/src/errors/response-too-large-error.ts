import { catalogEntry } from './catalog.js';
import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';
import { redactUrl } from './redact.js';
import { ErrorCategory, ErrorSource } from './vocabulary.js';

/** What the client knows when a response body crosses `maxResponseBytes`. */
export interface ResponseTooLargeErrorOptions {
  /** The status of the response whose body was too large. */
  readonly status: number;
  /** The HTTP method as sent. */
  readonly method: string;
  /** The URL as sent; redacted here. */
  readonly url: string;
  /** Which attempt failed, from 1. */
  readonly attempt: number;
  /** The limit that was crossed, in bytes after decompression. */
  readonly maxResponseBytes: number;
  /** Values to redact from the URL. @default [] */
  readonly secrets?: readonly string[];
}

/**
 * A response body grew past the client's `maxResponseBytes` (counted after decompression), so the
 * client stopped reading it and closed the connection. Never retried (the same request would return
 * the same body) and not counted against the practice: it answered.
 */
export class ResponseTooLargeError extends FhirRequestError {
  /** Always `'ResponseTooLargeError'`. */
  override name = 'ResponseTooLargeError';
  /** The limit that was crossed, in bytes after decompression. */
  readonly maxResponseBytes: number;

  constructor(options: ResponseTooLargeErrorOptions) {
    const entry = catalogEntry(ErrorCategory.ResponseTooLarge);
    super({
      status: options.status,
      category: ErrorCategory.ResponseTooLarge,
      retryable: entry.retryable,
      scope: entry.scope,
      action: entry.action,
      source: ErrorSource.Client,
      method: options.method,
      url: redactUrl(options.url, options.secrets),
      attempt: options.attempt,
      detail: `the body is larger than maxResponseBytes (${options.maxResponseBytes} bytes); reading stopped there`,
    });
    this.maxResponseBytes = options.maxResponseBytes;
  }
}

/** True when `value` is a {@link ResponseTooLargeError}, from this or any other copy of the library. */
export function isResponseTooLargeError(value: unknown): value is ResponseTooLargeError {
  return (
    value instanceof ResponseTooLargeError ||
    (isFhirRequestError(value) && value.name === 'ResponseTooLargeError')
  );
}
