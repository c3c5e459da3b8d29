import type { ManualClock } from '../../resilience/clock.js';
import type { Reply, SeenRequest } from './sql-test-server.js';

/** What a defined query returns (or how it fails), per query type. */
export interface FakeResult {
  readonly rows?: readonly Record<string, unknown>[];
  /** Lazily made rows, for results of many pages: row `index` of `rowCount`. */
  readonly rowCount?: number;
  readonly row?: (index: number) => Record<string, unknown>;
  readonly scalar?: unknown;
  readonly rowsAffected?: number;
  /** `data` exactly as sent (base64 of anything), instead of rows. */
  readonly rawData?: string;
  readonly parameters?: readonly Record<string, unknown>[];
  /** A SQL or Halo Link error: immediate 400, async `executionFailed`, registered `lastErrorDetails`. */
  readonly error?: { readonly errorType: string; readonly errorCode: number; readonly errorMessage: string };
  /** Send the error in the old format only (root errorCode/errorMessage). */
  readonly oldFormat?: boolean;
  /** Async: end in this terminal status instead (`uploadFailed`, `expiredInQueue`, `initialisationFailed…`). */
  readonly asyncStatus?: string;
  /** Async: report this unknown status while executing. */
  readonly unknownStatus?: string;
  /** Registered: rows of run `run` (1-based), so the hash changes. */
  readonly rowsOfRun?: (run: number) => readonly Record<string, unknown>[];
}

/** A one-shot fault on the next query-creating POST of a route. */
export interface FakeFault {
  readonly route: 'immediate' | 'async' | 'registered';
  /** `drop`: the connection closes without an answer. */
  readonly reply: 'drop' | 503 | 504 | 500 | 429;
}

interface AsyncQuery {
  readonly id: string;
  readonly createdAt: number;
  readonly result: FakeResult;
  readonly mode: string;
}

interface RegisteredQuery {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly frequency: number;
  readonly duration: number;
  readonly result: FakeResult;
  cancelled: boolean;
}

const phases = ['initialising', 'queued', 'executing', 'uploading'] as const;

/** A small stateful model of Halo's SQL routes for one site, on a manual clock. */
export class HaloSqlFake {
  readonly #clock: ManualClock;
  readonly #results = new Map<string, FakeResult>();
  readonly #async = new Map<string, AsyncQuery>();
  readonly #registered = new Map<string, RegisteredQuery>();
  readonly #faults: FakeFault[] = [];
  readonly #patterns: [RegExp, FakeResult][] = [];
  #next = 1;
  /** Accepted query-creating POSTs: each one billed. */
  billed = 0;
  readonly lifecycle = { initialising: 1000, queued: 2000, executing: 3000, uploading: 1000 };
  pageRows = 100;
  retentionMs = 24 * 3_600_000;
  pmsType = 'BestPractice';
  /** Registered queries keep reporting `enabled` after their end (Halo Link before 25.1210.7669). */
  neverExpire = false;

  constructor(clock: ManualClock) {
    this.#clock = clock;
  }

  define(text: string, result: FakeResult): void {
    this.#results.set(text, result);
  }

  /** A result for every command whose text matches `pattern` (checked after exact texts). */
  defineMatching(pattern: RegExp, result: FakeResult): void {
    this.#patterns.push([pattern, result]);
  }

  fault(fault: FakeFault): void {
    this.#faults.push(fault);
  }

  readonly handle = (request: SeenRequest): Reply => {
    const { method, path } = request;
    if (method === 'GET' && path === '') {
      return ok({
        pmsType: this.pmsType,
        availability: 'online',
        catalogue: [{ name: 'BPSPatients', isDefault: true }],
      });
    }
    if (method === 'POST' && path === 'queries/immediate') return this.#create('immediate', request);
    if (method === 'POST' && path === 'queries/async') return this.#create('async', request);
    if (method === 'POST' && path === 'queries/registered') return this.#create('registered', request);
    if (method === 'POST' && path === 'queries/status') {
      const ids = (request.json as { queryIds: string[] }).queryIds;
      return ok({
        results: ids.map((id) => {
          const query = this.#async.get(id);
          return query
            ? { queryId: id, status: 'found', query: this.#record(query) }
            : { queryId: id, status: 'notFound' };
        }),
      });
    }
    if (method === 'GET' && path === 'queries/registered') {
      return ok({
        registeredQueries: [...this.#registered.values()].map((query) => this.#registeredRecord(query)),
      });
    }
    const registered = /^queries\/registered\/([^/]+)(\/results)?$/.exec(path);
    if (registered) {
      const query = this.#registered.get(registered[1] as string);
      if (!query) return notFound();
      if (method === 'DELETE') {
        query.cancelled = true;
        return { status: 204 };
      }
      if (registered[2] === undefined) return ok(this.#registeredRecord(query));
      const runs = this.#runs(query);
      const rows = query.result.rowsOfRun?.(runs) ?? query.result.rows ?? [];
      return ok({ data: base64(rows), parameters: null, rows: rows.length, size: 10 });
    }
    const page = /^queries\/([^/]+)\/results\/(\d+)$/.exec(path);
    if (page) return this.#page(page[1] as string, Number(page[2]));
    const status = /^queries\/([^/]+)$/.exec(path);
    if (status && method === 'GET') {
      const query = this.#async.get(status[1] as string);
      return query ? ok(this.#record(query)) : notFound();
    }
    return notFound();
  };

  #create(route: FakeFault['route'], request: SeenRequest): Reply {
    const faultIndex = this.#faults.findIndex((fault) => fault.route === route);
    const fault = faultIndex === -1 ? undefined : this.#faults.splice(faultIndex, 1)[0];
    if (fault?.reply === 503) {
      return {
        status: 503,
        json: {
          error: {
            status: 503,
            statusText: 'Service Unavailable',
            message: 'Site could not be contacted, please try again later or contact a system administrator.',
          },
        },
      };
    }
    if (fault?.reply === 429)
      return {
        status: 429,
        json: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 1 seconds.' },
        headers: { 'retry-after': '1' },
      };
    const body = request.json as {
      command?: { text: string; executionMode?: string };
      registerCommand?: { command: { text: string } };
    } & Record<string, unknown>;
    const text = body.command?.text ?? body.registerCommand?.command.text ?? '';
    const result = this.#results.get(text) ??
      this.#patterns.find(([pattern]) => pattern.test(text))?.[1] ?? { rows: [] };
    const id = `00000000-0000-4000-8000-${String(this.#next++).padStart(12, '0')}`;
    this.billed++;
    if (fault?.reply === 'drop') return { drop: true };
    if (fault?.reply === 504)
      return {
        status: 504,
        json: {
          error: {
            status: 504,
            statusText: 'Gateway Timeout',
            message: 'Query took more than 30 seconds to return a result.',
          },
        },
      };
    if (fault?.reply === 500)
      return {
        status: 500,
        json: {
          error: { status: 500, statusText: 'Internal Server Error', message: 'Something went wrong.' },
        },
      };
    const now = this.#clock.now();
    if (route === 'registered') {
      this.#registered.set(id, {
        id,
        name: String(body.name),
        createdAt: now,
        frequency: Number(body.frequency),
        duration: Number(body.duration),
        result,
        cancelled: false,
      });
      return { status: 202, json: { id } };
    }
    if (route === 'async') {
      const query: AsyncQuery = { id, createdAt: now, result, mode: body.command?.executionMode ?? 'reader' };
      this.#async.set(id, query);
      return { status: 201, json: this.#record(query) };
    }
    const base = { id, mode: 'immediate', createdAt: iso(now) };
    if (result.error) return { status: 400, json: { ...base, ...errorFields(result) } };
    const data =
      result.rawData ?? (result.scalar !== undefined ? base64(result.scalar) : base64(allRows(result)));
    const parameters = result.parameters ?? [];
    const payload =
      result.rowsAffected !== undefined
        ? { rowsAffected: result.rowsAffected, size: 1, parameters }
        : { rows: allRows(result).length, size: data.length, data, parameters };
    return ok({ ...base, status: 'successful', result: payload });
  }

  #record(query: AsyncQuery): Record<string, unknown> {
    const elapsed = this.#clock.now() - query.createdAt;
    const { result } = query;
    let end = 0;
    for (const phase of phases) {
      end += this.lifecycle[phase];
      if (elapsed < end) {
        const status = phase === 'executing' && result.unknownStatus ? result.unknownStatus : phase;
        return {
          id: query.id,
          mode: 'async',
          status,
          statusTiming: { initialising: { startTime: iso(query.createdAt) } },
        };
      }
      const failure = failureAt(phase, result);
      if (failure)
        return {
          id: query.id,
          mode: 'async',
          status: failure,
          completedAt: iso(query.createdAt + end),
          ...(failure === 'executionFailed' ? errorFields(result) : {}),
        };
    }
    const count = result.rowCount ?? result.rows?.length ?? 0;
    const pageCount = Math.ceil(count / this.pageRows);
    const pages = Array.from({ length: pageCount }, (_, index) => ({
      pageNumber: index + 1,
      status: 'cached',
      size: 100,
      rows: {
        count: Math.min(this.pageRows, count - index * this.pageRows),
        rangeStart: index * this.pageRows,
        rangeEnd: Math.min(count, (index + 1) * this.pageRows) - 1,
      },
    }));
    return {
      id: query.id,
      mode: 'async',
      status: 'successful',
      completedAt: iso(query.createdAt + end),
      result:
        result.rowsAffected !== undefined
          ? { rowsAffected: result.rowsAffected, size: 1, pages: [] }
          : { rows: count, size: 100, pages },
    };
  }

  #page(id: string, pageNumber: number): Reply {
    const query = this.#async.get(id);
    if (!query) return notFound();
    const record = this.#record(query);
    if (record.status !== 'successful') return notFound();
    if (this.#clock.now() > Date.parse(String(record.completedAt)) + this.retentionMs) {
      return {
        status: 410,
        json: {
          error: { status: 410, statusText: 'Gone', message: 'The query result is no longer available.' },
        },
      };
    }
    const count = query.result.rowCount ?? query.result.rows?.length ?? 0;
    const start = (pageNumber - 1) * this.pageRows;
    if (pageNumber < 1 || start >= count) return notFound();
    const rows = Array.from({ length: Math.min(this.pageRows, count - start) }, (_, index) =>
      rowAt(query.result, start + index),
    );
    return ok(
      { data: query.result.rawData ?? base64(rows), parameters: [] },
      { 'Rows-Count': String(rows.length) },
    );
  }

  #runs(query: RegisteredQuery): number {
    const end = Math.min(this.#clock.now(), query.createdAt + query.duration * 1000);
    return Math.floor((end - query.createdAt) / (query.frequency * 1000)) + 1;
  }

  #registeredRecord(query: RegisteredQuery): Record<string, unknown> {
    const runs = this.#runs(query);
    const ended = this.#clock.now() >= query.createdAt + query.duration * 1000;
    const status = query.cancelled ? 'cancelled' : ended && !this.neverExpire ? 'completed' : 'enabled';
    const lastRunAt = iso(query.createdAt + (runs - 1) * query.frequency * 1000);
    const rows = query.result.rowsOfRun?.(runs) ?? query.result.rows ?? [];
    const failed = query.result.error !== undefined;
    return {
      id: query.id,
      name: query.name,
      registeredQueryType: 'query',
      status,
      frequency: query.frequency,
      duration: query.duration,
      createdAt: iso(query.createdAt),
      ...(failed ? { lastErrorDetails: query.result.error } : { lastHash: hash(JSON.stringify(rows)) }),
      metrics: {
        ...(failed ? { lastFailedAt: lastRunAt } : { lastSucceededAt: lastRunAt }),
        executionSucceededCount: failed ? 0 : runs,
        executionFailedCount: failed ? runs : 0,
      },
    };
  }
}

function failureAt(phase: (typeof phases)[number], result: FakeResult): string | undefined {
  const status = result.asyncStatus ?? (result.error ? 'executionFailed' : undefined);
  if (status === undefined) return undefined;
  if (phase === 'initialising' && status.startsWith('initialisationFailed')) return status;
  if (phase === 'queued' && status === 'expiredInQueue') return status;
  if (phase === 'executing' && status === 'executionFailed') return status;
  if (phase === 'uploading' && status === 'uploadFailed') return status;
  return undefined;
}

function errorFields(result: FakeResult): Record<string, unknown> {
  const error = result.error ?? { errorType: 'haloLink', errorCode: 5, errorMessage: 'QueryUploadFailed' };
  const old = { status: 'executionFailed', errorCode: error.errorCode, errorMessage: error.errorMessage };
  return result.oldFormat ? old : { ...old, errorDetails: error };
}

function allRows(result: FakeResult): Record<string, unknown>[] {
  const count = result.rowCount ?? result.rows?.length ?? 0;
  return Array.from({ length: count }, (_, index) => rowAt(result, index));
}

function rowAt(result: FakeResult, index: number): Record<string, unknown> {
  return result.row ? result.row(index) : (result.rows?.[index] ?? {});
}

const ok = (json: unknown, headers?: Record<string, string>): Reply => ({
  status: 200,
  json,
  ...(headers ? { headers } : {}),
});
const notFound = (): Reply => ({
  status: 404,
  json: { error: { status: 404, statusText: 'Not Found', message: 'Not found.' } },
});
const iso = (ms: number) => new Date(ms).toISOString();
export const base64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
function hash(text: string): string {
  let h = 0;
  for (let index = 0; index < text.length; index++) h = (h * 31 + text.charCodeAt(index)) | 0;
  return String(h);
}
