import {
  type FhirRequestError,
  isFhirRequestError,
  requestErrorFields,
} from '../errors/fhir-request-error.js';
import { type SqlExecutionMode, SqlExecutionMode as Mode } from './command.js';
import { shapeSqlJson, type SqlRow } from './decode-result.js';
import { SqlResultExpiredError } from './errors/sql-result-expired-error.js';
import { isObject } from './query-state.js';
import type { RewriteOutputs, RewritePort } from './rewrite-port.js';
import type { SqlContext } from './sql-context.js';
import { readResult, type SqlResult } from './sql-result.js';

/** One decoded result page of an async query. */
export interface SqlResultPage<Row = SqlRow> extends SqlResult<Row> {
  /** 1-based. */
  readonly pageNumber: number;
  /** The number of pages, when the status listed them. */
  readonly pageCount: number | undefined;
}

/** Which page to read, and how to decode it. */
export interface PageRequest {
  readonly queryId: string;
  readonly pageNumber: number;
  /** Undefined when the status listed no pages: then a 404 ends the result. */
  readonly pageCount: number | undefined;
  readonly executionMode: SqlExecutionMode;
  /** Set on the last page of a rewritten procedure with outputs. */
  readonly rewrite: { readonly outputs: RewriteOutputs } | undefined;
  /** From the status (`nonQuery`). */
  readonly rowsAffected: number | undefined;
  readonly signal: AbortSignal | undefined;
  /** Read `…/results/{n}/stream` (the page's JSON) instead of `…/results/{n}` (base64 in JSON). */
  readonly stream: boolean;
}

/**
 * Reads and decodes one result page (status and result reads are retried freely by the policy).
 * Undefined past the last page when the count is unknown.
 * @throws SqlResultExpiredError on 410 Gone.
 */
export async function readResultPage<Row>(
  context: SqlContext,
  rewriter: RewritePort,
  request: PageRequest,
): Promise<SqlResultPage<Row> | undefined> {
  const { queryId, pageNumber, pageCount, stream } = request;
  const path = `queries/${encodeURIComponent(queryId)}/results/${pageNumber}${stream ? '/stream' : ''}`;
  let body: unknown;
  try {
    ({ body } = await context.transport.send({
      method: 'GET',
      path,
      interaction: 'sql-read',
      repeatable: true,
      signal: request.signal,
    }));
  } catch (error) {
    if (isFhirRequestError(error) && error.status === 410) throw expired(error, queryId, pageNumber);
    if (isFhirRequestError(error) && error.status === 404 && pageCount === undefined) return undefined;
    throw error;
  }
  // A rewritten procedure with outputs runs as `reader`: its pages are rows.
  const sentMode = request.rewrite === undefined ? request.executionMode : Mode.Reader;
  const fields = stream
    ? { decoded: shapeSqlJson(body, sentMode, { base64: undefined, text: JSON.stringify(body) ?? '' }) }
    : isObject(body)
      ? body
      : {};
  const page = readResult<Row>(
    context,
    rewriter,
    fields,
    { mode: request.executionMode, rewrite: request.rewrite },
    queryId,
  );
  return { ...page, rowsAffected: request.rowsAffected, pageNumber, pageCount };
}

function expired(error: FhirRequestError, queryId: string, pageNumber: number): SqlResultExpiredError {
  return new SqlResultExpiredError({
    // The catalog's advice for a 410 on a result route, as the transport's parser already chose it.
    ...requestErrorFields(error),
    status: 410,
    retryable: false,
    detail: error.detail ?? 'the result is no longer available',
    queryId,
    pageNumber,
    cause: error,
  });
}
