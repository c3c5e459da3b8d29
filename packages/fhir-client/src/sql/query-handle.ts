import { catalogEntry } from '../errors/catalog.js';
import { FhirRequestError } from '../errors/fhir-request-error.js';
import { ErrorCategory, ErrorSource } from '../errors/vocabulary.js';
import type { SqlExecutionMode } from './command.js';
import type { SqlRow } from './decode-result.js';
import { SqlQueryType } from './errors/sql-query-failed-error.js';
import { UndecodedSqlResultError } from './errors/undecoded-sql-result-error.js';
import { fetchStatus } from './fetch-statuses.js';
import { failedRecordError } from './query-failure.js';
import { isTerminalQueryStatus, type SqlQueryState } from './query-state.js';
import { readResultPage, type SqlResultPage } from './read-result-page.js';
import type { RewriteOutputs, RewritePort } from './rewrite-port.js';
import { SAVED_SQL_QUERY_KIND, type SavedSqlQuery } from './saved-query.js';
import type { SqlContext } from './sql-context.js';
import type { StatusPoller } from './status-poller.js';

/** How long `wait()` waits by default: 2 h in the queue (Halo's maximum) + 5 min executing + upload time. */
export const DEFAULT_WAIT_MS = 3 * 3_600_000;

/** Options of `handle.pages()` and `rows()`: they wait first, then read every unread page. */
export interface SqlReadOptions extends SqlWaitOptions {
  /**
   * Read pages from `…/results/{n}/stream` (the page's JSON without the base64 wrapper; meant for
   * large results) instead of `…/results/{n}`. Halo does not publish the stream's content: a shape
   * other than rows is handed back undecoded as usual.
   * @default false
   */
  readonly stream?: boolean;
}

/** Options of `handle.wait()`, `pages()` and `rows()` (which wait first). */
export interface SqlWaitOptions {
  /** @default undefined */
  readonly signal?: AbortSignal;
  /**
   * When to give up waiting (`SqlWaitDeadlineError`; the query keeps running): a Date or epoch ms
   * on the client's clock.
   * @default 3 hours after the call
   */
  readonly deadline?: Date | number;
  /** Called with every status read while waiting. @default undefined */
  readonly onStatus?: (state: SqlQueryState) => void;
}

/**
 * An async query at Halo. Serialisable (`toJSON()`, `JSON.stringify`) and resumable with
 * `sql.resume(saved)` in another process without submitting (and paying for) it again.
 */
export interface SqlQueryHandle<Row = SqlRow> {
  /** Halo's query id: with the site, all that is needed to read the query again. */
  readonly id: string;
  /** The practice's Halo GUID. */
  readonly site: string;
  /** How the result is decoded (`reader`, `scalar` or `nonQuery`), as submitted. */
  readonly executionMode: SqlExecutionMode;
  /** Result pages fully handed out by `pages()` or `rows()`. */
  readonly pagesRead: number;
  /** Rows of the next page already handed out by `rows()`. */
  readonly rowsReadInPage: number;
  /** The last status seen. */
  readonly lastStatus: string | undefined;
  /** Reads the status once (`GET …/queries/{id}`). */
  status(options?: { readonly signal?: AbortSignal }): Promise<SqlQueryState>;
  /**
   * Polls until the query finishes (intervals from 1 s growing to 30 s by default; many handles of
   * one client share one `POST …/queries/status`). Resolves with the successful state.
   * @throws SqlQueryFailedError for `executionFailed`, `uploadFailed`, `expiredInQueue`, `initialisationFailed…`.
   * @throws SqlWaitDeadlineError at the deadline (the query keeps running).
   */
  wait(options?: SqlWaitOptions): Promise<SqlQueryState>;
  /** Every unread result page in order, each decoded on its own (raw data kept); waits first. */
  pages(options?: SqlReadOptions): AsyncGenerator<SqlResultPage<Row>, void, undefined>;
  /**
   * Every unread row of every page, one page in memory at a time; waits first.
   * @throws UndecodedSqlResultError for a page that is not rows (read it with `pages()`).
   * @throws SqlResultExpiredError (410) once Halo no longer keeps the result (about 24 h).
   */
  rows(options?: SqlReadOptions): AsyncGenerator<Row, void, undefined>;
  /** What `sql.resume` needs. */
  toJSON(): SavedSqlQuery;
}

/** Creates a handle from what `submit` returned or `resume` read. */
export function createQueryHandle<Row>(
  context: SqlContext,
  rewriter: RewritePort,
  poller: StatusPoller,
  saved: Omit<SavedSqlQuery, 'kind' | 'version' | 'site'>,
): SqlQueryHandle<Row> {
  const id = saved.queryId;
  const rewrite =
    saved.rewriteOutputs === undefined ? undefined : { outputs: saved.rewriteOutputs as RewriteOutputs };
  let pagesRead = saved.pagesRead;
  let rowsReadInPage = saved.rowsReadInPage;
  let lastStatus = saved.lastStatus;
  let final: SqlQueryState | undefined;
  let loginFailureReported = false;
  const facts = (url: string) => ({
    method: 'GET',
    url,
    attempt: 1,
    secrets: context.secrets,
    now: context.config.clock.now(),
  });
  const statusUrl = new URL(`queries/${encodeURIComponent(id)}`, context.config.siteBase).href;

  async function wait(options: SqlWaitOptions = {}): Promise<SqlQueryState> {
    if (final === undefined) {
      const deadline =
        options.deadline === undefined
          ? context.config.clock.now() + DEFAULT_WAIT_MS
          : Number(options.deadline);
      const state = await poller.watch(id, {
        deadline,
        signal: options.signal,
        // A status already final (a resumed handle) is read again at once; a running one after an interval.
        lastStatus: lastStatus !== undefined && isTerminalQueryStatus(lastStatus) ? undefined : lastStatus,
        onStatus: (seen) => {
          lastStatus = seen.status;
          options.onStatus?.(seen);
        },
      });
      if (state === undefined) throw unknownQuery();
      lastStatus = state.status;
      final = state;
    }
    if (!final.successful) {
      const error = failedRecordError(final.record, SqlQueryType.Async, facts(statusUrl));
      if (error.category === ErrorCategory.LoginFailed && !loginFailureReported) {
        loginFailureReported = true;
        // Let the shared policy see it (it pauses the practice as for any "Login failed"): read the status once more, failing inside the attempt.
        await fetchStatus(context, id, options.signal, () => {
          throw error;
        }).catch(() => undefined);
      }
      throw error;
    }
    return final;
  }

  function unknownQuery(): FhirRequestError {
    const entry = catalogEntry(ErrorCategory.NotFound);
    return new FhirRequestError({
      status: 404,
      category: ErrorCategory.NotFound,
      retryable: false,
      scope: entry.scope,
      action:
        'Check the site and the query id; an unknown or expired query cannot be waited on. Submit it again if needed.',
      source: ErrorSource.Http,
      method: 'GET',
      url: statusUrl,
      attempt: 1,
      detail: `Halo does not know query ${id} at this site`,
    });
  }

  async function* unreadPages(options: SqlReadOptions): AsyncGenerator<SqlResultPage<Row>, void, undefined> {
    const state = await wait(options);
    const listed =
      state.pages.length === 0 ? undefined : Math.max(...state.pages.map((page) => page.pageNumber));
    const pageCount = listed ?? (state.rowCount === 0 ? 0 : undefined);
    for (let pageNumber = pagesRead + 1; pageCount === undefined || pageNumber <= pageCount; pageNumber++) {
      options.signal?.throwIfAborted();
      const page = await readResultPage<Row>(context, rewriter, {
        queryId: id,
        pageNumber,
        pageCount,
        executionMode: saved.executionMode,
        rewrite: pageCount !== undefined && pageNumber === pageCount ? rewrite : undefined,
        rowsAffected: state.rowsAffected,
        signal: options.signal,
        stream: options.stream === true,
      });
      if (page === undefined) return;
      yield page;
    }
  }

  const handle: SqlQueryHandle<Row> = {
    id,
    site: context.config.site,
    executionMode: saved.executionMode,
    get pagesRead() {
      return pagesRead;
    },
    get rowsReadInPage() {
      return rowsReadInPage;
    },
    get lastStatus() {
      return lastStatus;
    },
    async status(options = {}) {
      const state = await fetchStatus(context, id, options.signal);
      if (state === undefined) throw unknownQuery();
      lastStatus = state.status;
      if (state.terminal) final = state;
      return state;
    },
    wait,
    async *pages(options = {}) {
      for await (const page of unreadPages(options)) {
        // Counted as read when handed out: save the handle after using the page.
        pagesRead = page.pageNumber;
        rowsReadInPage = 0;
        yield page;
      }
    },
    async *rows(options = {}) {
      for await (const page of unreadPages(options)) {
        if (page.undecodedReason !== undefined) {
          throw new UndecodedSqlResultError({
            queryId: id,
            pageNumber: page.pageNumber,
            reason: page.undecodedReason,
            base64: page.raw?.base64,
            text: page.raw?.text,
          });
        }
        const { rows } = page;
        for (let index = rowsReadInPage; index < rows.length; index++) {
          rowsReadInPage = index + 1;
          yield rows[index] as Row;
        }
        pagesRead = page.pageNumber;
        rowsReadInPage = 0;
      }
    },
    toJSON() {
      return {
        kind: SAVED_SQL_QUERY_KIND,
        version: 1,
        site: context.config.site,
        queryId: id,
        executionMode: saved.executionMode,
        pagesRead,
        rowsReadInPage,
        ...(lastStatus === undefined ? {} : { lastStatus }),
        ...(rewrite === undefined ? {} : { rewriteOutputs: rewrite.outputs }),
      };
    },
  };
  return handle;
}
