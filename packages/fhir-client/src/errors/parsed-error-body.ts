/** The shapes an error body is recognised as. */
export const ErrorBodyKind = {
  /** A FHIR OperationOutcome. */
  OperationOutcome: 'operation-outcome',
  /** Halo's general envelope, bare `{status,statusText,message}` or wrapped `{error:{...}}`. */
  Envelope: 'envelope',
  /** A query error object: old root `errorCode`/`errorMessage`, new `errorDetails`, or `lastErrorDetails`. */
  QueryError: 'query-error',
  /** Valid JSON of no known error shape. */
  Json: 'json',
  /** Not JSON at all: empty, HTML, cut-off JSON, plain text. */
  Raw: 'raw',
} as const;
export type ErrorBodyKind = (typeof ErrorBodyKind)[keyof typeof ErrorBodyKind];

/** Why a body is {@link RawErrorBody | raw}. */
export const RawBodyReason = {
  /** No body at all. */
  Empty: 'empty',
  /** An HTML page (a gateway's error page). */
  Html: 'html',
  /** JSON that stops before its end (a connection cut mid-body). */
  TruncatedJson: 'truncated-json',
  /** Any other text. */
  Text: 'text',
} as const;
export type RawBodyReason = (typeof RawBodyReason)[keyof typeof RawBodyReason];

/** Which fields a query error object used. */
export const QueryErrorFormat = {
  /** Root `errorCode` + `errorMessage` only (deprecated by Halo). */
  Old: 'old',
  /** `errorDetails: {errorType, errorCode, errorMessage}` only. */
  New: 'new',
  /** Both present: `errorDetails` won, the root fields are kept in `superseded`. */
  Both: 'both',
  /** A registered query's `lastErrorDetails`. */
  Registered: 'registered',
  /** A failed query record with no error fields: only its `status` (e.g. `initialisationFailedSiteOffline`). */
  StatusOnly: 'status-only',
} as const;
export type QueryErrorFormat = (typeof QueryErrorFormat)[keyof typeof QueryErrorFormat];

/** One issue of an OperationOutcome, flattened. */
export interface ParsedOutcomeIssue {
  /** `fatal`, `error`, `warning` or `information`, as sent. */
  readonly severity: string | undefined;
  /** The FHIR issue type (`not-found`, `invalid`, `throttled`, ...). */
  readonly code: string | undefined;
  /** `details.text`: the human-readable description. */
  readonly text: string | undefined;
  /** `diagnostics`: the server's own technical detail. */
  readonly diagnostics: string | undefined;
  /** `details.coding`, including Halo's `http://hl7.org/fhir/dotnet-api-operation-outcome` codes. */
  readonly codings: readonly {
    /** The coding's code system. */
    readonly system: string | undefined;
    /** The code in that system. */
    readonly code: string | undefined;
  }[];
}

/** A FHIR OperationOutcome, every issue kept. */
export interface OperationOutcomeErrorBody {
  /** Always `'operation-outcome'`. */
  readonly kind: typeof ErrorBodyKind.OperationOutcome;
  /** Every issue, in order. */
  readonly issues: readonly ParsedOutcomeIssue[];
}

/** Halo's general envelope `{status, statusText, message}`, bare or wrapped in `error`. */
export interface EnvelopeErrorBody {
  /** Always `'envelope'`. */
  readonly kind: typeof ErrorBodyKind.Envelope;
  /** True for `{"error":{...}}`. */
  readonly wrapped: boolean;
  /** The envelope's `status`. */
  readonly status: number | undefined;
  /** The envelope's `statusText` (often Halo's exception name, e.g. `RateLimitExceeded`). */
  readonly statusText: string | undefined;
  /** The envelope's `message`. */
  readonly message: string | undefined;
}

/** A query error object (SQL passthrough, async and registered query results). */
export interface QueryErrorBody {
  /** Always `'query-error'`. */
  readonly kind: typeof ErrorBodyKind.QueryError;
  /** Which fields the body used (old root fields, `errorDetails`, both, or `lastErrorDetails`). */
  readonly format: QueryErrorFormat;
  /** `errorType` as sent (`http`, `haloLink`, `mssql`, `fbsql`; any case); undefined in the old format. */
  readonly errorType: string | undefined;
  /** The error code: a Halo Link code, a database error number, or an HTTP status. */
  readonly errorCode: number | string | undefined;
  /** The error's message, as Halo passed it through. */
  readonly errorMessage: string | undefined;
  /** The query's `status` (`executionFailed`, `uploadFailed`, ...) when the body is a query record. */
  readonly queryStatus: string | undefined;
  /** With format `both`: the old root fields that `errorDetails` overrode. */
  readonly superseded?: {
    /** The old root `errorCode`. */
    readonly errorCode: number | string | undefined;
    /** The old root `errorMessage`. */
    readonly errorMessage: string | undefined;
  };
}

/** Valid JSON of no known error shape. */
export interface JsonErrorBody {
  /** Always `'json'`. */
  readonly kind: typeof ErrorBodyKind.Json;
  /** A short, redacted excerpt of the JSON text. */
  readonly excerpt: string;
}

/** A body that is not JSON: empty, HTML, cut-off JSON or plain text. */
export interface RawErrorBody {
  /** Always `'raw'`. */
  readonly kind: typeof ErrorBodyKind.Raw;
  /** What the body was instead of JSON. */
  readonly reason: RawBodyReason;
  /** A short, redacted, single-line excerpt (HTML reduced to its text). */
  readonly excerpt: string;
}

/** Everything the parser understood about an error body: one of the documented shapes, or an excerpt. */
export type ParsedErrorBody =
  | OperationOutcomeErrorBody
  | EnvelopeErrorBody
  | QueryErrorBody
  | JsonErrorBody
  | RawErrorBody;
