import type { Pause, PauseReason, PauseScope } from '../resilience/pauses.js';
import { FhirClientError } from './fhir-client-error.js';
import { ErrorCategory } from './vocabulary.js';

/**
 * A request refused without touching the network because its scope is paused: the integrator
 * (bad key, rate limit), the practice (circuit open, not authorised, churned) or one GP (away
 * today). Says which scope, why, and when it resumes. Pass `waitIfPaused: true` to wait instead.
 */
export class PausedError extends FhirClientError {
  override name = 'PausedError';
  readonly category = ErrorCategory.Paused;
  readonly status: number | undefined = undefined;
  readonly retryable = false;
  readonly scope: PauseScope;
  /** `integrator`, the site id, or `Practitioner/{id}`. */
  readonly scopeKey: string;
  readonly site: string | undefined;
  readonly practitioner: string | undefined;
  /** When requests may flow again; undefined means until `policy.reset()` (bad key, churned). */
  readonly resumesAt: Date | undefined;
  /** What caused the pause: cause, error category and status, message. */
  readonly reason: PauseReason;
  /** True when the site's circuit breaker is open (or half-open with its probe in flight). */
  readonly circuitOpen: boolean;

  constructor(pause: Pause, options?: { cause?: unknown }) {
    super(describe(pause), options);
    this.scope = pause.scope;
    this.scopeKey = pause.scopeKey;
    this.site = pause.site;
    this.practitioner = pause.practitioner;
    this.resumesAt = pause.resumesAt === undefined ? undefined : new Date(pause.resumesAt);
    this.reason = pause.reason;
    this.circuitOpen = pause.circuitOpen;
  }
}

function describe(pause: Pause): string {
  const who =
    pause.scope === 'integrator'
      ? 'all requests of this integrator'
      : pause.scope === 'site'
        ? `requests to site ${pause.scopeKey}`
        : `requests about ${pause.scopeKey} at site ${pause.site ?? '?'}`;
  const until =
    pause.resumesAt === undefined
      ? 'until the policy is reset (fix the cause, then call reset())'
      : `until ${new Date(pause.resumesAt).toISOString()}`;
  const why =
    pause.reason.message === '' ? pause.reason.cause : `${pause.reason.cause}: ${pause.reason.message}`;
  return `Paused ${who} ${until} (${why}); nothing was sent. Pass waitIfPaused to wait instead.`;
}

/** True when `value` is a {@link PausedError} (also across copies of the library). */
export function isPausedError(value: unknown): value is PausedError {
  return value instanceof PausedError || (value instanceof Error && value.name === 'PausedError');
}
