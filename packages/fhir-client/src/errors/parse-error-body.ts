import { errorCatalog } from './catalog.js';
import { safeExcerpt } from './excerpt.js';
import {
  ErrorBodyKind,
  type ParsedErrorBody,
  type ParsedOutcomeIssue,
  type QueryErrorBody,
  QueryErrorFormat,
  RawBodyReason,
} from './parsed-error-body.js';
import { redactEverywhere } from './redact-everywhere.js';

type JsonObject = Record<string, unknown>;

/** Query statuses that mean the query failed (Halo's SQL passthrough). */
const FAILED_QUERY_STATUSES: ReadonlySet<string> = new Set(
  errorCatalog.flatMap((entry) => entry.queryStatuses),
);

/**
 * Recognises which documented error shape `bodyText` is, keeping every issue and field that helps
 * to classify it. Never throws: text that is not JSON, or JSON of no known shape, comes back as an
 * excerpt. Every string in the result has `secrets` redacted.
 */
export function parseErrorBody(bodyText: string, secrets?: readonly string[]): ParsedErrorBody {
  const trimmed = bodyText.trim();
  if (trimmed === '') return { kind: ErrorBodyKind.Raw, reason: RawBodyReason.Empty, excerpt: '' };
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    const html =
      /^<(?:!doctype|html|head|body|\?xml|title|h1|center)\b/i.test(trimmed) || /<html\b/i.test(trimmed);
    return {
      kind: ErrorBodyKind.Raw,
      reason: html ? RawBodyReason.Html : RawBodyReason.Text,
      excerpt: safeExcerpt(trimmed, secrets, { html }),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return {
      kind: ErrorBodyKind.Raw,
      reason: RawBodyReason.TruncatedJson,
      excerpt: safeExcerpt(trimmed, secrets),
    };
  }
  const recognised = isObject(json) ? recognise(json) : undefined;
  if (!recognised) return { kind: ErrorBodyKind.Json, excerpt: safeExcerpt(trimmed, secrets) };
  return redactEverywhere(recognised, secrets ?? []);
}

function recognise(json: JsonObject): ParsedErrorBody | undefined {
  if (json.resourceType === 'OperationOutcome') {
    const issues = Array.isArray(json.issue) ? json.issue.filter(isObject).map(toIssue) : [];
    return { kind: ErrorBodyKind.OperationOutcome, issues };
  }
  const query = toQueryError(json);
  if (query) return query;
  if (isObject(json.error)) return toEnvelope(json.error, true);
  if (typeof json.error === 'string') {
    return {
      kind: ErrorBodyKind.Envelope,
      wrapped: true,
      status: undefined,
      statusText: undefined,
      message: json.error,
    };
  }
  if (typeof json.message === 'string' || typeof json.statusText === 'string') return toEnvelope(json, false);
  return undefined;
}

function toIssue(issue: JsonObject): ParsedOutcomeIssue {
  const details = isObject(issue.details) ? issue.details : {};
  const codings = Array.isArray(details.coding) ? details.coding.filter(isObject) : [];
  return {
    severity: text(issue.severity),
    code: text(issue.code),
    text: text(details.text),
    diagnostics: text(issue.diagnostics),
    codings: codings.map((coding) => ({ system: text(coding.system), code: codeText(coding.code) })),
  };
}

function toEnvelope(fields: JsonObject, wrapped: boolean): ParsedErrorBody {
  // `statusCode` is what Azure API Management's own gateway errors use.
  const status = number(fields.status) ?? number(fields.statusCode);
  return {
    kind: ErrorBodyKind.Envelope,
    wrapped,
    status,
    statusText: text(fields.statusText),
    message: text(fields.message),
  };
}

function toQueryError(json: JsonObject): QueryErrorBody | undefined {
  const queryStatus = text(json.status);
  const hasRoot = json.errorCode !== undefined || json.errorMessage !== undefined;
  const details = isObject(json.errorDetails) ? json.errorDetails : undefined;
  if (details) {
    return {
      kind: ErrorBodyKind.QueryError,
      format: hasRoot ? QueryErrorFormat.Both : QueryErrorFormat.New,
      ...detailFields(details),
      queryStatus,
      ...(hasRoot
        ? { superseded: { errorCode: codeValue(json.errorCode), errorMessage: text(json.errorMessage) } }
        : {}),
    };
  }
  if (isObject(json.lastErrorDetails)) {
    return {
      kind: ErrorBodyKind.QueryError,
      format: QueryErrorFormat.Registered,
      ...detailFields(json.lastErrorDetails),
      queryStatus,
    };
  }
  // The query error object documented at the root of a SQL passthrough response.
  if (json.errorType !== undefined && (json.errorCode !== undefined || json.errorMessage !== undefined)) {
    return {
      kind: ErrorBodyKind.QueryError,
      format: QueryErrorFormat.New,
      ...detailFields(json),
      queryStatus,
    };
  }
  // A failed record in the old format keeps its root error fields.
  if (hasRoot) {
    return {
      kind: ErrorBodyKind.QueryError,
      format: QueryErrorFormat.Old,
      errorType: undefined,
      errorCode: codeValue(json.errorCode),
      errorMessage: text(json.errorMessage),
      queryStatus,
    };
  }
  if (queryStatus !== undefined && FAILED_QUERY_STATUSES.has(queryStatus)) {
    return {
      kind: ErrorBodyKind.QueryError,
      format: QueryErrorFormat.StatusOnly,
      errorType: undefined,
      errorCode: undefined,
      errorMessage: undefined,
      queryStatus,
    };
  }
  return undefined;
}

function detailFields(details: JsonObject) {
  return {
    errorType: text(details.errorType),
    errorCode: codeValue(details.errorCode),
    errorMessage: text(details.errorMessage),
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function number(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d{3}$/.test(value.trim())) return Number(value);
  return undefined;
}

function codeValue(value: unknown): number | string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') return value;
  return undefined;
}

function codeText(value: unknown): string | undefined {
  const code = codeValue(value);
  return code === undefined ? undefined : String(code);
}
