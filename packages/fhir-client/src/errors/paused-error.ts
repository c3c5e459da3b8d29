import type { Pause, PauseReason, PauseScope } from '../resilience/pauses.js';
import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';
import { redactUrl } from './redact.js';
import { ErrorCategory, ErrorSource } from './vocabulary.js';

/** The request a {@link PausedError} refused. */
export interface PausedRequest {
  /** The HTTP method of the refused request. */
  readonly method: string;
  /** Redacted on the error. */
  readonly url: string;
  /** @default 1 */
  readonly attempt?: number;
}

/**
 * A request refused without touching the network because its scope is paused: the integrator
 * (bad key, rate limit), the practice (circuit open, not authorised, churned) or one GP (away
 * today). Says which scope, why, and when it resumes. Pass `waitIfPaused: true` to wait instead.
 * Always `category: 'paused'`, `status: undefined`, `retryable: false`.
 */
export class PausedError extends FhirRequestError {
  /** Always `'PausedError'`. */
  override name = 'PausedError';
  /** The paused scope (never `request`). */
  declare readonly scope: PauseScope;
  /** `integrator`, the site id, or `Practitioner/{id}`. */
  readonly scopeKey: string;
  /** The practice the pause covers; undefined for the integrator scope. */
  readonly site: string | undefined;
  /** When requests may flow again; undefined means until `policy.reset()` (bad key, churned). */
  readonly resumesAt: Date | undefined;
  /** What caused the pause: cause, error category and status, message. */
  readonly reason: PauseReason;
  /** True when the site's circuit breaker is open (or half-open with its probe in flight). */
  readonly circuitOpen: boolean;

  constructor(pause: Pause, request?: PausedRequest, options?: { readonly cause?: unknown }) {
    const method = request?.method ?? 'REQUEST';
    const url = request === undefined ? '' : redactUrl(request.url);
    super({
      status: undefined,
      category: ErrorCategory.Paused,
      retryable: false,
      scope: pause.scope,
      action: actionFor(pause),
      source: ErrorSource.Client,
      method,
      url,
      attempt: request?.attempt ?? 1,
      practitioner: pause.practitioner,
      detail: pause.reason.message,
      message: describe(pause, method, url),
      cause: options?.cause,
    });
    this.scope = pause.scope;
    this.scopeKey = pause.scopeKey;
    this.site = pause.site;
    this.resumesAt = pause.resumesAt === undefined ? undefined : new Date(pause.resumesAt);
    this.reason = pause.reason;
    this.circuitOpen = pause.circuitOpen;
  }
}

function actionFor(pause: Pause): string {
  if (pause.resumesAt === undefined) {
    return 'Fix the cause (configuration, authorisation, or the practice), then call policy.reset() for this scope.';
  }
  return `Send again after ${new Date(pause.resumesAt).toISOString()}, or pass waitIfPaused to wait.`;
}

function describe(pause: Pause, method: string, url: string): string {
  const who =
    pause.scope === 'integrator'
      ? 'every request of this integrator is paused'
      : pause.scope === 'site'
        ? `site ${pause.scopeKey} is paused${pause.circuitOpen ? ' (circuit open)' : ''}`
        : `${pause.scopeKey} at site ${pause.site ?? '?'} is paused`;
  const until =
    pause.resumesAt === undefined
      ? 'until reset (fix the cause, then call policy.reset())'
      : `until ${new Date(pause.resumesAt).toISOString()}`;
  const why =
    pause.reason.message === '' ? pause.reason.cause : `${pause.reason.cause}: ${pause.reason.message}`;
  const what = url === '' ? 'Request refused' : `${method} ${url} refused`;
  return `${what}: ${who} ${until} (${why}). Nothing was sent; pass waitIfPaused to wait instead.`;
}

/** True when `value` is a {@link PausedError}, from this or any other copy of the library. */
export function isPausedError(value: unknown): value is PausedError {
  return value instanceof PausedError || (isFhirRequestError(value) && value.name === 'PausedError');
}
