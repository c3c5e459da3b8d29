import { loadRequestErrors } from '#lazy-parts';
import { normalizeLastUpdatedInPlace } from '../normalize/last-updated.js';
import type { RequestDescriptor, ResiliencePolicyRunner } from '../resilience/request-descriptor.js';
import { FhirClientWarningCode, type EventHub } from './events.js';
import { createHttpClient, exchange } from './http-exchange.js';
import { MAX_RESPONSE_DEPTH, nestedDeeperThan } from './json-depth.js';
import { responseShapeProblem } from './response-shape.js';
import { SUBSCRIPTION_KEY_HEADER, type ResolvedClientConfig } from './resolve-options.js';

/** The FHIR JSON media type, sent as `Accept` and as `Content-Type` of resource bodies. */
export const FHIR_JSON = 'application/fhir+json';

/** One logical request: the transport runs it through the policy, one HTTP exchange per attempt. */
export interface TransportRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: URL;
  readonly interaction: RequestDescriptor['interaction'];
  readonly body?: { readonly contentType: string; readonly text: string };
  readonly headers?: Readonly<Record<string, string>>;
  readonly practitioner?: string | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly waitIfPaused?: boolean | undefined;
  /** Per-attempt timeout in ms; the client's `timeoutMs` when not given. */
  readonly timeoutMs?: number | undefined;
  /** The resource type the request is about, for warnings. */
  readonly resourceType?: string | undefined;
  /**
   * The `resourceType` a successful body must have; anything else is an `invalid-response` error
   * (retryable: a gateway may have answered). `allowEmpty` accepts no body (e.g. 201 with
   * `Prefer: return=minimal`).
   */
  readonly expect?: { readonly resourceType: string; readonly allowEmpty?: boolean };
}

/** A successful response with its JSON body parsed (undefined when the body was empty). */
export interface TransportResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly url: string;
}

/** Sends requests through the resilience policy. */
export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
}

/**
 * Creates the client's one `ky` instance and the transport over it. Each attempt is one
 * {@link exchange}: one deadline (`timeoutMs`, on the injected clock) over headers and body, the
 * `maxResponseBytes` cap, no redirects followed. Retrying is the policy's job; a failed status
 * becomes a typed `FhirRequestError` here, a body the client cannot use an `InvalidResponseError`
 * (built by `request-errors.ts`, which a browser bundle loads on the first failure).
 */
export function createTransport(
  config: ResolvedClientConfig,
  policy: ResiliencePolicyRunner,
  events: EventHub,
): Transport {
  const http = createHttpClient({ headers: { Accept: FHIR_JSON, ...config.headers }, fetch: config.fetch });
  const secrets = config.subscriptionKey === undefined ? [] : [config.subscriptionKey];

  async function attemptOnce(request: TransportRequest, attempt: number): Promise<TransportResponse> {
    const { method, url } = request;
    const headers: Record<string, string> = { ...request.headers };
    if (request.body) headers['Content-Type'] = request.body.contentType;
    // The same-origin rule, enforced where the header is added: no other origin ever gets the key.
    if (config.subscriptionKey !== undefined && url.origin === config.base.origin) {
      headers[SUBSCRIPTION_KEY_HEADER] = config.subscriptionKey;
    }
    const { response, bodyText } = await exchange(http, {
      method,
      url,
      headers,
      body: request.body?.text,
      signal: request.signal,
      timeoutMs: request.timeoutMs ?? config.timeoutMs,
      clock: config.clock,
      maxResponseBytes: config.maxResponseBytes,
      secrets,
      attempt,
    });
    if (isRedirect(response.status)) {
      throw (await loadRequestErrors()).redirectRefused(
        { status: response.status, method, url: url.href, attempt, secrets },
        response.headers,
      );
    }
    if (!response.ok) {
      throw (await loadRequestErrors()).parseErrorResponse(
        { status: response.status, headers: response.headers, bodyText },
        { method, url: url.href, attempt, secrets, now: config.clock.now() },
      );
    }
    let body: unknown;
    try {
      body = parseJsonBody(bodyText);
      checkExpected(body, request.expect);
    } catch (error) {
      if (!(error instanceof ResponseProblem)) throw error;
      const facts = { status: response.status, method, url: url.href, attempt, secrets, bodyText };
      throw (await loadRequestErrors()).invalidResponse(facts, error.problem, error);
    }
    if (config.normalizeLastUpdated && body !== undefined) reportLastUpdatedIssues(body, request);
    return { status: response.status, headers: response.headers, body, url: url.href };
  }

  function reportLastUpdatedIssues(body: unknown, request: TransportRequest): void {
    const issues = normalizeLastUpdatedInPlace(body, { timeZone: config.timeZone });
    if (issues.length === 0) return;
    const shown = issues
      .slice(0, 5)
      .map((issue) => `${issue.resource} ${JSON.stringify(issue.value)} (${issue.problem})`);
    events.emit({
      type: 'warning',
      code: FhirClientWarningCode.LastUpdatedNotNormalized,
      message:
        `meta.lastUpdated left as received on ${issues.length} resource(s): ${shown.join(', ')}` +
        `${issues.length > shown.length ? ', …' : ''}. Set the timeZone option to the practice's time zone.`,
      site: config.site,
      practitioner: request.practitioner,
      resourceType: request.resourceType,
    });
  }

  return {
    send(request) {
      const descriptor: RequestDescriptor = {
        method: request.method,
        url: request.url.href,
        interaction: request.interaction,
        // FHIR `POST _search` is a read; create and update may have reached the server.
        idempotent: request.method === 'GET' || request.interaction === 'search',
        site: config.site,
        ...(request.practitioner === undefined ? {} : { practitioner: request.practitioner }),
        ...(request.waitIfPaused === undefined ? {} : { waitIfPaused: request.waitIfPaused }),
        ...(request.signal === undefined ? {} : { signal: request.signal }),
      };
      return policy.execute(descriptor, (attempt) => attemptOnce(request, attempt));
    },
  };
}

/** A body the client cannot use, before its `InvalidResponseError` is built (see `request-errors.ts`). */
class ResponseProblem {
  constructor(
    readonly problem: string,
    readonly retryable: boolean,
    readonly cause?: unknown,
  ) {}
}

function parseJsonBody(text: string): unknown {
  if (isBlank(text)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ResponseProblem('the body is not JSON (cut off, or HTML from a gateway)', true, error);
  }
  // A body can only nest half as deep as it is long: short bodies need no walk.
  if (text.length > 2 * MAX_RESPONSE_DEPTH && nestedDeeperThan(body, MAX_RESPONSE_DEPTH)) {
    throw new ResponseProblem(`the body is nested more than ${MAX_RESPONSE_DEPTH} levels deep`, false);
  }
  return body;
}

/**
 * True when `text` is empty or only whitespace (as `trim` sees it). A body starting with a printable
 * ASCII character (every JSON body the client can use starts with `{`) is decided by that character,
 * without looking further.
 */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return text.trim() === '';
}

/**
 * Holds a successful body to what the request expects: the resource type, and the structure the
 * client relies on (see `response-shape.ts`). Empty or cut-off bodies are retried (a gateway may
 * have failed once); JSON of the wrong shape came from the server and is not.
 */
function checkExpected(body: unknown, expect: TransportRequest['expect']): void {
  if (expect === undefined) return;
  if (body === undefined) {
    if (expect.allowEmpty) return;
    throw new ResponseProblem(`the body is empty where a ${expect.resourceType} was expected`, true);
  }
  const problem = responseShapeProblem(body, expect.resourceType);
  if (problem !== undefined) throw new ResponseProblem(problem, false);
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}
