import { isFhirRequestError, requestErrorFields } from '../errors/fhir-request-error.js';
import { ErrorCategory } from '../errors/vocabulary.js';
import { isSqlQueryFailedError, type SqlQueryType } from './errors/sql-query-failed-error.js';
import { SqlOutcomeUnknownError } from './errors/sql-outcome-unknown-error.js';
import type { SqlContext } from './sql-context.js';
import type { SqlResponse } from './sql-transport.js';

/**
 * Failures that may come after Halo created (and billed) the query (reference §5 safety rule):
 * the POST is never resent for them unless the caller marked the query repeatable. A 503 or 429
 * is refused before the query exists and follows the policy as any request.
 */
const ambiguous = new Set<string>([
  ErrorCategory.QueryTimeout,
  ErrorCategory.SiteUnreachable,
  ErrorCategory.ServerError,
  ErrorCategory.NotAcceptable,
  ErrorCategory.Network,
  ErrorCategory.Timeout,
  ErrorCategory.InvalidResponse,
  ErrorCategory.Unknown,
  // The query ran; its answer was larger than maxResponseBytes, so its result is lost to us.
  ErrorCategory.ResponseTooLarge,
]);

/** A query-creating POST: immediate, async or registered. */
export interface QueryPost {
  readonly path: string;
  readonly json: unknown;
  readonly queryType: SqlQueryType;
  /** The caller says running the query twice is harmless (a reader): then a resend is allowed, and reported. */
  readonly repeatable: boolean;
  readonly signal: AbortSignal | undefined;
  /** The GP the query is about, for per-GP pauses. */
  readonly practitioner?: string | undefined;
}

/**
 * Sends a query-creating POST through the shared policy. Not repeatable (the default): the policy
 * never resends it after a failure that may have reached Halo, and such a failure is reported as
 * {@link SqlOutcomeUnknownError}. Repeatable: resent as the policy allows, each resend an event.
 */
export async function sendQueryPost(context: SqlContext, post: QueryPost): Promise<SqlResponse> {
  try {
    return await context.transport.send({
      method: 'POST',
      path: post.path,
      interaction: 'sql-query',
      json: post.json,
      repeatable: post.repeatable,
      queryType: post.queryType,
      signal: post.signal,
      practitioner: post.practitioner,
      onAttempt: (attempt) => {
        context.counters.queriesSent++;
        if (attempt > 1) {
          context.counters.resends++;
          context.events.emit({
            type: 'sql-resent',
            site: context.config.site,
            queryType: post.queryType,
            attempt,
          });
        }
      },
    });
  } catch (error) {
    if (post.repeatable || isSqlQueryFailedError(error) || !isFhirRequestError(error)) throw error;
    if (!ambiguous.has(error.category) || error.status === 503) throw error;
    throw new SqlOutcomeUnknownError({
      ...requestErrorFields(error),
      retryable: false,
      action:
        'The query may have run (and been billed): it was not sent again. Check its effect before resending; ' +
        'mark read-only queries { repeatable: true } to let the client resend them.',
      queryType: post.queryType,
      cause: error,
    });
  }
}
