import { InvalidArgumentError } from '../client/invalid-argument-error.js';
import type { SqlCommand, SqlExecutionMode } from './command.js';
import type { SqlRow } from './decode-result.js';
import { SqlQueryType } from './errors/sql-query-failed-error.js';
import { requestBody } from './immediate.js';
import { prepareCommand, type PreparedCommand } from './prepare-command.js';
import { sendQueryPost } from './query-post.js';
import { assertQueryId, isObject } from './query-state.js';
import { registeredInfoOf, type RegisteredQueryInfo } from './registered-query-info.js';
import type { RewritePort } from './rewrite-port.js';
import { SqlWarningCode } from './sql-events.js';
import type { SqlContext } from './sql-context.js';
import { readResult, type SqlResult } from './sql-result.js';

/** Halo's shortest interval between runs of a registered query, in seconds (reference §1.5). */
export const REGISTERED_MIN_FREQUENCY_S = 60;
/** Halo's longest life of a registered query, in seconds (reference §1.5). */
export const REGISTERED_MAX_DURATION_S = 86_400;

/** A registered (recurring) query to create. */
export interface RegisteredQueryDefinition {
  /** A name for it, e.g. `todays-appointments`. */
  readonly name: string;
  /** The command Halo runs on every run. */
  readonly command: SqlCommand;
  /** Seconds between runs; at least 60. */
  readonly frequency: number;
  /** Seconds it runs for; at most 86,400 (one day). */
  readonly duration: number;
}

/** Options of `registered.create`. */
export interface RegisteredCreateOptions {
  /** @default undefined */
  readonly signal?: AbortSignal;
  /** As for immediate queries: may the client resend the POST after an ambiguous failure? @default false */
  readonly repeatable?: boolean;
}

/** Options of `registered.result` and `latest`. */
export interface RegisteredReadOptions {
  /** @default undefined */
  readonly signal?: AbortSignal;
  /** How to read the result when this client did not create the query. @default the command's, else 'reader' */
  readonly executionMode?: SqlExecutionMode;
}

/** What `latest()` found. */
export interface RegisteredLatest<Row = SqlRow> {
  /** The query's record as read now (status, metrics, `lastFailure`). */
  readonly info: RegisteredQueryInfo;
  /** The latest result, only when its hash differs from the last one seen; undefined otherwise. */
  readonly result: SqlResult<Row> | undefined;
  /** True once `createdAt + duration` has passed and the result after it was read: call no more. */
  readonly ended: boolean;
}

/** Registered queries of one site. */
export interface RegisteredQueries {
  /** Checks the limits, then `POST …/queries/registered` (202). Resolves with the new query's id. */
  create(
    definition: RegisteredQueryDefinition,
    options?: RegisteredCreateOptions,
  ): Promise<{ readonly id: string }>;
  /** Every registered query of the site (a read, retried freely). */
  list(options?: { readonly signal?: AbortSignal }): Promise<RegisteredQueryInfo[]>;
  /** One registered query's record (a read, retried freely). */
  get(id: string, options?: { readonly signal?: AbortSignal }): Promise<RegisteredQueryInfo>;
  /** `DELETE …/queries/registered/{id}` (204). */
  cancel(id: string, options?: { readonly signal?: AbortSignal }): Promise<void>;
  /**
   * The latest result as Halo holds it (`…/results`), whether or not it changed. `executionMode`
   * says how to read it for a query this client did not create (Halo does not return the command).
   */
  result<Row = SqlRow>(id: string, options?: RegisteredReadOptions): Promise<SqlResult<Row>>;
  /**
   * The query's state and, only when `lastHash` changed since the last result this client saw (or
   * since `since`), the new result. A failed last run is in `info.lastFailure` (with its run count).
   * Reads nothing more once `createdAt + duration` has passed and the final result was read.
   */
  latest<Row = SqlRow>(
    id: string,
    options?: RegisteredReadOptions & { readonly since?: string },
  ): Promise<RegisteredLatest<Row>>;
}

/** Creates the `registered` part of a SQL client. */
export function createRegisteredQueries(context: SqlContext, rewriter: RewritePort): RegisteredQueries {
  const seenHash = new Map<string, string>();
  const prepared = new Map<string, PreparedCommand>();
  const endedAfterRead = new Set<string>();
  const url = (path: string) => new URL(path, context.config.siteBase).href;
  const facts = (path: string) => ({
    method: 'GET',
    url: url(path),
    attempt: 1,
    secrets: context.secrets,
    now: context.config.clock.now(),
  });
  const signalOf = (options?: { readonly signal?: AbortSignal }) => options?.signal;
  // Reads are retried freely: they create nothing and bill nothing.
  const read = (path: string, options?: { readonly signal?: AbortSignal }) =>
    context.transport.send({
      method: 'GET',
      path,
      interaction: 'sql-read',
      repeatable: true,
      signal: signalOf(options),
    });

  async function get(id: string, options?: { readonly signal?: AbortSignal }): Promise<RegisteredQueryInfo> {
    assertQueryId('id', id);
    const path = `queries/registered/${encodeURIComponent(id)}`;
    const response = await read(path, options);
    return registeredInfoOf(id, isObject(response.body) ? response.body : {}, facts(path));
  }

  async function result<Row>(id: string, options?: RegisteredReadOptions): Promise<SqlResult<Row>> {
    assertQueryId('id', id);
    const path = `queries/registered/${encodeURIComponent(id)}/results`;
    const response = await read(path, options);
    const known = prepared.get(id);
    return readResult<Row>(
      context,
      rewriter,
      isObject(response.body) ? response.body : {},
      known ?? { mode: options?.executionMode ?? 'reader', rewrite: undefined },
      id,
    );
  }

  return {
    async create(definition, options = {}) {
      checkDefinition(definition);
      const ready = await prepareCommand(context, rewriter, definition.command, options.signal);
      const response = await sendQueryPost(context, {
        path: 'queries/registered',
        json: {
          name: definition.name,
          registeredQueryType: 'query',
          frequency: definition.frequency,
          duration: definition.duration,
          registerCommand: { command: requestBody(ready.command, {}).command },
        },
        queryType: SqlQueryType.Registered,
        repeatable: options.repeatable ?? false,
        signal: options.signal,
      });
      const id = isObject(response.body) ? response.body.id : undefined;
      assertQueryId('response.id', id);
      prepared.set(id, ready);
      return { id };
    },
    async list(options) {
      const path = 'queries/registered';
      const response = await read(path, options);
      const list =
        isObject(response.body) && Array.isArray(response.body.registeredQueries)
          ? response.body.registeredQueries
          : [];
      return list
        .filter(isObject)
        .map((record) => registeredInfoOf(String(record.id ?? ''), record, facts(path)));
    },
    get,
    async cancel(id, options) {
      assertQueryId('id', id);
      await context.transport.send({
        method: 'DELETE',
        path: `queries/registered/${encodeURIComponent(id)}`,
        interaction: 'sql-cancel',
        repeatable: true,
        signal: signalOf(options),
      });
    },
    result,
    async latest<Row>(id: string, options: RegisteredReadOptions & { readonly since?: string } = {}) {
      const info = await get(id, options);
      if (options.since !== undefined && !seenHash.has(id)) seenHash.set(id, options.since);
      const past = info.endsAt !== undefined && context.config.clock.now() > info.endsAt;
      if (past && endedAfterRead.has(id)) {
        if (info.status === 'enabled') warnStillEnabled(info);
        return { info, result: undefined, ended: true };
      }
      if (past) endedAfterRead.add(id);
      if (info.lastHash === undefined || info.lastHash === seenHash.get(id)) {
        return { info, result: undefined, ended: past };
      }
      const latest = await result<Row>(id, options);
      seenHash.set(id, info.lastHash);
      return { info, result: latest, ended: past };
    },
  };

  function warnStillEnabled(info: RegisteredQueryInfo): void {
    context.events.emit({
      type: 'sql-warning',
      site: context.config.site,
      code: SqlWarningCode.RegisteredQueryExpired,
      message: `Registered query ${info.id} ended at ${new Date(info.endsAt ?? 0).toISOString()} but Halo still reports it enabled (fixed in Halo Link 25.1210.7669): its results are no longer read; cancel it.`,
      queryId: info.id,
    });
  }
}

function checkDefinition(definition: RegisteredQueryDefinition): void {
  if (typeof definition.name !== 'string' || definition.name.trim() === '') {
    throw new InvalidArgumentError('name', 'it is empty; give the registered query a name.');
  }
  if (!Number.isInteger(definition.frequency) || definition.frequency < REGISTERED_MIN_FREQUENCY_S) {
    throw new InvalidArgumentError(
      'frequency',
      `${String(definition.frequency)} is not a whole number of seconds of at least ${REGISTERED_MIN_FREQUENCY_S} (Halo's minimum).`,
    );
  }
  if (
    !Number.isInteger(definition.duration) ||
    definition.duration < 1 ||
    definition.duration > REGISTERED_MAX_DURATION_S
  ) {
    throw new InvalidArgumentError(
      'duration',
      `${String(definition.duration)} is not a whole number of seconds from 1 to ${REGISTERED_MAX_DURATION_S} (Halo's maximum, one day).`,
    );
  }
}
