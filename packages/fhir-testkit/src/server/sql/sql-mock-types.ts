import type { SignedSqlWebhook } from './webhooks.js';
import type {
  SqlCommand,
  SqlCommandType,
  SqlDbType,
  SqlExecutionMode,
  SqlParameterDirection,
  SqlQueryStatus,
} from '@halo-fhir/fhir-client/sql';

/** The practice management system a site runs (site endpoint `pmsType`). Zedmed runs Firebird; the others SQL Server. */
export const PmsType = {
  /** Best Practice. */
  BestPractice: 'BestPractice',
  /** Zedmed, on Firebird: `fbsql` errors, and the storedProcedure rewrite is refused. */
  Zedmed: 'Zedmed',
  /** Dental4Windows. */
  D4w: 'D4w',
} as const;
export type PmsType = (typeof PmsType)[keyof typeof PmsType];

/** Whether Halo can reach the site's Halo Link (site endpoint `availability`). */
export const SiteAvailability = {
  /** Halo Link answers: queries run. */
  Online: 'online',
  /** Halo Link closed its session: immediate queries get 504 `Site is offline`, async ones end `initialisationFailedSiteOffline`. */
  Offline: 'offline',
  /** Halo Link has not called in: immediate queries get 504 `Site is currently unreachable`, async ones end `initialisationFailedSiteUnreachable`. */
  Unreachable: 'unreachable',
} as const;
export type SiteAvailability = (typeof SiteAvailability)[keyof typeof SiteAvailability];

/** How a handler makes an async query fail instead of succeeding. */
export const AsyncFailure = {
  /** `executionFailed` with the handler's error (or Halo Link 1 when the handler gave none). */
  ExecutionFailed: 'executionFailed',
  /** `uploadFailed` after uploading, with Halo Link error 5 (QueryUploadFailed). */
  UploadFailed: 'uploadFailed',
  /** `executionFailed` with Halo Link error 3 (QueryOrphaned). */
  Orphaned: 'orphaned',
  /** `expiredInQueue` once `maxTimeInQueue` has passed in the queue. */
  ExpiredInQueue: 'expiredInQueue',
  /** `initialisationFailedSiteOffline`: the practice went offline before the query started. */
  InitialisationFailedSiteOffline: 'initialisationFailedSiteOffline',
  /** `initialisationFailedSiteUnreachable`: the practice had not called in for two minutes. */
  InitialisationFailedSiteUnreachable: 'initialisationFailedSiteUnreachable',
  /** `initialisationFailedCacheError`: Halo Cloud failed internally before the query started. */
  InitialisationFailedCacheError: 'initialisationFailedCacheError',
} as const;
export type AsyncFailure = (typeof AsyncFailure)[keyof typeof AsyncFailure];

/** One database (catalogue) of a site, as the site endpoint lists it. */
export interface SqlCatalogue {
  /** The database's name, e.g. `BPSPatients`. */
  readonly name: string;
  /** The catalogue used when a query names none. @default true for the first catalogue */
  readonly isDefault?: boolean;
}

/** An error the database or Halo Link reports, as Halo's `errorDetails`. */
export interface SqlDatabaseError {
  /** `mssql`, `fbsql`, `haloLink` or `http`. */
  readonly errorType: string;
  /** SQL Server error number (208, 2812 …), Firebird SQLCODE (-204 …) or Halo Link code (0-5). */
  readonly errorCode: number;
  /** The database's message, as Halo passes it through. */
  readonly errorMessage: string;
}

/** A value as the database holds it: what handlers receive and return. */
export type SqlValue = string | number | bigint | boolean | Date | Uint8Array | null;

/** Output parameters and the return value a procedure sets, on any successful result. */
export interface SqlOutputs {
  /** Output parameter values by name (with `@`), e.g. `{ '@NoteID': 42 }`. @default {} */
  readonly outputs?: Readonly<Record<string, SqlValue>>;
  /** The procedure's `RETURN` value. @default 0 for procedures */
  readonly returnValue?: SqlValue;
}

/** What a handler answers with. */
export type SqlHandlerResult =
  | ({
      /** Rows, for a reader query. */
      readonly rows: readonly Readonly<Record<string, SqlValue>>[];
    } & SqlOutputs)
  | ({
      /** One value, for a scalar query. */
      readonly scalar: SqlValue;
    } & SqlOutputs)
  | ({
      /** Rows changed, for a nonQuery. */
      readonly rowsAffected: number;
    } & SqlOutputs)
  | {
      /** A database error: a 400 for an immediate query, `executionFailed` for an async one. */
      readonly error: SqlDatabaseError;
    };

/** One parameter as the database sees it: decoded from the wire or read back from T-SQL. */
export interface SqlCallParameter {
  /** With the `@`, as sent (or as named in the EXEC). */
  readonly name: string;
  /** The declared type. */
  readonly type: SqlDbType;
  /** `input`, `output`, `inputOutput` or `returnValue`. */
  readonly direction: SqlParameterDirection;
  /**
   * The decoded value: integers as `number` (BigInt as `bigint`), Decimal/Money as exact text,
   * Float/Real as `number`, Bit as `boolean`, dates as `Date` (Time as `hh:mm:ss[.f]` text), binary
   * types as `Uint8Array`, text types as `string`, SQL NULL as `null`.
   */
  readonly value: SqlValue;
}

/** Which API route created the query a handler runs for. */
export type SqlQueryMode = 'immediate' | 'async' | 'registered';

/** What a handler function receives. */
export interface SqlCall {
  /** Lower case. */
  readonly siteGuid: string;
  /** Which kind of query ran it: `immediate`, `async` or `registered`. */
  readonly mode: SqlQueryMode;
  /** `command.text` as sent. */
  readonly text: string;
  /** `text` or `storedProcedure`, as sent. */
  readonly type: SqlCommandType;
  /** `reader`, `scalar` or `nonQuery`, as sent. */
  readonly executionMode: SqlExecutionMode;
  /** The catalogue the query runs in (the site's default when the request named none). */
  readonly catalogue: string;
  /**
   * The procedure executed: `command.text` for a storedProcedure, or the procedure a T-SQL
   * `EXEC` batch calls (the storedProcedure workaround). Undefined for plain SQL text.
   */
  readonly procedure: string | undefined;
  /** The typed parameters: those sent, or those the T-SQL workaround DECLAREd and passed to EXEC. */
  readonly parameters: readonly SqlCallParameter[];
}

/** Which commands a handler answers. */
export type SqlMatch =
  /** The exact SQL text, compared with runs of whitespace collapsed and a trailing `;` ignored. */
  | string
  /** A pattern tested against the SQL text. */
  | RegExp
  /**
   * A stored procedure, called as `type: storedProcedure` or by `EXEC` in a T-SQL batch; names
   * compare case-insensitively without brackets, `sp_X` meaning `dbo.sp_X`.
   */
  | {
      /** The procedure's name, e.g. `dbo.BP_SaveClinicalNote`. */
      readonly procedure: string;
    };

/** One canned answer of a mock database. */
export interface SqlHandler {
  /** Which commands this handler answers (first matching handler wins). */
  readonly match: SqlMatch;
  /** Only queries run in this catalogue. @default any catalogue */
  readonly catalogue?: string;
  /** The answer, or a function of the call that makes it. */
  readonly result: SqlHandlerResult | ((call: SqlCall) => SqlHandlerResult | Promise<SqlHandlerResult>);
  /** Makes async queries matched by this handler fail. @default they succeed */
  readonly async?: {
    /** How the query fails: its final status (and error). */
    readonly fail?: AsyncFailure;
  };
}

/** What `server.sql.define` takes: a site's PMS, availability, databases and canned answers. */
export interface SqlDatabaseDefinition {
  /** @default 'BestPractice' */
  readonly pmsType?: PmsType;
  /** @default 'online' */
  readonly availability?: SiteAvailability;
  /** @default [{ name: 'BPSPatients', isDefault: true }] */
  readonly catalogues?: readonly SqlCatalogue[];
  /** Tried in order, before the demo database. @default [] */
  readonly handlers?: readonly SqlHandler[];
}

/** How long each phase of an async query lasts on the server clock. */
export interface SqlLifecycleDurations {
  /** @default 1000 */
  readonly initialisingMs?: number;
  /** @default 2000 */
  readonly queuedMs?: number;
  /** @default 3000 */
  readonly executingMs?: number;
  /** @default 1000 */
  readonly uploadingMs?: number;
}

/** The SQL passthrough part of the mock's options. */
export interface MockSqlOptions {
  /** Phase durations of async queries (also the timings reported for immediate and registered runs). */
  readonly lifecycle?: SqlLifecycleDurations;
  /** Rows per async result page. @default 100 */
  readonly pageRows?: number;
  /** How long async results stay available before `410 Gone`. @default 24 h */
  readonly resultRetentionMs?: number;
  /** Serve the built-in demo database of the generated practice on every site. @default true */
  readonly demoDatabase?: boolean;
}

/** A query the mock has created (immediate, async or registered). */
export interface SqlQueryRecord {
  /** The query id the server gave it. */
  readonly id: string;
  /** Lower case. */
  readonly siteGuid: string;
  /** Which kind of query: `immediate`, `async` or `registered`. */
  readonly mode: SqlQueryMode;
  /** The status now, on the server clock (registered: `enabled`, `completed`, `cancelled`). */
  readonly status: SqlQueryStatus | string;
  /** The command as sent. */
  readonly command: SqlCommand;
  /** The catalogue it ran in (the site's default when the request named none). */
  readonly catalogue: string;
  /** Epoch ms of the server clock. */
  readonly createdAt: number;
}

/** The SQL passthrough side of a mock server: `server.sql`. */
export interface MockSqlView {
  /** Sets a site's PMS, availability, catalogues and handlers (replacing an earlier definition). */
  define(siteGuid: string, definition: SqlDatabaseDefinition): void;
  /** Changes a site's availability from now on (as the site endpoint reports it). */
  setAvailability(siteGuid: string, availability: SiteAvailability): void;
  /**
   * Holds the site's Halo Link queue for `forMs` of the server clock: async queries queued then do
   * not start executing, and expire (`expiredInQueue`) when their `maxTimeInQueue` runs out first.
   */
  blockQueue(siteGuid: string, options: { readonly forMs: number }): void;
  /** Accepted query-creating POSTs (immediate, async, registered) at the site, or at every site. */
  billedQueries(siteGuid?: string): number;
  /** Every query created at the site (or every site), oldest first. */
  queries(siteGuid?: string): readonly SqlQueryRecord[];
  /**
   * The webhook Halo would post for a finished async query (once it reached a terminal status) or a
   * registered query (after its latest run), signed with `secret`: post it to the handler under test.
   * @throws RangeError when the query is unknown or has not finished yet
   */
  webhook(queryId: string, options: { readonly secret: string }): SignedSqlWebhook;
}
