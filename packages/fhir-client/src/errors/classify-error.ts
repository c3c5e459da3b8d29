import { type ErrorCatalogEntry, errorCatalog } from './catalog.js';
import { ErrorBodyKind, type ParsedErrorBody, QueryErrorFormat } from './parsed-error-body.js';
import { practitionerAwayFrom } from './practitioner-away.js';
import { isQueryErrorCode } from './query-error-codes.js';
import { ErrorCategory, ErrorSource } from './vocabulary.js';

/** Halo's coding system for the error codes inside its OperationOutcomes. */
export const HALO_OPERATION_OUTCOME_SYSTEM = 'http://hl7.org/fhir/dotnet-api-operation-outcome';

/** What a response says about its failure, before the catalog adds scope, action and retryability. */
export interface ErrorClassification {
  readonly category: ErrorCategory;
  readonly source: ErrorSource;
  /** Halo / FHIR / SQL error code, or the Halo exception name that matched. */
  readonly code: string | undefined;
  readonly practitioner: string | undefined;
  /** The server's own words, best first. */
  readonly detail: string | undefined;
}

/** FHIR issue types that say more than a generic status does. */
// A Map, not an object: issue codes come from the server, and `toString` must not find a prototype method.
const categoryOfIssueType: ReadonlyMap<string, ErrorCategory> = new Map(
  Object.entries({
    'not-found': ErrorCategory.NotFound,
    'too-costly': ErrorCategory.TooLarge,
    throttled: ErrorCategory.RateLimited,
    timeout: ErrorCategory.QueryTimeout,
    invalid: ErrorCategory.BadRequest,
    structure: ErrorCategory.BadRequest,
    required: ErrorCategory.BadRequest,
    value: ErrorCategory.BadRequest,
    invariant: ErrorCategory.BadRequest,
    'not-supported': ErrorCategory.BadRequest,
  }),
);

/**
 * Decides the category of a failed response from its status and parsed body, in this order:
 * a practitioner-away message (unless the database code is a syntax or schema error); a Halo exception name or documented message (catalog order); a Halo
 * Link code; a database error type; a FHIR issue type; the status; and last, whether the body was
 * understood at all.
 */
export function classifyError(status: number, body: ParsedErrorBody): ErrorClassification {
  const messages = messagesOf(body);
  const detail = messages[0];
  const baseSource = sourceOf(body);
  const code = codeOf(body);
  // A syntax or schema error is "fix the query" whatever else its message says.
  const away = isQueryErrorCode(baseSource, code)
    ? undefined
    : firstDefined(messages.map(practitionerAwayFrom));
  if (away !== undefined) {
    return {
      category: ErrorCategory.PractitionerUnavailable,
      source: databaseSource(body, baseSource),
      code,
      practitioner: away,
      detail,
    };
  }
  const named = matchMessages(messages);
  if (named) {
    return {
      category: named.entry.category,
      source:
        named.entry.haloLinkCode === undefined
          ? databaseSource(body, baseSource, named.entry)
          : haloLinkSource(named.entry),
      code: code ?? named.exception,
      practitioner: undefined,
      detail,
    };
  }
  const result = (category: ErrorCategory, source: ErrorSource = baseSource): ErrorClassification => ({
    category,
    source,
    code,
    practitioner: undefined,
    detail,
  });
  if (body.kind === ErrorBodyKind.QueryError) {
    const haloLink = haloLinkEntry(body.errorCode, baseSource, body.format);
    if (haloLink) return result(haloLink.category, haloLinkSource(haloLink));
    if (baseSource === ErrorSource.MsSql || baseSource === ErrorSource.FbSql)
      return result(ErrorCategory.BadSql);
    if (body.format === QueryErrorFormat.Old && isDatabaseCode(body.errorCode)) {
      return result(ErrorCategory.BadSql, databaseSource(body, baseSource));
    }
  }
  if (body.kind === ErrorBodyKind.OperationOutcome) {
    const fromIssue = firstDefined(body.issues.map((issue) => categoryOfIssueType.get(issue.code ?? '')));
    if (fromIssue && !(fromIssue === ErrorCategory.BadRequest && status >= 500)) return result(fromIssue);
  }
  if (body.kind === ErrorBodyKind.QueryError && body.queryStatus !== undefined) {
    const fromQueryStatus = errorCatalog.find((entry) =>
      entry.queryStatuses.includes(body.queryStatus ?? ''),
    );
    if (fromQueryStatus) return result(fromQueryStatus.category);
  }
  const fromStatus = categoryOfStatus(effectiveStatus(status, body));
  if (fromStatus) return result(fromStatus);
  return result(body.kind === ErrorBodyKind.Raw ? ErrorCategory.InvalidResponse : ErrorCategory.Unknown);
}

function messagesOf(body: ParsedErrorBody): string[] {
  switch (body.kind) {
    case ErrorBodyKind.OperationOutcome:
      return body.issues.flatMap((issue) => [issue.text, issue.diagnostics]).filter(isText);
    case ErrorBodyKind.Envelope:
      return [body.message].filter(isText);
    case ErrorBodyKind.QueryError:
      return [body.errorMessage].filter(isText);
    default:
      return [body.excerpt].filter(isText);
  }
}

function matchMessages(
  messages: readonly string[],
): { entry: ErrorCatalogEntry; exception?: string } | undefined {
  if (messages.length === 0) return undefined;
  for (const entry of errorCatalog) {
    const exception = entry.exceptions.find((name) => messages.some((m) => wordPattern(name).test(m)));
    if (exception) return { entry, exception };
    const documented = entry.messages.filter((m) => !m.includes('<'));
    const lowered = messages.map((m) => m.toLowerCase());
    if (documented.some((m) => lowered.some((l) => l.includes(m.toLowerCase().replace(/\.$/, '')))))
      return { entry };
    if (entry.patterns.some((pattern) => messages.some((m) => pattern.test(m)))) return { entry };
  }
  return undefined;
}

/** Halo Link codes: `http` code 0, `haloLink` codes 1-5, and in the old format (no type) 0-5. */
function haloLinkEntry(
  errorCode: number | string | undefined,
  source: ErrorSource,
  format: QueryErrorFormat,
): ErrorCatalogEntry | undefined {
  const code =
    typeof errorCode === 'string' && /^\d+$/.test(errorCode.trim()) ? Number(errorCode) : errorCode;
  if (typeof code !== 'number') return undefined;
  const typeless = format === QueryErrorFormat.Old;
  if (!typeless && source !== ErrorSource.HaloLink && !(source === ErrorSource.Http && code === 0))
    return undefined;
  return errorCatalog.find((entry) => entry.haloLinkCode === code);
}

/** In the old format (no type), a code that is neither a Halo Link code nor an HTTP status is a database's. */
function isDatabaseCode(errorCode: number | string | undefined): boolean {
  const code = Number(errorCode);
  return Number.isInteger(code) && (code < 0 || code > 5) && !(code >= 100 && code <= 599);
}

function haloLinkSource(entry: ErrorCatalogEntry): ErrorSource {
  return entry.haloLinkCode === 0 ? ErrorSource.Http : ErrorSource.HaloLink;
}

/** An old-format query error names no type: database codes are read as Firebird's or SQL Server's. */
function databaseSource(body: ParsedErrorBody, source: ErrorSource, entry?: ErrorCatalogEntry): ErrorSource {
  if (body.kind !== ErrorBodyKind.QueryError || body.format !== QueryErrorFormat.Old) return source;
  if (entry && entry.category !== ErrorCategory.BadSql && entry.category !== ErrorCategory.LoginFailed)
    return source;
  const code = Number(body.errorCode);
  // Firebird's codes are negative SQLCODEs or ISC codes from 335544320 up.
  return code < 0 || code >= 335_544_320 ? ErrorSource.FbSql : ErrorSource.MsSql;
}

function sourceOf(body: ParsedErrorBody): ErrorSource {
  if (body.kind === ErrorBodyKind.OperationOutcome) return ErrorSource.Fhir;
  if (body.kind !== ErrorBodyKind.QueryError || body.errorType === undefined) return ErrorSource.Http;
  switch (body.errorType.trim().toLowerCase()) {
    case 'halolink':
      return ErrorSource.HaloLink;
    case 'mssql':
      return ErrorSource.MsSql;
    case 'fbsql':
      return ErrorSource.FbSql;
    default:
      return ErrorSource.Http;
  }
}

function codeOf(body: ParsedErrorBody): string | undefined {
  if (body.kind === ErrorBodyKind.QueryError)
    return body.errorCode === undefined ? undefined : String(body.errorCode);
  if (body.kind !== ErrorBodyKind.OperationOutcome) return undefined;
  const codings = body.issues.flatMap((issue) => issue.codings);
  const halo = codings.find(
    (coding) => coding.system === HALO_OPERATION_OUTCOME_SYSTEM && coding.code !== undefined,
  );
  return halo?.code ?? codings.find((coding) => coding.code !== undefined)?.code ?? body.issues[0]?.code;
}

/** The HTTP status, or the status a 2xx body reports (an envelope's `status`, an `http` query error's code). */
function effectiveStatus(status: number, body: ParsedErrorBody): number {
  // An `http` query error names the status that really failed; the response carrying it is often a 400 or 200.
  if (body.kind === ErrorBodyKind.QueryError && sourceOf(body) === ErrorSource.Http) {
    const code = Number(body.errorCode);
    if (Number.isInteger(code) && code >= 400 && code <= 599) return code;
  }
  if (status >= 400) return status;
  if (body.kind === ErrorBodyKind.Envelope && body.status !== undefined) return body.status;
  return status;
}

function categoryOfStatus(status: number): ErrorCategory | undefined {
  const entry = errorCatalog.find((candidate) => candidate.fallbackStatuses.includes(status));
  if (entry) return entry.category;
  if (status >= 400 && status < 500) return ErrorCategory.BadRequest;
  if (status >= 500 && status < 600) return ErrorCategory.ServerError;
  return undefined;
}

const wordPatterns = new Map<string, RegExp>();
function wordPattern(word: string): RegExp {
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    // `Forbidden` is also plain English (every 403's statusText): only a `Forbidden:` prefix names the exception.
    pattern = /^[A-Z][a-z]+$/.test(word) ? new RegExp(`^\\s*${word}\\s*:`) : new RegExp(`\\b${word}\\b`);
    wordPatterns.set(word, pattern);
  }
  return pattern;
}

function firstDefined<T>(values: readonly (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined);
}

function isText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}
