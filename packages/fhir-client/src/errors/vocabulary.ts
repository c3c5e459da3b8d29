/**
 * Who an error is about, and so how far a pause it causes reaches.
 * - `request`: only this request is affected.
 * - `practitioner`: one GP at one site (e.g. the GP is away today).
 * - `site`: one practice (offline, not authorised, churned).
 * - `integrator`: every request made with this subscription key (bad key, rate limit).
 */
export const ErrorScope = {
  /** Only this request: change it, or retry it. */
  Request: 'request',
  /** One GP at one practice (e.g. away today): their other queries fail the same way. */
  Practitioner: 'practitioner',
  /** One practice: offline, not authorised, or its Halo GUID moved. */
  Site: 'site',
  /** Every request with this subscription key: a bad key, a blocked IP, the rate limit. */
  Integrator: 'integrator',
} as const;
export type ErrorScope = (typeof ErrorScope)[keyof typeof ErrorScope];

/** Where the failure came from, as far as the response tells. */
export const ErrorSource = {
  /** Halo's gateway or API (`errorType: http`, the envelope, a bare status). */
  Http: 'http',
  /** Halo Link at the practice (its numbered codes). */
  HaloLink: 'haloLink',
  /** The practice's SQL Server database. */
  MsSql: 'mssql',
  /** The practice's Firebird database. */
  FbSql: 'fbsql',
  /** A FHIR server: its OperationOutcome, or a FHIR body of the wrong shape. */
  Fhir: 'fhir',
  /** No response: the connection failed or was cut. */
  Network: 'network',
  /** This library: its own timeout or size cap, a refusal while paused, an error body it could not read. */
  Client: 'client',
} as const;
export type ErrorSource = (typeof ErrorSource)[keyof typeof ErrorSource];

/**
 * One category per row of Halo's HTTP error table, per Halo Link code, plus failures that never
 * reached a server. The table of what each means and what to do lives in `errors/catalog.ts`.
 */
export const ErrorCategory = {
  /** 400 `Login failed for user`: the practice has not authorised the integration. */
  LoginFailed: 'login-failed',
  /** 400 database error caused by the query text (e.g. "Invalid column name"). */
  BadSql: 'bad-sql',
  /** 400 any other bad request (FHIR `invalid`, unknown parameter, bad date format). */
  BadRequest: 'bad-request',
  /** 401 SubscriptionKeyInvalid / SubscriptionKeyNotFound. */
  KeyInvalid: 'key-invalid',
  /** 401 without an exception: the Halo GUID is inactive or not in this environment. */
  SiteInactive: 'site-inactive',
  /** 403 CallerIpNotAllowed. */
  IpNotAllowed: 'ip-not-allowed',
  /** 403 Forbidden: a PMS developer licence used against production. */
  DeveloperLicence: 'developer-licence',
  /** 403 without an exception: the practice is non-authoritative. */
  NonAuthoritative: 'non-authoritative',
  /** 404 OperationNotFound or FHIR not-found. */
  NotFound: 'not-found',
  /** 406 QueryNotAcceptable: executed but failed preparing the upload. */
  NotAcceptable: 'not-acceptable',
  /** 413 QueryResultsTooLarge. */
  TooLarge: 'too-large',
  /** 429 RateLimitExceeded. */
  RateLimited: 'rate-limited',
  /** 500 generic server error. */
  ServerError: 'server-error',
  /** 503 `Site could not be contacted.`: the practice is likely offline. */
  SiteUnavailable: 'site-unavailable',
  /** 504 `Query took more than 30 seconds to return a result`. */
  QueryTimeout: 'query-timeout',
  /** 504 `Site cannot be contacted. Site is currently unreachable.` / `... Site is offline.` */
  SiteUnreachable: 'site-unreachable',
  /** A database error that names one practitioner (e.g. the GP is away today). */
  PractitionerUnavailable: 'practitioner-unavailable',
  /** Halo Link code 0 ClientConnectionFailure. */
  ClientConnectionFailure: 'client-connection-failure',
  /** Halo Link code 1 SqlExecutionFailed. */
  SqlExecutionFailed: 'sql-execution-failed',
  /** Halo Link code 2 PrepForUploadFailed. */
  PrepForUploadFailed: 'prep-for-upload-failed',
  /** Halo Link code 3 QueryOrphaned. */
  QueryOrphaned: 'query-orphaned',
  /** Halo Link code 4 QueryMissingProperties. */
  QueryMissingProperties: 'query-missing-properties',
  /** Halo Link code 5 QueryUploadFailed. */
  QueryUploadFailed: 'query-upload-failed',
  /** The connection failed or was reset before a full response arrived. */
  Network: 'network',
  /** The client's own per-request timeout or deadline expired. */
  Timeout: 'timeout',
  /** A response body that could not be understood (HTML, empty, truncated) with no better match. */
  InvalidResponse: 'invalid-response',
  /** A response body larger than the client's `maxResponseBytes`: read no further, never retried. */
  ResponseTooLarge: 'response-too-large',
  /** A request refused locally because its scope is paused or its circuit is open. */
  Paused: 'paused',
  /** Anything else. */
  Unknown: 'unknown',
} as const;
export type ErrorCategory = (typeof ErrorCategory)[keyof typeof ErrorCategory];
