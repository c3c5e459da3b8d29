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
  Empty: 'empty',
  Html: 'html',
  TruncatedJson: 'truncated-json',
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
  readonly severity: string | undefined;
  /** The FHIR issue type (`not-found`, `invalid`, `throttled`, ...). */
  readonly code: string | undefined;
  readonly text: string | undefined;
  readonly diagnostics: string | undefined;
  /** `details.coding`, including Halo's `http://hl7.org/fhir/dotnet-api-operation-outcome` codes. */
  readonly codings: readonly { readonly system: string | undefined; readonly code: string | undefined }[];
}

/** A FHIR OperationOutcome, every issue kept. */
export interface OperationOutcomeErrorBody {
  readonly kind: typeof ErrorBodyKind.OperationOutcome;
  readonly issues: readonly ParsedOutcomeIssue[];
}

/** Halo's general envelope `{status, statusText, message}`, bare or wrapped in `error`. */
export interface EnvelopeErrorBody {
  readonly kind: typeof ErrorBodyKind.Envelope;
  /** True for `{"error":{...}}`. */
  readonly wrapped: boolean;
  readonly status: number | undefined;
  readonly statusText: string | undefined;
  readonly message: string | undefined;
}

/** A query error object (SQL passthrough, async and registered query results). */
export interface QueryErrorBody {
  readonly kind: typeof ErrorBodyKind.QueryError;
  readonly format: QueryErrorFormat;
  /** `errorType` as sent (`http`, `haloLink`, `mssql`, `fbsql`; any case); undefined in the old format. */
  readonly errorType: string | undefined;
  readonly errorCode: number | string | undefined;
  readonly errorMessage: string | undefined;
  /** The query's `status` (`executionFailed`, `uploadFailed`, ...) when the body is a query record. */
  readonly queryStatus: string | undefined;
  /** With format `both`: the old root fields that `errorDetails` overrode. */
  readonly superseded?: {
    readonly errorCode: number | string | undefined;
    readonly errorMessage: string | undefined;
  };
}

/** Valid JSON of no known error shape. */
export interface JsonErrorBody {
  readonly kind: typeof ErrorBodyKind.Json;
  /** A short, redacted excerpt of the JSON text. */
  readonly excerpt: string;
}

/** A body that is not JSON: empty, HTML, cut-off JSON or plain text. */
export interface RawErrorBody {
  readonly kind: typeof ErrorBodyKind.Raw;
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
