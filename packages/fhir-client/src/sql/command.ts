/**
 * The SQL passthrough command as Halo's API takes it: the vocabulary shared by the client, the
 * storedProcedure rewrite, the CLI and the testkit's SQL mock. Wire-level: every value is a string
 * (binary as base64) or `null`, exactly as sent in `command.parameters[].value`.
 */

/** How Halo Link runs a command: rows, the first value of the first row, or a rows-affected count. */
export const SqlExecutionMode = {
  Reader: 'reader',
  Scalar: 'scalar',
  NonQuery: 'nonQuery',
} as const;
export type SqlExecutionMode = (typeof SqlExecutionMode)[keyof typeof SqlExecutionMode];

/** What `command.text` holds: SQL text, or the name of a stored procedure (experimental in Halo's API). */
export const SqlCommandType = {
  Text: 'text',
  StoredProcedure: 'storedProcedure',
} as const;
export type SqlCommandType = (typeof SqlCommandType)[keyof typeof SqlCommandType];

/** Direction of a command parameter, as ADO.NET's `ParameterDirection`. */
export const SqlParameterDirection = {
  Input: 'input',
  Output: 'output',
  InputOutput: 'inputOutput',
  ReturnValue: 'returnValue',
} as const;
export type SqlParameterDirection = (typeof SqlParameterDirection)[keyof typeof SqlParameterDirection];

/**
 * Parameter types exactly as Halo publishes them: .NET's `SqlDbType` names plus `String` (not a
 * SqlDbType member; treated as NVarChar).
 */
export const SqlDbType = {
  BigInt: 'BigInt',
  Binary: 'Binary',
  Bit: 'Bit',
  Char: 'Char',
  String: 'String',
  Date: 'Date',
  DateTime: 'DateTime',
  DateTime2: 'DateTime2',
  DateTimeOffset: 'DateTimeOffset',
  Decimal: 'Decimal',
  Float: 'Float',
  Image: 'Image',
  Int: 'Int',
  Money: 'Money',
  NChar: 'NChar',
  NText: 'NText',
  NVarChar: 'NVarChar',
  Real: 'Real',
  SmallDateTime: 'SmallDateTime',
  SmallInt: 'SmallInt',
  SmallMoney: 'SmallMoney',
  Structured: 'Structured',
  Text: 'Text',
  Time: 'Time',
  Timestamp: 'Timestamp',
  TinyInt: 'TinyInt',
  Udt: 'Udt',
  UniqueIdentifier: 'UniqueIdentifier',
  VarBinary: 'VarBinary',
  VarChar: 'VarChar',
  Variant: 'Variant',
  Xml: 'Xml',
} as const;
export type SqlDbType = (typeof SqlDbType)[keyof typeof SqlDbType];

/** One command parameter on the wire. */
export interface SqlParameter {
  /** With or without the leading `@` (Halo's examples always include it). */
  readonly name: string;
  /** The SQL Server type of the value (`SqlDbType`). */
  readonly type: SqlDbType;
  /** @default 'input' */
  readonly direction?: SqlParameterDirection;
  /** The value as text (binary types: base64), or `null` for SQL NULL. Absent for output parameters. */
  readonly value?: string | null;
  /** Maximum size in bytes of the data, as ADO.NET's `SqlParameter.Size`. */
  readonly size?: number;
}

/** A command: `text` is the SQL, or the procedure name when `type` is `storedProcedure`. */
export interface SqlCommand {
  /** The SQL text, or the procedure's name when `type` is `storedProcedure`. */
  readonly text: string;
  /** @default 'reader' */
  readonly executionMode?: SqlExecutionMode;
  /** @default 'text' */
  readonly type?: SqlCommandType;
  /** @default [] */
  readonly parameters?: readonly SqlParameter[];
}

/** The body of `POST …/queries/immediate` and `POST …/queries/async`. */
export interface SqlQueryRequestBody {
  /** The command to run. */
  readonly command: SqlCommand;
  /** The database; the site's default catalogue when absent. */
  readonly catalogue?: string;
  /** Milliseconds the query may wait in Halo Link's queue. */
  readonly maxTimeInQueue?: number;
}

/** Status of an immediate or async query (`GET …/queries/{id}`). Unknown values are not terminal. */
export const SqlQueryStatus = {
  Initialising: 'initialising',
  Queued: 'queued',
  Executing: 'executing',
  Uploading: 'uploading',
  Successful: 'successful',
  ExecutionFailed: 'executionFailed',
  UploadFailed: 'uploadFailed',
  ExpiredInQueue: 'expiredInQueue',
  InitialisationFailedSiteOffline: 'initialisationFailedSiteOffline',
  InitialisationFailedSiteUnreachable: 'initialisationFailedSiteUnreachable',
  InitialisationFailedCacheError: 'initialisationFailedCacheError',
} as const;
export type SqlQueryStatus = (typeof SqlQueryStatus)[keyof typeof SqlQueryStatus];

/** Status of a registered query. */
export const RegisteredQueryStatus = {
  Enabled: 'enabled',
  Completed: 'completed',
  Cancelled: 'cancelled',
  InitialisationFailedCacheError: 'initialisationFailedCacheError',
} as const;
export type RegisteredQueryStatus = (typeof RegisteredQueryStatus)[keyof typeof RegisteredQueryStatus];

/** Status of one result page of an async query. Only `cached` pages are fetched. */
export const SqlResultPageStatus = {
  Queued: 'queued',
  Uploading: 'uploading',
  Cached: 'cached',
} as const;
export type SqlResultPageStatus = (typeof SqlResultPageStatus)[keyof typeof SqlResultPageStatus];

/** Which database engine a site's PMS runs; the storedProcedure rewrite is T-SQL, SQL Server only. */
export const SqlErrorType = {
  Http: 'http',
  HaloLink: 'haloLink',
  Mssql: 'mssql',
  Fbsql: 'fbsql',
} as const;
export type SqlErrorType = (typeof SqlErrorType)[keyof typeof SqlErrorType];
