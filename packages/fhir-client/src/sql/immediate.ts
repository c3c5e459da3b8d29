import { InvalidArgumentError } from '../client/invalid-argument-error.js';
import type { SqlCommand } from './command.js';
import { SqlQueryStatus } from './command.js';
import type { SqlRow } from './decode-result.js';
import { SqlQueryType } from './errors/sql-query-failed-error.js';
import { checkMaxTimeInQueue, type PreparedCommand, prepareCommand } from './prepare-command.js';
import { failedRecordError } from './query-failure.js';
import { sendQueryPost } from './query-post.js';
import type { RewritePort } from './rewrite-port.js';
import type { SqlContext } from './sql-context.js';
import type { SqlResponse } from './sql-transport.js';
import { readResult, type SqlResult } from './sql-result.js';
import { isObject } from './query-state.js';

/** Options of one immediate or async query. */
export interface SqlQueryOptions {
  /** The database; the site's default catalogue when absent (see `siteInfo().catalogues`). @default undefined */
  readonly catalogue?: string;
  /**
   * Ms the query may wait in Halo Link's queue: 0-60,000 for immediate, 0-7,200,000 for async.
   * @default undefined (Halo's: 30,000 immediate, 3,600,000 async)
   */
  readonly maxTimeInQueue?: number;
  /** @default undefined */
  readonly signal?: AbortSignal;
  /**
   * Running this query twice is harmless (a `reader`): the client may then resend it after a
   * failure that may have come after Halo created it (504, 500, 406, a dropped connection), as a
   * new, billed query reported by a `sql-resent` event. Never set it for writes.
   * @default false
   */
  readonly repeatable?: boolean;
  /**
   * The GP this query is about (`Practitioner/123` or `123`), so the resilience policy can pause
   * that GP alone when the practice's database says they are away (and refuses the query while
   * paused), leaving the practice's other queries alone.
   * @default undefined (the query is about the practice)
   */
  readonly practitioner?: string;
}

/** Sends an immediate query and decodes its result; a failure Halo reports is a `SqlQueryFailedError`. */
export async function runImmediate<Row = SqlRow>(
  context: SqlContext,
  rewriter: RewritePort,
  command: SqlCommand,
  options: SqlQueryOptions = {},
): Promise<SqlResult<Row>> {
  const { prepared, response, record } = await postQuery(
    context,
    rewriter,
    command,
    options,
    SqlQueryType.Immediate,
  );
  const queryId = typeof record.id === 'string' ? record.id : undefined;
  if (typeof record.status === 'string' && record.status !== SqlQueryStatus.Successful) {
    // Defensive: a failure reported with a 2xx status.
    throw failedRecordError(record, SqlQueryType.Immediate, {
      method: 'POST',
      url: response.url,
      attempt: 1,
      secrets: context.secrets,
      now: context.config.clock.now(),
    });
  }
  const result = isObject(record.result) ? record.result : isObject(record.results) ? record.results : {};
  return readResult<Row>(context, rewriter, result, prepared, queryId);
}

/**
 * Checks the options, prepares the command (the storedProcedure rewrite) and POSTs it as an
 * immediate or async query: the billed request, never resent unless `options.repeatable`.
 */
export async function postQuery(
  context: SqlContext,
  rewriter: RewritePort,
  command: SqlCommand,
  options: SqlQueryOptions,
  queryType: typeof SqlQueryType.Immediate | typeof SqlQueryType.Async,
): Promise<{
  readonly prepared: PreparedCommand;
  readonly response: SqlResponse;
  readonly record: Readonly<Record<string, unknown>>;
}> {
  checkMaxTimeInQueue(options.maxTimeInQueue, queryType);
  if (
    options.practitioner !== undefined &&
    (typeof options.practitioner !== 'string' || options.practitioner.trim() === '')
  ) {
    throw new InvalidArgumentError(
      'practitioner',
      "it is empty; give 'Practitioner/{id}' or the id, or leave it out.",
    );
  }
  const prepared = await prepareCommand(context, rewriter, command, options.signal);
  const response = await sendQueryPost(context, {
    path: `queries/${queryType}`,
    json: requestBody(prepared.command, options),
    queryType,
    repeatable: options.repeatable ?? false,
    signal: options.signal,
    practitioner: options.practitioner,
  });
  return { prepared, response, record: isObject(response.body) ? response.body : {} };
}

/** The body of `POST …/queries/immediate` and `…/async`. */
export function requestBody(
  command: SqlCommand,
  options: Pick<SqlQueryOptions, 'catalogue' | 'maxTimeInQueue'>,
) {
  if (
    options.catalogue !== undefined &&
    (typeof options.catalogue !== 'string' || options.catalogue.trim() === '')
  ) {
    throw new InvalidArgumentError(
      'catalogue',
      'it is empty; give a name from siteInfo().catalogues, or leave it out.',
    );
  }
  return {
    command: {
      text: command.text,
      executionMode: command.executionMode ?? 'reader',
      type: command.type ?? 'text',
      parameters: command.parameters ?? [],
    },
    ...(options.catalogue === undefined ? {} : { catalogue: options.catalogue }),
    ...(options.maxTimeInQueue === undefined ? {} : { maxTimeInQueue: options.maxTimeInQueue }),
  };
}
