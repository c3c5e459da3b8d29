import { isInvalidArgumentError } from '../client/invalid-argument-error.js';
import { isInvalidClientOptionsError } from '../client/invalid-client-options-error.js';
import { isFhirRequestError } from '../errors/fhir-request-error.js';
import { isPausedError } from '../errors/paused-error.js';
import { isPagingError } from '../paging/errors/paging-error.js';
import type { ResiliencePolicy } from '../resilience/policy.js';
import { isSearchBuildError } from '../search/search-build-error.js';
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
 * Decides the exit code of a failure. A request that failed and left its site, GP or the
 * integrator paused for a while (circuit open, a long `Retry-After`, the GP away today, the practice
 * not authorised yet) is a pause: 5, with the time to try again. A rejection (4xx) is 3, anything
 * that went wrong on the way or at the server is 4. Failures before any request are 2.
 */
export function failureExit(error: unknown, context: FailureContext): CliFailure {
  if (error instanceof CliUsageError) {
    return {
      exitCode: ExitCode.Usage,
      message: `usage: ${error.message}. Run fhir-client --help for usage.`,
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
  if (isPausedError(error)) return { exitCode: ExitCode.Paused, message: error.message };
  if (isFhirRequestError(error)) {
    const pause = timedPause(context, error.practitioner);
    if (pause !== undefined) {
      return {
        exitCode: ExitCode.Paused,
        message: `${error.message} Paused: ${pause}.`,
      };
    }
    const rejected = error.status !== undefined && error.status >= 400 && error.status < 500;
    return { exitCode: rejected ? ExitCode.Rejected : ExitCode.Failed, message: error.message };
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

/** The pause with an end time now covering the failed request, described, or undefined. */
function timedPause(context: FailureContext, errorPractitioner: string | undefined): string | undefined {
  if (context.policy === undefined || context.site === undefined) return undefined;
  const practitioner = errorPractitioner ?? context.practitioner;
  const pauses = context.policy
    .pauseStatus({ site: context.site, ...(practitioner === undefined ? {} : { practitioner }) })
    .filter((pause) => pause.resumesAt !== undefined);
  const latest = pauses.sort((a, b) => (b.resumesAt?.getTime() ?? 0) - (a.resumesAt?.getTime() ?? 0))[0];
  if (latest?.resumesAt === undefined) return undefined;
  const who =
    latest.scope === 'integrator'
      ? 'every request with this key'
      : latest.scope === 'site'
        ? `site ${latest.scopeKey}${latest.circuitOpen ? ' (circuit open)' : ''}`
        : `${latest.scopeKey} at this site`;
  return `${who} until ${latest.resumesAt.toISOString()} (${latest.reason.cause}); try again after that`;
}
