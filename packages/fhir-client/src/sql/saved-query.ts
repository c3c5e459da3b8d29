import { InvalidArgumentError } from '../client/invalid-argument-error.js';
import { SqlExecutionMode } from './command.js';
import { assertQueryId, isObject } from './query-state.js';
import type { RewriteOutputs } from './rewrite-port.js';

/** Marks a saved handle. */
export const SAVED_SQL_QUERY_KIND = 'halo-sql-query';

/**
 * An async query handle as JSON (`handle.toJSON()`): enough to resume it in another process without
 * submitting it again, from the first unread row.
 */
export interface SavedSqlQuery {
  /** Marks the JSON as a saved SQL query handle. */
  readonly kind: typeof SAVED_SQL_QUERY_KIND;
  /** The format version; resume refuses any other. */
  readonly version: 1;
  /** The practice's Halo GUID: a handle resumes only on a client of the same site. */
  readonly site: string;
  /** Halo's query id. */
  readonly queryId: string;
  /** How the result is decoded, as submitted. */
  readonly executionMode: SqlExecutionMode;
  /** Result pages fully handed out. */
  readonly pagesRead: number;
  /** Rows of the next page already handed out by `rows()`. */
  readonly rowsReadInPage: number;
  /** The last status seen, if any. */
  readonly lastStatus?: string;
  /** What a storedProcedure rewrite needs to read its outputs back, when the query was rewritten. */
  readonly rewriteOutputs?: RewriteOutputs;
}

/** Checks a saved handle (it may come from JSON.parse), for `site`. */
export function parseSavedSqlQuery(saved: unknown, site: string): SavedSqlQuery {
  const value: unknown = typeof saved === 'string' ? parseJson(saved) : saved;
  if (!isObject(value) || value.kind !== SAVED_SQL_QUERY_KIND || value.version !== 1) {
    throw new InvalidArgumentError(
      'saved',
      'it is not a saved SQL query handle (handle.toJSON(), version 1).',
    );
  }
  if (value.site !== site) {
    throw new InvalidArgumentError(
      'saved.site',
      `the query belongs to site ${JSON.stringify(value.site)}, not this client's ${JSON.stringify(site)}; resume it on a client of its site.`,
    );
  }
  assertQueryId('saved.queryId', value.queryId);
  if (!Object.values(SqlExecutionMode).includes(value.executionMode as SqlExecutionMode)) {
    throw new InvalidArgumentError(
      'saved.executionMode',
      `${JSON.stringify(value.executionMode)} is not an execution mode.`,
    );
  }
  for (const field of ['pagesRead', 'rowsReadInPage'] as const) {
    const count = value[field];
    if (!Number.isInteger(count) || (count as number) < 0) {
      throw new InvalidArgumentError(
        `saved.${field}`,
        `${String(count)} is not a whole number of at least 0.`,
      );
    }
  }
  if (value.lastStatus !== undefined && typeof value.lastStatus !== 'string') {
    throw new InvalidArgumentError('saved.lastStatus', 'it is not text.');
  }
  return value as unknown as SavedSqlQuery;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidArgumentError('saved', 'it is not JSON of a saved SQL query handle.');
  }
}
