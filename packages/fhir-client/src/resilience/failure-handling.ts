import { ErrorCategory } from '../errors/vocabulary.js';

/** How the policy treats one failed attempt of a given category. */
export const RetryRule = {
  /** Never retried: the same request would fail the same way (fix the request or configuration). */
  Never: 'never',
  /** Retried with backoff when the request is safe to repeat (idempotent). */
  Retry: 'retry',
  /** Retried once, and only while this category stays infrequent at the site (406, Halo Link code 2). */
  RetryIfInfrequent: 'retry-if-infrequent',
  /**
   * Retried after the server's window. A 429 is refused at Halo's gateway before the request
   * reaches the practice, so even a create or update is safe to send again.
   */
  RetryAfterWindow: 'retry-after-window',
  /** Decided by the error's own `retryable` flag (categories whose meaning varies by source). */
  AsReported: 'as-reported',
} as const;
export type RetryRule = (typeof RetryRule)[keyof typeof RetryRule];

/** What else a failure of a category does besides (not) retrying. */
export const FailureEffect = {
  None: 'none',
  /** Counts toward opening the site's circuit breaker. */
  SiteBreaker: 'site-breaker',
  /** Pauses every request of this integrator until `reset()`: nothing will work until fixed. */
  PauseIntegratorUntilReset: 'pause-integrator-until-reset',
  /** Makes every request of this integrator wait for the `Retry-After` window. */
  PauseIntegratorForWindow: 'pause-integrator-for-window',
  /** Pauses the site until `reset()` (inactive GUID, developer licence, non-authoritative). */
  PauseSiteUntilReset: 'pause-site-until-reset',
  /** Pauses the site for a long, doubling time: the practice has not authorised the integration. */
  PauseSiteLoginFailed: 'pause-site-login-failed',
} as const;
export type FailureEffect = (typeof FailureEffect)[keyof typeof FailureEffect];

/** One row of {@link failureHandling}. */
export interface FailureHandling {
  /** When the failure is retried. */
  readonly retry: RetryRule;
  /** What it does to the scope (pauses, breaker counts), beyond the request. */
  readonly effect: FailureEffect;
  /** Whether a `Retry-After` on this failure is honoured (inline up to a maximum, beyond as a pause). */
  readonly honoursRetryAfter: boolean;
  /**
   * Whether the failure proves the practice answered (its database or Halo Link replied), which
   * closes a half-open breaker and clears the count of consecutive site failures. Failures from
   * Halo's gateway (429, 401) or of unknown origin say nothing about the site.
   */
  readonly siteAnswered: boolean;
}

interface RowOptions {
  readonly effect?: FailureEffect;
  readonly honoursRetryAfter?: boolean;
  readonly siteAnswered?: boolean;
}

const row = (retry: RetryRule, options: RowOptions = {}): FailureHandling =>
  Object.freeze({
    retry,
    effect: options.effect ?? FailureEffect.None,
    honoursRetryAfter: options.honoursRetryAfter ?? false,
    siteAnswered: options.siteAnswered ?? false,
  });
const answered = { siteAnswered: true } as const;

/**
 * The single table of what the policy does per error category, following Halo's guidance
 * (HALO-API.md, "HTTP errors and what an integrator should do"). Practitioner pause rules are
 * applied on top of it, for any category.
 */
export const failureHandling: Readonly<Record<ErrorCategory, FailureHandling>> = Object.freeze({
  [ErrorCategory.LoginFailed]: row(RetryRule.Never, {
    effect: FailureEffect.PauseSiteLoginFailed,
    ...answered,
  }),
  [ErrorCategory.BadSql]: row(RetryRule.Never, answered),
  [ErrorCategory.BadRequest]: row(RetryRule.Never),
  [ErrorCategory.KeyInvalid]: row(RetryRule.Never, { effect: FailureEffect.PauseIntegratorUntilReset }),
  [ErrorCategory.SiteInactive]: row(RetryRule.Never, { effect: FailureEffect.PauseSiteUntilReset }),
  [ErrorCategory.IpNotAllowed]: row(RetryRule.Never, { effect: FailureEffect.PauseIntegratorUntilReset }),
  [ErrorCategory.DeveloperLicence]: row(RetryRule.Never, {
    effect: FailureEffect.PauseSiteUntilReset,
    ...answered,
  }),
  [ErrorCategory.NonAuthoritative]: row(RetryRule.Never, { effect: FailureEffect.PauseSiteUntilReset }),
  [ErrorCategory.NotFound]: row(RetryRule.Never),
  [ErrorCategory.NotAcceptable]: row(RetryRule.RetryIfInfrequent, answered),
  [ErrorCategory.TooLarge]: row(RetryRule.Never, answered),
  [ErrorCategory.RateLimited]: row(RetryRule.RetryAfterWindow, {
    effect: FailureEffect.PauseIntegratorForWindow,
    honoursRetryAfter: true,
  }),
  [ErrorCategory.ServerError]: row(RetryRule.Retry),
  [ErrorCategory.SiteUnavailable]: row(RetryRule.Retry, {
    effect: FailureEffect.SiteBreaker,
    honoursRetryAfter: true,
  }),
  [ErrorCategory.QueryTimeout]: row(RetryRule.Retry, answered),
  [ErrorCategory.SiteUnreachable]: row(RetryRule.Retry, {
    effect: FailureEffect.SiteBreaker,
    honoursRetryAfter: true,
  }),
  [ErrorCategory.PractitionerUnavailable]: row(RetryRule.Never, answered),
  [ErrorCategory.ClientConnectionFailure]: row(RetryRule.Retry),
  [ErrorCategory.SqlExecutionFailed]: row(RetryRule.AsReported, answered),
  [ErrorCategory.PrepForUploadFailed]: row(RetryRule.RetryIfInfrequent, answered),
  [ErrorCategory.QueryOrphaned]: row(RetryRule.Retry, answered),
  [ErrorCategory.QueryMissingProperties]: row(RetryRule.Never, answered),
  [ErrorCategory.QueryUploadFailed]: row(RetryRule.Retry, answered),
  // A broken connection is retried; a browser's CORS or network block (NetworkBlockedError) says not.
  [ErrorCategory.Network]: row(RetryRule.AsReported, { effect: FailureEffect.SiteBreaker }),
  [ErrorCategory.Timeout]: row(RetryRule.Retry, { effect: FailureEffect.SiteBreaker }),
  // Not JSON (a gateway's HTML, a cut-off body) is retryable; JSON of the wrong shape will repeat.
  [ErrorCategory.InvalidResponse]: row(RetryRule.AsReported),
  // Neither the site's fault nor worth repeating: the same query returns the same body.
  [ErrorCategory.ResponseTooLarge]: row(RetryRule.Never),
  [ErrorCategory.Paused]: row(RetryRule.Never),
  [ErrorCategory.Unknown]: row(RetryRule.AsReported),
});
