/** The SQL passthrough interactions, as the request log names them. */
export const SqlInteraction = {
  Site: 'sql-site',
  Immediate: 'sql-immediate',
  Async: 'sql-async',
  Status: 'sql-status',
  Statuses: 'sql-statuses',
  Result: 'sql-result',
  ResultStream: 'sql-result-stream',
  RegisteredCreate: 'sql-registered-create',
  RegisteredList: 'sql-registered-list',
  RegisteredGet: 'sql-registered-get',
  RegisteredCancel: 'sql-registered-cancel',
  RegisteredResult: 'sql-registered-result',
  NotFound: 'sql-not-found',
} as const;
export type SqlInteraction = (typeof SqlInteraction)[keyof typeof SqlInteraction];

/** The interactions that create (and bill) a query when accepted. */
export const billedInteractions: ReadonlySet<SqlInteraction> = new Set([
  SqlInteraction.Immediate,
  SqlInteraction.Async,
  SqlInteraction.RegisteredCreate,
]);

/** What a SQL passthrough request asks for. */
export interface SqlRoute {
  readonly interaction: SqlInteraction;
  /** The `{queryId}` of the path. */
  readonly queryId?: string;
  /** The `{pageNumber}` of a result path, as written. */
  readonly page?: string;
}

/** A site path outside the FHIR base: `/integrator/sites/{guid}` and what follows. */
export interface SqlSitePath {
  readonly siteGuid: string;
  /** `/integrator/sites/{guid}` as written. */
  readonly basePath: string;
  readonly segments: readonly string[];
}

const sitePrefix = /^\/integrator\/sites\/([^/]+)(?=\/|$)/;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Splits a `/integrator/sites/{guid}/…` path (not under `/fhir/R4`, which the FHIR routes serve). */
export function parseSqlSitePath(path: string): SqlSitePath | undefined {
  const match = sitePrefix.exec(path);
  if (!match) return undefined;
  const segments = path
    .slice(match[0].length)
    .split('/')
    .filter((s) => s !== '')
    .map(decode);
  return { siteGuid: decode(match[1] ?? ''), basePath: match[0], segments };
}

/**
 * The interaction a method and the segments after the site ask for. Fixed segments (`status`,
 * `registered`, `immediate`, `async`) are matched before `{queryId}`, as the reference requires.
 */
export function sqlRouteOf(method: string, segments: readonly string[]): SqlRoute {
  const notFound: SqlRoute = { interaction: SqlInteraction.NotFound };
  const [first, second, third, fourth, fifth, sixth, ...more] = segments;
  if (first === undefined) return method === 'GET' ? { interaction: SqlInteraction.Site } : notFound;
  if (first !== 'queries' || second === undefined || more.length > 0) return notFound;
  if (second === 'immediate' || second === 'async' || second === 'status') {
    if (third !== undefined || method !== 'POST') return notFound;
    const byName = {
      immediate: SqlInteraction.Immediate,
      async: SqlInteraction.Async,
      status: SqlInteraction.Statuses,
    };
    return { interaction: byName[second] };
  }
  if (second === 'registered') {
    if (third === undefined) {
      if (method === 'POST') return { interaction: SqlInteraction.RegisteredCreate };
      return method === 'GET' ? { interaction: SqlInteraction.RegisteredList } : notFound;
    }
    if (fourth === undefined) {
      if (method === 'GET') return { interaction: SqlInteraction.RegisteredGet, queryId: third };
      return method === 'DELETE'
        ? { interaction: SqlInteraction.RegisteredCancel, queryId: third }
        : notFound;
    }
    if (fourth === 'results' && fifth === undefined && method === 'GET') {
      return { interaction: SqlInteraction.RegisteredResult, queryId: third };
    }
    return notFound;
  }
  if (method !== 'GET') return notFound;
  if (third === undefined) return { interaction: SqlInteraction.Status, queryId: second };
  if (third !== 'results' || fourth === undefined) return notFound;
  if (fifth === undefined) return { interaction: SqlInteraction.Result, queryId: second, page: fourth };
  if (fifth === 'stream' && sixth === undefined) {
    return { interaction: SqlInteraction.ResultStream, queryId: second, page: fourth };
  }
  return notFound;
}
