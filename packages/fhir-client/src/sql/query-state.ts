import { InvalidArgumentError } from '../client/invalid-argument-error.js';
import { SqlQueryStatus } from './command.js';

/** One result page as the status lists it. */
export interface SqlPageInfo {
  /** 1-based. */
  readonly pageNumber: number;
  /** `queued`, `uploading` or `cached` (only cached pages are certain to be fetchable). */
  readonly status: string | undefined;
  /** The page's `size`, as Halo lists it. */
  readonly size: number | undefined;
  /** Rows on this page, as Halo lists them. */
  readonly rowCount: number | undefined;
}

/** An async (or immediate) query's status as read from `GET …/queries/{id}` or the batch endpoint. */
export interface SqlQueryState {
  /** Halo's query id. */
  readonly id: string;
  /** As sent; statuses this library does not know are kept (and are not terminal). */
  readonly status: string;
  /** True for `successful` and every failed status. */
  readonly terminal: boolean;
  /** True only for `successful`. */
  readonly successful: boolean;
  /** `result.rows`: the total rows, when successful. */
  readonly rowCount: number | undefined;
  /** `result.rowsAffected` of a `nonQuery`, when successful. */
  readonly rowsAffected: number | undefined;
  /** The result pages (empty before success). */
  readonly pages: readonly SqlPageInfo[];
  /** The record as received. */
  readonly record: Readonly<Record<string, unknown>>;
}

const terminalStatuses = new Set<string>([
  SqlQueryStatus.Successful,
  SqlQueryStatus.ExecutionFailed,
  SqlQueryStatus.UploadFailed,
  SqlQueryStatus.ExpiredInQueue,
  SqlQueryStatus.InitialisationFailedSiteOffline,
  SqlQueryStatus.InitialisationFailedSiteUnreachable,
  SqlQueryStatus.InitialisationFailedCacheError,
]);

const knownStatuses = new Set<string>(Object.values(SqlQueryStatus));

/** True for `successful` and every failed status. */
export function isTerminalQueryStatus(status: string): boolean {
  return terminalStatuses.has(status);
}

/** True for a status this library knows (known non-terminal ones included). */
export function isKnownQueryStatus(status: string): boolean {
  return knownStatuses.has(status);
}

/** Reads a query record; `id` is the one asked for when the record names none. */
export function queryStateOf(id: string, record: Readonly<Record<string, unknown>>): SqlQueryState {
  const status = typeof record.status === 'string' ? record.status : 'unknown';
  // The OpenAPI text says `results`, its schemas `result`: accept both.
  const result = isObject(record.result) ? record.result : isObject(record.results) ? record.results : {};
  const pages = Array.isArray(result.pages) ? result.pages.filter(isObject).map(pageInfoOf) : [];
  return {
    id: typeof record.id === 'string' ? record.id : id,
    status,
    terminal: terminalStatuses.has(status),
    successful: status === SqlQueryStatus.Successful,
    rowCount: typeof result.rows === 'number' ? result.rows : undefined,
    rowsAffected: typeof result.rowsAffected === 'number' ? result.rowsAffected : undefined,
    pages: pages.sort((a, b) => a.pageNumber - b.pageNumber),
    record,
  };
}

function pageInfoOf(page: Record<string, unknown>, index: number): SqlPageInfo {
  const rows = isObject(page.rows) ? page.rows : {};
  return {
    pageNumber: typeof page.pageNumber === 'number' ? page.pageNumber : index + 1,
    status: typeof page.status === 'string' ? page.status : undefined,
    size: typeof page.size === 'number' ? page.size : undefined,
    rowCount: typeof rows.count === 'number' ? rows.count : undefined,
  };
}

const queryIdPattern = /^[A-Za-z0-9-]{1,100}$/;

/** Checks a query id before it goes into a URL path. */
export function assertQueryId(argument: string, id: unknown): asserts id is string {
  if (typeof id !== 'string' || !queryIdPattern.test(id)) {
    throw new InvalidArgumentError(argument, `${JSON.stringify(id)} is not a Halo query id (a UUID).`);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
