import { isInvalidArgumentError } from '../client/invalid-argument-error.js';
import { isInvalidClientOptionsError } from '../client/invalid-client-options-error.js';
import { isFhirRequestError } from '../errors/fhir-request-error.js';
import { isPausedError, type PausedError } from '../errors/paused-error.js';
import { isPagingError } from '../paging/errors/paging-error.js';
import { resilienceDefaults } from '../resilience/options.js';
import { PauseCause } from '../resilience/pauses.js';
import type { PauseStatus, ResiliencePolicy } from '../resilience/policy.js';
import { isSearchBuildError } from '../search/search-build-error.js';
import { isUnknownResourceTypeError } from '../search/unknown-resource-type-error.js';
import { isUndecodedSqlResultError } from '../sql/errors/undecoded-sql-result-error.js';
import { isSqlWaitDeadlineError } from '../sql/errors/sql-wait-deadline-error.js';
import { isInvalidSqlParameterError } from '../sql/parameters/invalid-sql-parameter-error.js';
import { isSqlRewriteError } from '../sql/rewrite/sql-rewrite-error.js';
import { CliUsageError } from './cli-usage-error.js';
import { ExitCode } from './exit-codes.js';

/** How a failed run ends: its exit code and the one line that says what failed and what to do. */
export interface CliFailure {
  readonly exitCode: ExitCode;
  readonly message: string;
}

/** What is known of the request that failed, to tell a pause from a plain failure. */
export interface FailureContext {
  readonly policy: ResiliencePolicy | undefined;
  readonly site: string | undefined;
  readonly practitioner: string | undefined;
}

/**
 * Decides the exit code of a failure. A request that failed and left its scope paused until a time
 * that outlasts this process (the server's `Retry-After` or rate-limit window, the GP away today) is
 * a pause: 5, with the time to try again. A pause that is only this run's own pacing (the circuit
 * breaker, the login-failure backoff) dies with the process, so it is not offered as advice: the run
 * ends as the failure that caused it. A rejection (4xx) is 3, anything that went wrong on the way or
 * at the server is 4. Failures before any request are 2.
 */
export function failureExit(error: unknown, context: FailureContext): CliFailure {
  if (error instanceof CliUsageError) {
    return {
      exitCode: ExitCode.Usage,
      message: `usage: ${sentence(error.message)} Run fhir-client --help for usage.`,
    };
  }
  if (isUnknownResourceTypeError(error)) {
    const { resourceType, suggestion } = error;
    const hint =
      suggestion === undefined
        ? '.'
        : suggestion.toLowerCase() === resourceType.toLowerCase()
          ? ` (resource types are case-sensitive): did you mean ${suggestion}?`
          : `: did you mean ${suggestion}?`;
    return {
      exitCode: ExitCode.Usage,
      message: `invalid query: "${resourceType}" is not an R4 resource type${hint} For a type the server defines itself, pass --rules lenient. Nothing was sent.`,
    };
  }
  if (isSearchBuildError(error)) {
    return {
      exitCode: ExitCode.Usage,
      message: `invalid query: ${error.message} Fix the query; nothing was sent.`,
    };
  }
  if (isInvalidClientOptionsError(error) || isInvalidArgumentError(error) || isSqlRewriteError(error)) {
    return { exitCode: ExitCode.Usage, message: `${error.message} Nothing was sent.` };
  }
  if (isInvalidSqlParameterError(error)) {
    // Its message already ends "Nothing was sent."
    return { exitCode: ExitCode.Usage, message: `invalid --param: ${error.message}` };
  }
  if (isSqlWaitDeadlineError(error) || isUndecodedSqlResultError(error)) {
    return { exitCode: ExitCode.Failed, message: error.message };
  }
  if (isPausedError(error)) return pausedExit(error);
  if (isFhirRequestError(error)) {
    const rejected = error.status !== undefined && error.status >= 400 && error.status < 500;
    const pause = latestTimedPause(context, error.practitioner);
    if (pause !== undefined && outlivesTheRun(pause)) {
      return {
        exitCode: ExitCode.Paused,
        message: `${error.message} Paused: ${pausedWho(pause)} until ${pause.resumesAt.toISOString()} (${pause.reason.cause}); try again after that.`,
      };
    }
    const note = pause?.reason.cause === PauseCause.CircuitOpen ? ` ${circuitNote}` : '';
    return { exitCode: rejected ? ExitCode.Rejected : ExitCode.Failed, message: `${error.message}${note}` };
  }
  if (isPagingError(error)) {
    return {
      exitCode: ExitCode.Failed,
      message: `paging stopped: ${error.message} The resources printed before this are complete pages.`,
    };
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    exitCode: ExitCode.Internal,
    message: `internal error: ${text}. This is a bug in fhir-client; please report it with the command line (without the key).`,
  };
}

type TimedPause = PauseStatus & { readonly resumesAt: Date };

/** The pause with the latest end time now covering the failed request, or undefined. */
function latestTimedPause(
  context: FailureContext,
  errorPractitioner: string | undefined,
): TimedPause | undefined {
  if (context.policy === undefined || context.site === undefined) return undefined;
  const practitioner = errorPractitioner ?? context.practitioner;
  const pauses = context.policy
    .pauseStatus({ site: context.site, ...(practitioner === undefined ? {} : { practitioner }) })
    .filter((pause): pause is TimedPause => pause.resumesAt !== undefined);
  return pauses.sort((a, b) => b.resumesAt.getTime() - a.resumesAt.getTime())[0];
}

/**
 * True when the pause's end time holds beyond this process: the server named it (`Retry-After`, the
 * rate-limit window) or the world does (the GP is away today). A circuit breaker's open time or the
 * login-failure backoff is the policy's own pacing of one long-running process: a one-shot run forgets
 * it at exit, so it is not advice to wait.
 */
function outlivesTheRun(pause: Pick<PauseStatus, 'reason'>): boolean {
  return (
    pause.reason.cause === PauseCause.RetryAfter ||
    pause.reason.cause === PauseCause.RateLimited ||
    pause.reason.cause === PauseCause.PractitionerRule
  );
}

const circuitNote = `fhir-client stopped after ${resilienceDefaults.breakerFailureThreshold} failures in a row rather than load the practice further. Check that the practice is online (its Halo Link running), then run again in a few minutes.`;

function pausedWho(pause: Pick<PauseStatus, 'scope' | 'scopeKey' | 'circuitOpen'>): string {
  if (pause.scope === 'integrator') return 'every request with this key';
  if (pause.scope === 'site') return `site ${pause.scopeKey}${pause.circuitOpen ? ' (circuit open)' : ''}`;
  return `${pause.scopeKey} at this site`;
}

/**
 * A request this run's policy refused without sending it. A fresh process starts with no pauses, so the
 * pause came from an earlier request of the same run: a time the server or the day set is worth waiting
 * for (exit 5); the policy's own pacing is not, and the run ends as the failure that caused it would.
 */
function pausedExit(error: PausedError): CliFailure {
  const who = pausedWho(error);
  if (error.resumesAt !== undefined && outlivesTheRun(error)) {
    return {
      exitCode: ExitCode.Paused,
      message: `${error.method} ${error.url} not sent: ${who} is paused until ${error.resumesAt.toISOString()} (${error.reason.cause}: ${error.reason.message}); try again after that.`,
    };
  }
  const circuit = error.reason.cause === PauseCause.CircuitOpen;
  return {
    exitCode:
      circuit || error.reason.status === undefined || error.reason.status >= 500
        ? ExitCode.Failed
        : ExitCode.Rejected,
    message: `${error.method} ${error.url} not sent: an earlier request of this run failed (${error.reason.cause}: ${error.reason.message}).${circuit ? ` ${circuitNote}` : ''}`,
  };
}

/** `text` ending as a sentence: a full stop added unless it ends in one (or a question mark) already. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
