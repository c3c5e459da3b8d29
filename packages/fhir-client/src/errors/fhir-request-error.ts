import { FhirClientError } from './fhir-client-error.js';
import type { ParsedErrorBody } from './parsed-error-body.js';
import type { ErrorCategory, ErrorScope, ErrorSource } from './vocabulary.js';

/** Marks request errors across copies of the library, where `instanceof` fails. */
const requestErrorBrand = Symbol.for('@halo-fhir/fhir-client.FhirRequestError');

/** Everything a {@link FhirRequestError} carries; the constructor takes it as one object. */
export interface FhirRequestErrorInit {
  /** HTTP status; undefined when no response arrived (network failure, client timeout). */
  readonly status: number | undefined;
  /** What went wrong, as one row of the error catalog. */
  readonly category: ErrorCategory;
  /** True when the same request may succeed later, unchanged, after a backoff. */
  readonly retryable: boolean;
  /** How long the server asked to wait, from `Retry-After` or the body, when it said. */
  readonly retryAfterMs?: number | undefined;
  /** How far the problem reaches: this request, one practitioner, one site, or every request of the integrator. */
  readonly scope: ErrorScope;
  /** What the integrator should do, in words. */
  readonly action: string;
  /** Where the failure came from, as far as the response tells. */
  readonly source: ErrorSource;
  /** Halo, FHIR (`dotnet-api-operation-outcome`) or SQL error code, or the Halo exception name. */
  readonly code?: string | undefined;
  /** The body as parsed: one of the documented shapes, or a short redacted excerpt. */
  readonly body?: ParsedErrorBody | undefined;
  /** HTTP method as sent. */
  readonly method: string;
  /** Already redacted. */
  readonly url: string;
  /** Which attempt failed, from 1. */
  readonly attempt: number;
  /** The practitioner the error names (e.g. the GP who is away today). */
  readonly practitioner?: string | undefined;
  /** The server's own words, already redacted. */
  readonly detail?: string | undefined;
  /** Overrides the generated message (already redacted). */
  readonly message?: string;
  /** The error this one was made from (a `fetch` TypeError, an abort reason), kept as `Error.cause`. */
  readonly cause?: unknown;
}

/**
 * A request that failed: at the server (any Halo or FHIR error shape), on the way (network), or on
 * the clock (timeout). Says what failed, why, and what to do (`action`), with secrets redacted.
 * Narrow by `category`, or with the subclasses' guards.
 */
export class FhirRequestError extends FhirClientError {
  /** Always `'FhirRequestError'` (the subclasses set their own); guards check it across copies of the library. */
  override name = 'FhirRequestError';
  /** HTTP status; undefined when no response arrived (network failure, client timeout). */
  readonly status: number | undefined;
  /** What went wrong, as one row of the error catalog. */
  readonly category: ErrorCategory;
  /** True when the same request may succeed later, unchanged, after a backoff. */
  readonly retryable: boolean;
  /** How long the server asked to wait (`Retry-After`), when it said. */
  readonly retryAfterMs: number | undefined;
  /** How far the problem reaches: this request, one practitioner, one site, or every request of the integrator. */
  readonly scope: ErrorScope;
  /** What the integrator should do, in words. */
  readonly action: string;
  /** Where the failure came from, as far as the response tells. */
  readonly source: ErrorSource;
  /** Halo, FHIR (`dotnet-api-operation-outcome`) or SQL error code, or the Halo exception name. */
  readonly code: string | undefined;
  /** The body as parsed: one of the documented shapes, or a short redacted excerpt. */
  readonly body: ParsedErrorBody | undefined;
  /** HTTP method as sent. */
  readonly method: string;
  /** URL as sent, with secrets redacted. */
  readonly url: string;
  /** Which attempt failed (1 for the first). */
  readonly attempt: number;
  /** The practitioner the error names (e.g. the GP who is away today). */
  readonly practitioner: string | undefined;
  /** The server's own message, redacted. */
  readonly detail: string | undefined;

  constructor(init: FhirRequestErrorInit) {
    super(init.message ?? describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.category = init.category;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
    this.scope = init.scope;
    this.action = init.action;
    this.source = init.source;
    this.code = init.code;
    this.body = init.body;
    this.method = init.method;
    this.url = init.url;
    this.attempt = init.attempt;
    this.practitioner = init.practitioner;
    this.detail = init.detail;
    Object.defineProperty(this, requestErrorBrand, { value: true });
  }
}

/**
 * The fields of `error` as a {@link FhirRequestErrorInit} (its message and cause left out), so a
 * narrower error built from it (an expired SQL result, a query failure) carries everything the
 * original said and regenerates its message from the fields it overrides.
 */
export function requestErrorFields(error: FhirRequestError): FhirRequestErrorInit {
  return {
    status: error.status,
    category: error.category,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    scope: error.scope,
    action: error.action,
    source: error.source,
    code: error.code,
    body: error.body,
    method: error.method,
    url: error.url,
    attempt: error.attempt,
    practitioner: error.practitioner,
    detail: error.detail,
  };
}

/** True when `value` is a {@link FhirRequestError} or subclass, from this or any other copy of the library. */
export function isFhirRequestError(value: unknown): value is FhirRequestError {
  if (value instanceof FhirRequestError) return true;
  if (typeof value !== 'object' || value === null) return false;
  return (
    (value as Record<symbol, unknown>)[requestErrorBrand] === true ||
    (value as Error).name === 'FhirRequestError'
  );
}

const MAX_DETAIL_LENGTH = 300;

function describe(init: FhirRequestErrorInit): string {
  const outcome = init.status === undefined ? init.category : `${init.status} ${init.category}`;
  const who = init.practitioner === undefined ? '' : ` (practitioner ${init.practitioner})`;
  return `${init.method} ${init.url} failed with ${outcome}${who}${detailText(init.detail)}. ${init.action}`;
}

function detailText(detail: string | undefined): string {
  if (detail === undefined || detail.trim() === '') return '';
  const cut = detail.length > MAX_DETAIL_LENGTH ? `${detail.slice(0, MAX_DETAIL_LENGTH - 1)}…` : detail;
  // The message adds its own full stop before the action.
  return `: ${cut.trim().replace(/[.\s]+$/, '')}`;
}
