import { catalogAdvice, catalogEntry } from './catalog.js';
import { classifyError } from './classify-error.js';
import { createRequestError } from './create-request-error.js';
import { FhirRequestError } from './fhir-request-error.js';
import { parseErrorBody } from './parse-error-body.js';
import { ErrorBodyKind } from './parsed-error-body.js';
import { redactSecrets, redactUrl } from './redact.js';
import { retryAfterMsOf } from './retry-after.js';
import { ErrorCategory, ErrorSource } from './vocabulary.js';

/** The failed response, with its body already read as text. */
export interface ErrorResponse {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers (`Retry-After` is read from them). */
  readonly headers: Headers | Readonly<Record<string, string>>;
  /** The body as text, whatever its content type (empty when there was none). */
  readonly bodyText: string;
}

/** The request that failed. */
export interface FailedRequest {
  /** The HTTP method as sent. */
  readonly method: string;
  /** The URL as sent; redacted on the error. */
  readonly url: string;
  /** Which attempt this was (1 for the first). */
  readonly attempt: number;
  /** Values never to show (the subscription key): redacted from URL, message and body. @default [] */
  readonly secrets?: readonly string[];
  /** The current time in ms, for a `Retry-After` HTTP-date. @default Date.now() */
  readonly now?: number;
}

/**
 * Turns any failed response (every Halo and FHIR error shape, and bodies that are none of them) into
 * a typed {@link FhirRequestError}: category, retryability, scope and action from the error catalog
 * (the row's narrower advice when the URL's path, the status or a failed query status match one),
 * `Retry-After` in ms, the parsed body, and the method and URL with secrets redacted.
 * Synchronous, and never throws: whatever the input, the result is a `FhirRequestError`.
 */
export function parseErrorResponse(response: ErrorResponse, request: FailedRequest): FhirRequestError {
  const secrets = request.secrets ?? [];
  const method = redactSecrets(safeString(request.method, 'GET'), secrets);
  const url = redactUrl(safeString(request.url, ''), secrets);
  const attempt = Number.isFinite(request.attempt) ? request.attempt : 1;
  try {
    const status = response.status;
    const body = parseErrorBody(safeString(response.bodyText, ''), secrets);
    const classification = classifyError(status, body);
    const entry = catalogEntry(classification.category);
    const queryStatus = body.kind === ErrorBodyKind.QueryError ? body.queryStatus : undefined;
    const { action } = catalogAdvice(classification.category, { status, url, queryStatus });
    const detail =
      classification.detail === undefined ? undefined : redactSecrets(classification.detail, secrets);
    const retryAfterMs = retryAfterMsOf(
      headerOf(response.headers, 'retry-after'),
      detail,
      request.now ?? Date.now(),
    );
    return createRequestError({
      status,
      category: classification.category,
      retryable: entry.retryable,
      retryAfterMs,
      scope: entry.scope,
      action,
      source: classification.source,
      code: classification.code === undefined ? undefined : redactSecrets(classification.code, secrets),
      body,
      method,
      url,
      attempt,
      practitioner: classification.practitioner,
      detail,
    });
  } catch (error) {
    // Defensive: a bug here must still leave the caller with a typed, redacted error.
    const entry = catalogEntry(ErrorCategory.Unknown);
    return new FhirRequestError({
      status: typeof response?.status === 'number' ? response.status : undefined,
      category: ErrorCategory.Unknown,
      retryable: entry.retryable,
      scope: entry.scope,
      action: entry.action,
      source: ErrorSource.Client,
      method,
      url,
      attempt,
      detail: redactSecrets(`the error response could not be read (${String(error)})`, secrets),
    });
  }
}

function headerOf(headers: ErrorResponse['headers'], name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name && typeof value === 'string') return value;
  }
  return undefined;
}

function safeString(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
