import type { FhirRequestError } from '../../errors/fhir-request-error.js';
import { NetworkError } from '../../errors/network-error.js';
import { parseErrorResponse } from '../../errors/parse-error-response.js';
import { TimeoutError } from '../../errors/timeout-error.js';
import type { ErrorCategory } from '../../errors/vocabulary.js';
import type { RequestDescriptor } from '../request-descriptor.js';

/** Halo's documented error bodies (HALO-API.md), keyed by the category the error model gives them. */
const bodies = {
  'site-unavailable': {
    status: 503,
    body: '{"error":{"status":503,"statusText":"Service Unavailable","message":"Site could not be contacted, please try again later or contact a system administrator."}}',
  },
  'site-unreachable': {
    status: 504,
    body: '{"error":{"status":504,"statusText":"Gateway Timeout","message":"Site cannot be contacted. Site is currently unreachable."}}',
  },
  'rate-limited': { status: 429, body: '{"statusCode":429,"message":"Rate limit is exceeded."}' },
  'login-failed': {
    status: 400,
    body: '{"status":400,"statusText":"Bad Request","message":"Login failed for user \'halo_integrator\'."}',
  },
  'bad-sql': {
    status: 400,
    body: '{"errorDetails":{"errorType":"mssql","errorCode":207,"errorMessage":"Invalid column name \'nmae\'."}}',
  },
  'bad-request': {
    status: 400,
    body: '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"Unknown search parameter \'foo\'"}]}',
  },
  'key-invalid': {
    status: 401,
    body: '{"statusCode":401,"message":"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."}',
  },
  'ip-not-allowed': { status: 403, body: '{"statusCode":403,"message":"CallerIpNotAllowed"}' },
  'not-found': { status: 404, body: '{"statusCode":404,"message":"Resource not found"}' },
  'not-acceptable': {
    status: 406,
    body: '{"status":406,"statusText":"Not Acceptable","message":"QueryNotAcceptable"}',
  },
  'too-large': {
    status: 413,
    body: '{"errorDetails":{"errorType":"http","errorCode":413,"errorMessage":"Immediate query results beyond message size limit (8mb)"}}',
  },
  'practitioner-unavailable': {
    status: 400,
    body: '{"errorDetails":{"errorType":"mssql","errorCode":50000,"errorMessage":"Practitioner 7 is away today: no appointment book for 2026-11-26"}}',
  },
  'server-error': {
    status: 500,
    body: '{"error":{"status":500,"statusText":"Internal Server Error","message":"Error"}}',
  },
} as const satisfies Record<string, { status: number; body: string }>;

export type HaloFailureKind = keyof typeof bodies;

/**
 * A real `FhirRequestError` as the client would throw it for one of Halo's documented responses,
 * parsed by the error model. Throws if the model classifies it differently, so a test never
 * silently exercises the wrong rule.
 */
export function haloFailure(
  kind: HaloFailureKind,
  options: { retryAfter?: string; now?: number; attempt?: number; url?: string } = {},
): FhirRequestError {
  const { status, body } = bodies[kind];
  const error = parseErrorResponse(
    {
      status,
      headers: options.retryAfter === undefined ? {} : { 'retry-after': options.retryAfter },
      bodyText: body,
    },
    {
      method: 'GET',
      url: options.url ?? 'https://api.haloconnect.io/integrator/sites/x/fhir/R4/Appointment',
      attempt: options.attempt ?? 1,
      ...(options.now === undefined ? {} : { now: options.now }),
    },
  );
  if (error.category !== (kind as ErrorCategory)) {
    throw new Error(`test fixture ${kind} was classified as ${error.category}`);
  }
  return error;
}

export const networkFailure = (): FhirRequestError =>
  new NetworkError({
    method: 'GET',
    url: 'https://h/x',
    attempt: 1,
    cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
  });

export const timeoutFailure = (method = 'GET'): FhirRequestError =>
  new TimeoutError({ method, url: 'https://h/x', attempt: 1, timeoutMs: 30_000 });

export const SITE = '7f0c5b6e-0000-4000-8000-000000000001';
export const OTHER_SITE = '7f0c5b6e-0000-4000-8000-000000000002';

/** A read of today's appointments at `SITE`, safe to retry. */
export function searchRequest(overrides: Partial<RequestDescriptor> = {}): RequestDescriptor {
  return {
    method: 'GET',
    url: `https://api.haloconnect.io/integrator/sites/${SITE}/fhir/R4/Appointment?date=2026-11-26`,
    interaction: 'search',
    idempotent: true,
    site: SITE,
    ...overrides,
  };
}

/** A Patient create at `SITE`: never retried once it may have reached the server. */
export function createRequest(overrides: Partial<RequestDescriptor> = {}): RequestDescriptor {
  return {
    method: 'POST',
    url: `https://api.haloconnect.io/integrator/sites/${SITE}/fhir/R4/Patient`,
    interaction: 'create',
    idempotent: false,
    site: SITE,
    ...overrides,
  };
}

/**
 * An `attempt` function that plays `outcomes` in order (an error is thrown, anything else is
 * returned) and records the clock time of every call.
 */
export function scriptedAttempts<T>(
  outcomes: readonly (T | Error)[],
  now: () => number,
): { attempt: (n: number) => Promise<T>; calls: number[] } {
  const calls: number[] = [];
  const attempt = async (n: number): Promise<T> => {
    calls.push(now());
    const outcome = outcomes[n - 1];
    if (outcome === undefined) throw new Error(`attempt ${n} was not scripted`);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { attempt, calls };
}
