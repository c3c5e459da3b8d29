import { catalogEntry } from './catalog.js';
import { safeExcerpt } from './excerpt.js';
import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';
import { redactSecrets, redactUrl } from './redact.js';
import { ErrorCategory, ErrorSource } from './vocabulary.js';

/** What the client knows when a successful response is not what FHIR promises. */
export interface InvalidResponseErrorOptions {
  /** The HTTP status of the response. */
  readonly status: number;
  /** The HTTP method as sent. */
  readonly method: string;
  /** The URL as sent; redacted here. */
  readonly url: string;
  /** Which attempt failed, from 1. */
  readonly attempt: number;
  /** What is wrong, in words (e.g. `Bundle.entry[3].resource is null, not a resource`). Redacted here. */
  readonly problem: string;
  /**
   * True when the same request may get a good answer later: a body that is not JSON at all (a
   * gateway's HTML page, a body cut off on the way). False for JSON of the wrong shape, which the
   * server itself sent and will send again.
   */
  readonly retryable: boolean;
  /** The body as received, for the excerpt (redacted and cut short here). @default undefined */
  readonly bodyText?: string | undefined;
  /** Values to redact from the URL, problem and excerpt. @default [] */
  readonly secrets?: readonly string[];
  /** The parse failure behind it (e.g. a `SyntaxError`), kept as `cause`. */
  readonly cause?: unknown;
}

/**
 * A successful response whose body the client cannot use: not JSON, empty where a resource was
 * expected, another resource type, or a FHIR structure the client relies on with the wrong shape
 * (a Bundle whose `entry` is not a list of objects, an entry whose `resource` has no `resourceType`,
 * a `link` without `relation`/`url` strings). Carries the redacted URL and a short excerpt of the
 * body. `retryable` tells a gateway's one-off garbage (retried) from the server's own malformed
 * JSON (not retried).
 */
export class InvalidResponseError extends FhirRequestError {
  /** Always `'InvalidResponseError'`. */
  override name = 'InvalidResponseError';
  /** The start of the body as received: one line, secrets redacted, at most 200 characters. */
  readonly excerpt: string;

  constructor(options: InvalidResponseErrorOptions) {
    const entry = catalogEntry(ErrorCategory.InvalidResponse);
    const excerpt = options.bodyText === undefined ? '' : safeExcerpt(options.bodyText, options.secrets);
    super({
      status: options.status,
      category: ErrorCategory.InvalidResponse,
      retryable: options.retryable,
      scope: entry.scope,
      action: options.retryable
        ? 'Retry after a backoff; a gateway between you and the server may be failing.'
        : "Report it to the server's operator with the URL and excerpt; retrying gets the same body.",
      source: ErrorSource.Fhir,
      method: options.method,
      url: redactUrl(options.url, options.secrets),
      attempt: options.attempt,
      detail: redactSecrets(options.problem, options.secrets),
      cause: options.cause,
    });
    this.excerpt = excerpt;
  }
}

/** True when `value` is an {@link InvalidResponseError}, from this or any other copy of the library. */
export function isInvalidResponseError(value: unknown): value is InvalidResponseError {
  return (
    value instanceof InvalidResponseError ||
    (isFhirRequestError(value) && value.name === 'InvalidResponseError')
  );
}
