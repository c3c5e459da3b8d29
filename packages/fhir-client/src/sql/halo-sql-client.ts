import type { ResiliencePolicy } from '../resilience/policy.js';
import type { SqlCommand, SqlExecutionMode } from './command.js';
import type { SqlRow } from './decode-result.js';
import type { SqlQueryOptions } from './immediate.js';
import type { SqlQueryHandle } from './query-handle.js';
import type { SqlQueryState } from './query-state.js';
import type { RegisteredQueries } from './registered.js';
import type { SavedSqlQuery } from './saved-query.js';
import type { SiteInfo } from './site-info.js';
import type { HaloSqlEventListener } from './sql-events.js';
import type { SqlResult } from './sql-result.js';
import type { SqlTemplateValue } from './template.js';

/** Options of the `query` tag: the query options plus the execution mode. */
export interface SqlTagOptions extends SqlQueryOptions {
  /** @default 'reader' */
  readonly executionMode?: SqlExecutionMode;
}

/** The `sql.query` tagged template. */
export interface SqlQueryTag {
  <Row = SqlRow>(
    strings: TemplateStringsArray,
    ...values: readonly SqlTemplateValue[]
  ): Promise<SqlResult<Row>>;
  /** The same tag with options. */
  with(options: SqlTagOptions): SqlQueryTag;
}

/** Counters of one SQL client since it was made. */
export interface HaloSqlStats {
  /** Query-creating POSTs sent (immediate, async, registered), resends included: each may be billed. */
  readonly queriesSent: number;
  /** Of those, second and later attempts (after a 429, or of a `repeatable` query after an ambiguous failure). */
  readonly resends: number;
}

/**
 * Halo SQL passthrough for one practice: immediate, async and registered queries over the same
 * resilience policy as the practice's FHIR client. Make one with `createHaloSqlClient`.
 */
export interface HaloSqlClient {
  /** The practice's Halo GUID (the policy's site key, as for its FHIR client). */
  readonly site: string;
  /** `{origin}/integrator/sites/{siteId}/`. */
  readonly baseUrl: string;
  /** The resilience policy every request runs through (shared with the FHIR client when given). */
  readonly policy: ResiliencePolicy;
  /**
   * Runs a query and returns its result in the response (`POST …/queries/immediate`): rows of type
   * `Row` (`reader`), `value` (`scalar`) or `rowsAffected` (`nonQuery`), with output parameters.
   * A large storedProcedure parameter is sent through the T-SQL rewrite (option `rewrite`).
   * @throws SqlQueryFailedError when Halo reports the query failed (bad SQL, Halo Link error, login failed, …).
   * @throws SqlOutcomeUnknownError when the POST failed after it may have created the query (not resent).
   * @throws SqlRewriteError when the rewrite is needed but refused (e.g. a Firebird site); nothing was sent.
   */
  immediate<Row = SqlRow>(command: SqlCommand, options?: SqlQueryOptions): Promise<SqlResult<Row>>;
  /**
   * Tagged template for an immediate query: each `${value}` becomes a typed parameter (`@p1`, `@p2`,
   * …; never SQL text), its type inferred (number → Int/BigInt/Decimal, string → NVarChar, Date →
   * DateTime2, Uint8Array → VarBinary, boolean → Bit) or given with `typed(value, type)`.
   * `sql.query.with({ executionMode: 'scalar', catalogue })\`…\`` sets options.
   * @example const { rows } = await sql.query<{ Surname: string }>`SELECT Surname FROM Patients WHERE PatientID = ${id}`;
   */
  readonly query: SqlQueryTag;
  /**
   * Queues an async query (`POST …/queries/async`, 201) and returns its handle at once.
   * @throws as `immediate` for failures of the POST itself; the query's own failure comes from `handle.wait()`.
   */
  submit<Row = SqlRow>(command: SqlCommand, options?: SqlQueryOptions): Promise<SqlQueryHandle<Row>>;
  /** A handle for a saved one (`handle.toJSON()`, or its JSON text), without submitting it again. */
  resume<Row = SqlRow>(saved: SavedSqlQuery | string): SqlQueryHandle<Row>;
  /** The status of many queries in batches (`POST …/queries/status`); undefined for ids Halo does not know. */
  statuses(
    ids: readonly string[],
    options?: { readonly signal?: AbortSignal },
  ): Promise<Map<string, SqlQueryState | undefined>>;
  /** Registered (recurring) queries. */
  readonly registered: RegisteredQueries;
  /** The site's PMS, availability and catalogues (`GET …/integrator/sites/{siteId}`), read once and kept. */
  siteInfo(options?: { readonly signal?: AbortSignal; readonly refresh?: boolean }): Promise<SiteInfo>;
  /** Queries sent and resent by this client. */
  stats(): HaloSqlStats;
  /** Subscribes to this client's events (SQL traffic of the shared policy, warnings, rewrites, statuses). */
  on(listener: HaloSqlEventListener): () => void;
}
