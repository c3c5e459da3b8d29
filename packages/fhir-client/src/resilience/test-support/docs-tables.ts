import { ErrorCategory } from '../../errors/vocabulary.js';
import { FailureEffect, RetryRule, failureHandling } from '../failure-handling.js';
import { resilienceDefaults } from '../options.js';

const retryText: Record<RetryRule, string> = {
  [RetryRule.Never]: 'never',
  [RetryRule.Retry]: 'with backoff (reads only)',
  [RetryRule.RetryIfInfrequent]: 'once, while infrequent at the site (reads only)',
  [RetryRule.RetryAfterWindow]: 'after the window (writes too: refused before the practice)',
  [RetryRule.AsReported]: "as the error's `retryable` says (reads only)",
};

const effectText: Record<FailureEffect, string> = {
  [FailureEffect.None]: '',
  [FailureEffect.SiteBreaker]: 'counts toward the site circuit breaker',
  [FailureEffect.PauseIntegratorUntilReset]: 'pauses the integrator until `reset()`',
  [FailureEffect.PauseIntegratorForWindow]:
    'every request waits the window (longer than the maximum: a pause)',
  [FailureEffect.PauseSiteUntilReset]: 'pauses the site until `reset()`',
  [FailureEffect.PauseSiteLoginFailed]:
    'pauses the site for `loginFailedPauseMs`, doubling each time in a row',
};

/** The README's table of what the policy does per error category, from `failureHandling`. */
export function failureHandlingTable(): string {
  const rows = Object.entries(failureHandling).map(([category, handling]) => {
    // The default practitioner rule (not this table) is what pauses an away GP.
    const effect =
      category === ErrorCategory.PractitionerUnavailable
        ? 'pauses the GP until midnight at the practice (default practitioner rule)'
        : effectText[handling.effect];
    return `| \`${category}\` | ${retryText[handling.retry]} | ${effect} | ${handling.honoursRetryAfter ? 'yes' : ''} |`;
  });
  return ['| category | retried | also | `Retry-After` |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function duration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${ms / 1000} s`;
}

/** The README's table of defaults, from `resilienceDefaults`. */
export function defaultsTable(): string {
  const rows = Object.entries(resilienceDefaults).map(([name, value]) => {
    const shown =
      typeof value === 'number' && name.endsWith('Ms')
        ? duration(value)
        : typeof value === 'string'
          ? `'${value}'`
          : String(value);
    return `| \`${name === 'timeZone' ? 'siteTimeZone' : name}\` | ${shown} |`;
  });
  return ['| option | default |', '| --- | --- |', ...rows].join('\n');
}
