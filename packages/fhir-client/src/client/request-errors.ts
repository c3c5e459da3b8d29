/**
 * The typed errors of a failed request, built from what the exchange and the transport saw. A
 * browser bundle loads this module on the first failure (see `lazy-parts.browser.ts`), not with the
 * client: these errors, and the error catalogue and the body parsing behind them, are most of the
 * error model's bytes, and a page whose requests succeed never needs them.
 */
import { FhirRequestError } from '../errors/fhir-request-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { connectionFailure } from '../errors/network-blocked-error.js';
import { NetworkError } from '../errors/network-error.js';
import { redactSecrets, redactUrl } from '../errors/redact.js';
import { ResponseTooLargeError } from '../errors/response-too-large-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { ErrorCategory, ErrorSource } from '../errors/vocabulary.js';
import type { ExchangeFailure } from './exchange-failure.js';
import type { HttpExchangeRequest } from './http-exchange.js';

export { parseErrorResponse } from '../errors/parse-error-response.js';

/** The typed error of a failed exchange. */
export function exchangeError(failure: ExchangeFailure, request: HttpExchangeRequest): FhirRequestError {
  const { method, attempt, secrets } = request;
  const url = request.url.href;
  switch (failure.kind) {
    case 'timeout':
      return new TimeoutError({ method, url, attempt, timeoutMs: request.timeoutMs, secrets });
    case 'connection':
      return connectionFailure({ method, url, attempt, cause: failure.cause, secrets });
    case 'network':
      return new NetworkError({ method, url, attempt, cause: failure.cause, secrets });
    case 'too-large':
      return new ResponseTooLargeError({
        status: failure.status ?? 0, // always set for too-large
        method,
        url,
        attempt,
        maxResponseBytes: request.maxResponseBytes,
        secrets,
      });
  }
}

/** The request an error is about, as the transport knows it. */
export interface ExchangeFacts {
  readonly method: string;
  readonly url: string;
  readonly attempt: number;
  readonly secrets: readonly string[];
}

/** What an `InvalidResponseError` is built from: the exchange, its status and the body as received. */
export interface ResponseFacts extends ExchangeFacts {
  readonly status: number;
  readonly bodyText: string;
}

/** A successful status with a body that is not what FHIR promises. */
export function invalidResponse(
  facts: ResponseFacts,
  problem: string,
  options: { retryable: boolean; cause?: unknown },
): InvalidResponseError {
  return new InvalidResponseError({
    status: facts.status,
    method: facts.method,
    url: facts.url,
    attempt: facts.attempt,
    problem,
    retryable: options.retryable,
    bodyText: facts.bodyText,
    secrets: facts.secrets,
    cause: options.cause,
  });
}

/** A redirect, refused: following it could send the subscription key to another origin. */
export function redirectRefused(
  facts: ExchangeFacts & { status: number },
  headers: Headers,
): FhirRequestError {
  const location = headers.get('location');
  let target = 'no Location';
  if (location !== null) {
    try {
      const url = new URL(location, facts.url);
      target = `${url.origin}${url.pathname}`;
    } catch {
      target = 'an unreadable Location';
    }
  }
  return new FhirRequestError({
    status: facts.status,
    category: ErrorCategory.InvalidResponse,
    retryable: false,
    scope: 'site',
    action:
      'Configure the URL the server redirects to as the base (baseUrl or halo.origin); the client never follows ' +
      'redirects, so the subscription key cannot reach another origin.',
    source: ErrorSource.Http,
    method: facts.method,
    url: redactUrl(facts.url, facts.secrets),
    attempt: facts.attempt,
    detail: redactSecrets(`redirected to ${target}`, facts.secrets),
  });
}
