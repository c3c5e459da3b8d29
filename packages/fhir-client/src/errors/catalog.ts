import { type ErrorCatalogAdvice, type ErrorCatalogEntry, row } from './catalog-entry.js';
import { ErrorCategory, ErrorScope } from './vocabulary.js';

export type { ErrorCatalogAdvice, ErrorCatalogEntry } from './catalog-entry.js';

const { Request, Practitioner, Site, Integrator } = ErrorScope;

/**
 * The single source of truth for error classification: Halo's HTTP error table, the Halo Link codes
 * 0-5, and the failures that never reach a server. The parser matches rows in this order (the more
 * specific rows first), the README's error table is generated from it, and a test fails if they drift.
 */
export const errorCatalog: readonly ErrorCatalogEntry[] = Object.freeze([
  row({
    category: ErrorCategory.PractitionerUnavailable,
    statuses: [400],
    messages: ['Practitioner <id> is away today: no appointment book for <YYYY-MM-DD>'],
    cause: 'a database error naming one practitioner: the GP is away today and has no appointment book',
    action: 'Pause queries for this practitioner until tomorrow; keep querying the rest of the practice.',
    retryable: false,
    scope: Practitioner,
  }),
  row({
    category: ErrorCategory.LoginFailed,
    statuses: [400],
    messages: ['Login failed for user'],
    cause: 'the practice has not authorised the integration in its PMS',
    action:
      'Back off from this practice until it authorises the integration in its PMS; stop querying a practice that has churned.',
    retryable: false,
    scope: Site,
  }),
  row({
    category: ErrorCategory.KeyInvalid,
    statuses: [401],
    exceptions: ['SubscriptionKeyInvalid', 'SubscriptionKeyNotFound'],
    patterns: [/\b(?:invalid|missing) subscription key\b/i],
    cause: 'the subscription key is wrong, missing, or issued for the other environment',
    action:
      'Fix the configuration: send the subscription key issued for this environment (stage or production). Do not retry.',
    retryable: false,
    scope: Integrator,
  }),
  row({
    category: ErrorCategory.IpNotAllowed,
    statuses: [403],
    exceptions: ['CallerIpNotAllowed'],
    cause: 'the request came from an IP address Halo does not recognise',
    action: 'Contact Halo support to allow the calling IP address. Do not retry.',
    retryable: false,
    scope: Integrator,
  }),
  row({
    category: ErrorCategory.DeveloperLicence,
    statuses: [403],
    exceptions: ['Forbidden'],
    patterns: [/\bdeveloper licen[cs]e\b/i],
    cause: 'a PMS with a developer licence was queried through production',
    action: 'Use the Stage environment for a PMS with a developer licence, or a licensed PMS in production.',
    retryable: false,
    scope: Site,
  }),
  row({
    category: ErrorCategory.NonAuthoritative,
    statuses: [403],
    fallbackStatuses: [403],
    cause: 'the practice is non-authoritative: its Halo GUID now belongs to another server',
    action: "Re-fetch the practice's Halo GUID and use the new one.",
    retryable: false,
    scope: Site,
  }),
  row({
    category: ErrorCategory.SiteInactive,
    statuses: [401],
    fallbackStatuses: [401],
    cause: 'the Halo GUID is inactive or not in this environment',
    action: 'Check the environment (stage or production) and the Halo GUID; do not retry until fixed.',
    retryable: false,
    scope: Site,
  }),
  row({
    category: ErrorCategory.NotFound,
    statuses: [404],
    exceptions: ['OperationNotFound'],
    fallbackStatuses: [404, 410],
    cause: 'malformed endpoint URI, or the resource does not exist',
    action: 'Fix the URI (resource type, id, route); do not retry.',
    retryable: false,
    scope: Request,
    advice: [
      {
        where: 'a 410 on an async SQL result page (`queries/{id}/results/{page}`)',
        path: /\/queries\/[^/]+\/results\/[^/]+(?:\/stream)?\/?$/,
        statuses: [410],
        cause: 'the async query result has expired: Halo keeps results for about 24 hours.',
        action:
          'The result has expired (kept about 24 h); resubmit the query (a new, billed query). Do not retry the read.',
      },
    ],
  }),
  row({
    category: ErrorCategory.NotAcceptable,
    statuses: [406],
    exceptions: ['QueryNotAcceptable'],
    fallbackStatuses: [406],
    cause:
      'the query ran but its result could not be prepared for upload; often a practice server disruption',
    action: "Retry if it is infrequent; if it keeps happening, back off: the practice's server is disrupted.",
    retryable: true,
    scope: Request,
  }),
  row({
    category: ErrorCategory.TooLarge,
    statuses: [413],
    exceptions: ['QueryResultsTooLarge'],
    messages: ['Immediate query results beyond message size limit (8mb)'],
    patterns: [/\bbeyond message size limit\b/i],
    fallbackStatuses: [413],
    cause: 'an immediate result was over the 8 MB size limit',
    action:
      'Narrow the query (tighter filters, smaller pages) or use an async query. Do not retry unchanged.',
    retryable: false,
    scope: Request,
  }),
  row({
    category: ErrorCategory.RateLimited,
    statuses: [429],
    exceptions: ['RateLimitExceeded'],
    patterns: [/\brate limit is exceeded\b/i],
    fallbackStatuses: [429],
    cause: "the integrator's rate limit was exceeded",
    action: 'Slow down: send nothing with this key until Retry-After has passed, then retry.',
    retryable: true,
    scope: Integrator,
  }),
  row({
    category: ErrorCategory.SiteUnavailable,
    statuses: [503],
    messages: ['Site could not be contacted'],
    fallbackStatuses: [503],
    queryStatuses: ['initialisationFailedSiteOffline'],
    cause: 'Halo Link at the practice cannot reach Halo Cloud',
    action: 'Back off and pause queries to this practice: it is likely offline.',
    retryable: true,
    scope: Site,
    advice: [
      {
        where: 'a SQL query that ended `initialisationFailedSiteOffline`',
        queryStatuses: ['initialisationFailedSiteOffline'],
        cause: 'the practice closed its Halo Link session (offline) before the query started.',
        action: 'Back off and submit again later: the practice closed its session (offline).',
      },
    ],
  }),
  row({
    category: ErrorCategory.SiteUnreachable,
    statuses: [504],
    messages: [
      'Site cannot be contacted. Site is currently unreachable.',
      'Site cannot be contacted. Site is offline.',
    ],
    queryStatuses: ['initialisationFailedSiteUnreachable'],
    cause: 'gateway timeout: the practice is unreachable or offline',
    action: 'Back off and pause queries to this practice until it is back online.',
    retryable: true,
    scope: Site,
    advice: [
      {
        where: 'a SQL query that ended `initialisationFailedSiteUnreachable`',
        queryStatuses: ['initialisationFailedSiteUnreachable'],
        cause: 'the practice has not contacted Halo for two minutes.',
        action:
          'Back off and submit again later: the practice has not contacted Halo for two minutes (unreachable).',
      },
    ],
  }),
  row({
    category: ErrorCategory.QueryTimeout,
    statuses: [504],
    messages: ['Query took more than 30 seconds to return a result'],
    fallbackStatuses: [504],
    queryStatuses: ['expiredInQueue'],
    cause: 'gateway timeout: the query took too long at the practice',
    action: 'Back off; narrow the query or use an async query.',
    retryable: true,
    scope: Request,
    advice: [
      {
        where: 'an async SQL query that ended `expiredInQueue`',
        queryStatuses: ['expiredInQueue'],
        cause: "the query waited in Halo Link's queue longer than its maxTimeInQueue.",
        action:
          'Submit the query again later, perhaps with a longer maxTimeInQueue: the practice is busy or offline.',
      },
    ],
  }),
  row({
    category: ErrorCategory.ClientConnectionFailure,
    statuses: [400, 200],
    exceptions: ['ClientConnectionFailure'],
    haloLinkCode: 0,
    cause: 'Halo Link code 0 ClientConnectionFailure: the client connection closed unexpectedly',
    action: 'Retry after a backoff.',
    retryable: true,
    scope: Request,
  }),
  row({
    category: ErrorCategory.SqlExecutionFailed,
    statuses: [400, 200],
    exceptions: ['SqlExecutionFailed'],
    haloLinkCode: 1,
    queryStatuses: ['executionFailed'],
    cause: 'Halo Link code 1 SqlExecutionFailed: e.g. cannot connect to SQL Server, or an empty query string',
    action:
      "Back off: the practice's database could not run the query. If it persists, check the query text is not empty.",
    retryable: true,
    scope: Site,
  }),
  row({
    category: ErrorCategory.PrepForUploadFailed,
    statuses: [400, 200],
    exceptions: ['PrepForUploadFailed'],
    haloLinkCode: 2,
    cause:
      'Halo Link code 2 PrepForUploadFailed: e.g. a parameter conversion error; the result could not be prepared',
    action:
      'Fix the parameter types and sizes (long VarBinary/NVarChar: DECLARE them in a text command). Do not retry unchanged.',
    retryable: false,
    scope: Request,
  }),
  row({
    category: ErrorCategory.QueryOrphaned,
    statuses: [200],
    exceptions: ['QueryOrphaned'],
    haloLinkCode: 3,
    cause: 'Halo Link code 3 QueryOrphaned (async only): orphaned during upload or execution',
    action: 'Submit the async query again.',
    retryable: true,
    scope: Request,
  }),
  row({
    category: ErrorCategory.QueryMissingProperties,
    statuses: [400, 200],
    exceptions: ['QueryMissingProperties'],
    haloLinkCode: 4,
    cause: 'Halo Link code 4 QueryMissingProperties: the query is missing properties',
    action: 'Fix the request: add the missing query properties. Do not retry unchanged.',
    retryable: false,
    scope: Request,
  }),
  row({
    category: ErrorCategory.QueryUploadFailed,
    statuses: [200],
    exceptions: ['QueryUploadFailed'],
    haloLinkCode: 5,
    queryStatuses: ['uploadFailed'],
    cause: 'Halo Link code 5 QueryUploadFailed (async only): the result upload failed (PreconditionFailed)',
    action:
      'Submit the query again after a backoff (a new, billed query): Halo Link could not upload the result.',
    retryable: true,
    scope: Request,
  }),
  row({
    category: ErrorCategory.BadSql,
    statuses: [400],
    exceptions: ['BadRequest'],
    messages: ['Invalid column name'],
    patterns: [
      /\bMalformed SQL\b/i,
      /\bIncorrect syntax near\b/i,
      /\bInvalid object name\b/i,
      /\bCould not find stored procedure\b/i,
    ],
    cause: 'a database error caused by the SQL text (passed through from the practice database)',
    action: 'Fix the query; do not retry.',
    retryable: false,
    scope: Request,
  }),
  row({
    category: ErrorCategory.BadRequest,
    statuses: [400],
    fallbackStatuses: [400],
    cause: 'the request is invalid (unknown parameter, bad date format, missing Halo GUID, FHIR `invalid`)',
    action: 'Fix the request using the message; do not retry unchanged.',
    retryable: false,
    scope: Request,
  }),
  row({
    category: ErrorCategory.ServerError,
    statuses: [500],
    fallbackStatuses: [500, 502],
    queryStatuses: ['initialisationFailedCacheError'],
    cause: 'a generic server-side error',
    action: 'Back off and retry; on frequent errors double the wait after each failure.',
    retryable: true,
    scope: Request,
    advice: [
      {
        where: 'a SQL query that ended `initialisationFailedCacheError`',
        queryStatuses: ['initialisationFailedCacheError'],
        cause: 'Halo Cloud failed internally before the query started.',
        action: 'Submit the query again after a backoff: Halo Cloud failed internally.',
      },
    ],
  }),
  row({
    category: ErrorCategory.Network,
    cause: 'the connection failed or was reset before a full response arrived',
    action: 'Retry after a backoff; check network and DNS if it persists.',
    retryable: true,
    scope: Request,
  }),
  row({
    category: ErrorCategory.Timeout,
    cause: "the client's own per-request timeout or deadline expired",
    action: 'Retry after a backoff, or raise the timeout; narrow the query if it is slow every time.',
    retryable: true,
    scope: Request,
  }),
  row({
    category: ErrorCategory.InvalidResponse,
    cause:
      'a body that could not be understood (HTML, empty, cut off) on a status that says nothing more, or a FHIR body of the wrong shape (e.g. a Bundle whose entry is not a list)',
    action:
      "Retry after a backoff when the body is not JSON (a gateway between you and the server may be failing); JSON of the wrong shape comes from the server itself and is not retried: report it to the server's operator.",
    retryable: true,
    scope: Request,
  }),
  row({
    category: ErrorCategory.ResponseTooLarge,
    cause: "a response body larger than the client's maxResponseBytes (counted after decompression)",
    action:
      'Narrow the query (tighter filters, smaller _count) or raise maxResponseBytes if such a body is expected. Do not retry unchanged.',
    retryable: false,
    scope: Request,
  }),
  row({
    category: ErrorCategory.Paused,
    cause:
      'refused locally: a pause covers the request (practitioner, site or integrator) or its circuit is open',
    action: 'Wait for the pause to end (or pass waitIfPaused) before sending again.',
    retryable: false,
    scope: Request,
  }),
  row({
    category: ErrorCategory.Unknown,
    cause: 'anything the catalog does not describe',
    action: 'Read the message and status; report it if it keeps happening.',
    retryable: false,
    scope: Request,
  }),
]);

const byCategory = new Map(errorCatalog.map((entry) => [entry.category, entry]));

/** The catalog row of `category` (every category has exactly one). */
export function catalogEntry(category: ErrorCategory): ErrorCatalogEntry {
  const entry = byCategory.get(category);
  if (!entry) throw new Error(`error catalog has no row for category ${category}`);
  return entry;
}

/** Where and how a request failed, for {@link catalogAdvice}. */
export interface FailureSite {
  /** The HTTP status; undefined when no response arrived. */
  readonly status: number | undefined;
  /** The request URL (redacted or not: only its path is read). */
  readonly url: string;
  /** The status of a failed SQL query record, when the body was one. @default undefined */
  readonly queryStatus?: string | undefined;
}

/**
 * The cause and action the catalog gives for `category`: the row's own, or its first advice whose
 * conditions the failure meets (a 410 on a SQL result page says the result expired, not that the
 * URI is wrong; an async query that ended `expiredInQueue` asks for a longer `maxTimeInQueue`).
 */
export function catalogAdvice(
  category: ErrorCategory,
  failure: FailureSite,
): { readonly cause: string; readonly action: string } {
  const entry = catalogEntry(category);
  const path = failure.url.split(/[?#]/, 1)[0] ?? '';
  const matches = (advice: ErrorCatalogAdvice): boolean =>
    (advice.path === undefined || advice.path.test(path)) &&
    (advice.statuses === undefined ||
      (failure.status !== undefined && advice.statuses.includes(failure.status))) &&
    (advice.queryStatuses === undefined ||
      (failure.queryStatus !== undefined && advice.queryStatuses.includes(failure.queryStatus)));
  return entry.advice.find(matches) ?? entry;
}
