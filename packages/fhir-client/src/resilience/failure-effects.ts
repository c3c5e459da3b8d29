import { backoffCeiling, fullJitterDelay } from './backoff.js';
import { FinalOutcome } from './events.js';
import type { Failure } from './failure.js';
import { FailureEffect, RetryRule, failureHandling } from './failure-handling.js';
import { PauseCause, PauseScope } from './pauses.js';
import type { Pause, PauseReason } from './pauses.js';
import type { PolicyContext } from './policy-context.js';
import { RuleScope } from './practitioner-rules.js';
import type { RequestDescriptor } from './request-descriptor.js';

/** Whether and when to retry a failed attempt. */
export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly fromRetryAfter: boolean }
  | {
      readonly retry: false;
      readonly outcome: FinalOutcome;
      /** The practitioner pause this failure caused, when a practitioner rule matched. */
      readonly practitionerPause?: {
        readonly pause: Pause;
        readonly rule: string;
        readonly timeZone: string;
      };
    };

/** What one logical request remembers across its attempts. */
export interface AttemptHistory {
  /** Whether an "infrequent" failure (406) was already retried once for this request. */
  retriedInfrequent: boolean;
}

const stop = (outcome: FinalOutcome): RetryDecision => ({ retry: false, outcome });

function reasonOf(failure: Failure, cause: PauseCause, rule?: string): PauseReason {
  return {
    cause,
    category: failure.category,
    status: failure.status,
    ...(rule === undefined ? {} : { rule }),
    // Never `failure.message`: it carries the URL, whose query may hold personal data.
    message:
      failure.detail ??
      (failure.status === undefined ? failure.category : `${failure.status} ${failure.category}`),
  };
}

/**
 * Applies what a failed attempt means for every scope (breaker, pauses, practitioner rules), then
 * decides whether the request is retried and after how long. Halo's guidance decides each branch.
 */
export async function handleFailure(
  context: PolicyContext,
  request: RequestDescriptor,
  failure: Failure,
  attemptNumber: number,
  probe: boolean,
  history: AttemptHistory,
): Promise<RetryDecision> {
  const { options } = context;
  const now = context.now();
  const handling = failureHandling[failure.category];
  const bounds = { baseMs: options.baseDelayMs, capMs: options.maxDelayMs };

  if (handling.effect === FailureEffect.SiteBreaker) {
    const transition = await context.store.recordSiteFailure(request.site, now, { probe });
    if (transition.kind === 'opened') {
      context.halfOpen.delete(request.site);
      context.pause(
        context.makePause(
          { scope: PauseScope.Site, site: request.site },
          {
            resumesAt: transition.openUntil,
            reason: reasonOf(failure, PauseCause.CircuitOpen),
            circuitOpen: true,
          },
        ),
      );
      return stop(FinalOutcome.Paused);
    }
  } else if (handling.siteAnswered) {
    if ((await context.store.recordSiteAnswered(request.site)).kind === 'closed')
      context.probeSucceeded(request.site);
  } else if (probe) {
    context.store.releaseProbe(request.site);
  }

  const practitioner = failure.practitioner ?? request.practitioner;
  const rule = options.practitionerRules.find(
    (candidate) =>
      (candidate.scope === RuleScope.Site || practitioner !== undefined) &&
      candidate.matches(failure, { site: request.site, practitioner }),
  );
  if (rule) {
    const timeZone = request.timeZone ?? options.siteTimeZone(request.site);
    const resumesAt = rule.resumesAt({ now, timeZone, site: request.site, practitioner, failure });
    const reason = reasonOf(failure, PauseCause.PractitionerRule, rule.name);
    context.stats.countPractitionerRule(rule.name);
    if (rule.scope === RuleScope.Site) {
      context.pause(context.makePause({ scope: PauseScope.Site, site: request.site }, { resumesAt, reason }));
      return stop(FinalOutcome.Paused);
    }
    const pause = context.pause(
      context.makePause(
        { scope: PauseScope.Practitioner, site: request.site, practitioner },
        { resumesAt, reason },
      ),
    );
    return {
      retry: false,
      outcome: FinalOutcome.Paused,
      practitionerPause: { pause, rule: rule.name, timeZone },
    };
  }

  let windowMs: number | undefined;
  switch (handling.effect) {
    case FailureEffect.PauseIntegratorUntilReset:
      context.pause(
        context.makePause(
          { scope: PauseScope.Integrator },
          { resumesAt: undefined, reason: reasonOf(failure, PauseCause.KeyInvalid) },
        ),
      );
      break;
    case FailureEffect.PauseSiteUntilReset:
      context.pause(
        context.makePause(
          { scope: PauseScope.Site, site: request.site },
          { resumesAt: undefined, reason: reasonOf(failure, PauseCause.SiteRejected) },
        ),
      );
      break;
    case FailureEffect.PauseSiteLoginFailed: {
      const streak = await context.store.addLoginFailure(request.site);
      const pauseMs = Math.min(options.loginFailedMaxPauseMs, options.loginFailedPauseMs * 2 ** (streak - 1));
      context.pause(
        context.makePause(
          { scope: PauseScope.Site, site: request.site },
          { resumesAt: now + pauseMs, reason: reasonOf(failure, PauseCause.LoginFailed) },
        ),
      );
      break;
    }
    case FailureEffect.PauseIntegratorForWindow: {
      windowMs = failure.retryAfterMs ?? backoffCeiling(attemptNumber, bounds);
      const beyond = windowMs > options.maxRetryAfterMs;
      context.pause(
        context.makePause(
          { scope: PauseScope.Integrator },
          { resumesAt: now + windowMs, reason: reasonOf(failure, PauseCause.RateLimited), waitable: !beyond },
        ),
      );
      if (beyond) return stop(FinalOutcome.Paused);
      break;
    }
    case FailureEffect.SiteBreaker:
      if (failure.retryAfterMs !== undefined && failure.retryAfterMs > options.maxRetryAfterMs) {
        context.pause(
          context.makePause(
            { scope: PauseScope.Site, site: request.site },
            { resumesAt: now + failure.retryAfterMs, reason: reasonOf(failure, PauseCause.RetryAfter) },
          ),
        );
        return stop(FinalOutcome.Paused);
      }
      break;
    case FailureEffect.None:
      break;
  }

  switch (handling.retry) {
    case RetryRule.Never:
      return stop(FinalOutcome.NotRetryable);
    case RetryRule.AsReported:
      if (!failure.retryable) return stop(FinalOutcome.NotRetryable);
      break;
    case RetryRule.RetryIfInfrequent: {
      const recent = context.infrequent.record(request.site, now);
      if (history.retriedInfrequent || recent >= options.infrequentLimit)
        return stop(FinalOutcome.NotRetryable);
      break;
    }
    case RetryRule.Retry:
    case RetryRule.RetryAfterWindow:
      break;
  }
  // A 429 is refused before the request reaches the practice; anything else may have reached it.
  if (handling.retry !== RetryRule.RetryAfterWindow && !request.idempotent)
    return stop(FinalOutcome.NotIdempotent);
  if (attemptNumber >= options.maxAttempts) return stop(FinalOutcome.AttemptsExhausted);

  const fromRetryAfter = handling.honoursRetryAfter && failure.retryAfterMs !== undefined;
  const delayMs = fromRetryAfter
    ? (failure.retryAfterMs ?? 0)
    : (windowMs ?? fullJitterDelay(attemptNumber, bounds, context.options.random));
  if (!(await context.store.acquireRetry(now))) {
    context.stats.retriesDeniedByBudget++;
    return stop(FinalOutcome.BudgetExhausted);
  }
  if (handling.retry === RetryRule.RetryIfInfrequent) history.retriedInfrequent = true;
  return { retry: true, delayMs, fromRetryAfter };
}
