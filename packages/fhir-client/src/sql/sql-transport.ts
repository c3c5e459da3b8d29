import { createHttpClient, exchange } from '../client/http-exchange.js';
import { SUBSCRIPTION_KEY_HEADER } from '../client/resolve-options.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { parseErrorResponse } from '../errors/parse-error-response.js';
import type { RequestDescriptor } from '../resilience/request-descriptor.js';
import { queryFailureOf } from './query-failure.js';
import type { SqlQueryType } from './errors/sql-query-failed-error.js';
import type { ResolvedSqlConfig } from './resolve-sql-options.js';

/** One logical SQL passthrough request, relative to the site's base. */
export interface SqlRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Relative to `{origin}/integrator/sites/{siteId}/`, e.g. `queries/immediate`; '' for the site itself. */
  readonly path: string;
  readonly interaction: Extract<RequestDescriptor['interaction'], `sql-${string}`>;
  /** Sent as JSON. */
  readonly json?: unknown;
  /** True when sending it twice cannot create a second query (reads; or a query the caller marked repeatable). */
  readonly repeatable: boolean;
  /** The query type whose errors a query-record body reports. */
  readonly queryType?: SqlQueryType;
  readonly signal?: AbortSignal | undefined;
  /** The GP the request is about: the policy pauses (and refuses) per GP with it. */
  readonly practitioner?: string | undefined;
  /** Called before every attempt (1 for the first). */
  readonly onAttempt?: (attempt: number) => void;
  /**
   * Runs inside the attempt on a successful response: an error it throws is the attempt's failure,
   * so the policy acts on it (e.g. pauses a practice whose async query failed with "Login failed").
   */
  readonly check?: (response: SqlResponse) => void;
}

/** A response of any status below 300 (errors are thrown), its body parsed as JSON. */
export interface SqlResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed JSON body; undefined when empty. */
  readonly body: unknown;
  readonly url: string;
}

/** Sends SQL requests through the shared resilience policy. */
export interface SqlTransport {
  send(request: SqlRequest): Promise<SqlResponse>;
}

/** Creates the SQL client's one ky instance and the transport over it. */
export function createSqlTransport(config: ResolvedSqlConfig): SqlTransport {
  const http = createHttpClient({ headers: { Accept: 'application/json' }, fetch: config.fetch });
  const secrets = config.subscriptionKey === undefined ? [] : [config.subscriptionKey];

  async function attemptOnce(request: SqlRequest, attempt: number): Promise<SqlResponse> {
    request.onAttempt?.(attempt);
    const url = new URL(request.path, config.siteBase);
    const headers: Record<string, string> = {};
    if (request.json !== undefined) headers['Content-Type'] = 'application/json';
    // The same-origin rule, enforced where the header is added: no other origin ever gets the key.
    if (config.subscriptionKey !== undefined && url.origin === config.siteBase.origin) {
      headers[SUBSCRIPTION_KEY_HEADER] = config.subscriptionKey;
    }
    // The one place SQL traffic meets the network: one deadline over headers and body, a size cap, no redirects.
    const { response, bodyText } = await exchange(http, {
      method: request.method,
      url,
      headers,
      body: request.json === undefined ? undefined : JSON.stringify(request.json),
      signal: request.signal,
      timeoutMs: config.timeoutMs,
      clock: config.clock,
      maxResponseBytes: config.maxResponseBytes,
      secrets,
      attempt,
    });
    const facts = { method: request.method, url: url.href, attempt, secrets };
    if (response.status >= 300) {
      const error = parseErrorResponse(
        { status: response.status, headers: response.headers, bodyText },
        { ...facts, now: config.clock.now() },
      );
      throw request.queryType === undefined
        ? error
        : (queryFailureOf(error, bodyText, request.queryType, secrets) ?? error);
    }
    const result: SqlResponse = {
      status: response.status,
      headers: response.headers,
      body: parseJson(bodyText, response.status, facts),
      url: url.href,
    };
    request.check?.(result);
    return result;
  }

  return {
    send(request) {
      const descriptor: RequestDescriptor = {
        method: request.method,
        url: new URL(request.path, config.siteBase).href,
        interaction: request.interaction,
        idempotent: request.repeatable,
        site: config.site,
        ...(request.signal === undefined ? {} : { signal: request.signal }),
        ...(request.practitioner === undefined ? {} : { practitioner: request.practitioner }),
      };
      return config.policy.execute(descriptor, (attempt) => attemptOnce(request, attempt));
    },
  };
}

function parseJson(
  text: string,
  status: number,
  facts: { method: string; url: string; attempt: number; secrets: readonly string[] },
): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidResponseError({
      status,
      ...facts,
      problem: 'the body is not JSON (cut off, or HTML from a gateway)',
      retryable: true,
      bodyText: text,
      cause: error,
    });
  }
}
