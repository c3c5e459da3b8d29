/**
 * What the resilience policy needs to know about a request to decide whether it may run now,
 * whether it may be retried and which pauses apply. Built by the client for every call.
 */
export interface RequestDescriptor {
  /** HTTP method as sent. */
  readonly method: string;
  /** Full URL as sent (the policy redacts nothing: never log it with secrets; the client holds none in URLs). */
  readonly url: string;
  /**
   * The interaction, which decides retry safety together with `method`. The `sql-` ones are Halo's
   * SQL passthrough: `sql-query` creates (and bills) a query, `sql-read` reads a status, result page,
   * registered query or the site, `sql-cancel` cancels a registered query.
   */
  readonly interaction:
    | 'read'
    | 'vread'
    | 'search'
    | 'capabilities'
    | 'create'
    | 'update'
    | 'other'
    | 'sql-query'
    | 'sql-read'
    | 'sql-cancel';
  /**
   * True when sending the request twice cannot change server state (GET, read, FHIR `POST _search`).
   * A create or update is never retried once it may have reached the server.
   */
  readonly idempotent: boolean;
  /** Identifies the practice: the Halo GUID, or the FHIR base URL for other servers. */
  readonly site: string;
  /** The practitioner (GP) the query is about, when known: `Practitioner/123` or a bare id. */
  readonly practitioner?: string;
  /**
   * IANA time zone of the practice (e.g. the client's `timeZone`), for pauses that last until the
   * next day there. Overrides the policy's `siteTimeZone` for this request.
   */
  readonly timeZone?: string;
  /** When a scope is paused: wait for it to resume (true) or fail at once with `PausedError` (false). */
  readonly waitIfPaused?: boolean;
  /** The caller's signal: aborts the request and any wait before it. */
  readonly signal?: AbortSignal;
}

/**
 * Runs one logical request through the policy. `attempt` performs one HTTP exchange and either
 * resolves with the result or throws a `FhirRequestError` (or subclass) describing the failure.
 */
export interface ResiliencePolicyRunner {
  /**
   * Runs `attempt` (one HTTP exchange, given its 1-based number) under the policy: refused at once
   * when a pause covers the request, retried with backoff while the failure allows, and recorded in
   * the counters. Resolves with the first successful attempt's result.
   * @throws PausedError when a pause or an open circuit covers the request; otherwise the last attempt's error
   */
  execute<T>(request: RequestDescriptor, attempt: (attemptNumber: number) => Promise<T>): Promise<T>;
}
