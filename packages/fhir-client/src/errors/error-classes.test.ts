import { describe, expect, it } from 'vitest';
import { isAccessDeniedError } from './access-denied-error.js';
import { FhirClientError, isFhirClientError } from './fhir-client-error.js';
import { FhirRequestError, isFhirRequestError } from './fhir-request-error.js';
import { isHaloLinkError } from './halo-link-error.js';
import { isNetworkError, NetworkError } from './network-error.js';
import { isPractitionerUnavailableError } from './practitioner-unavailable-error.js';
import { isRateLimitError, RateLimitError } from './rate-limit-error.js';
import { isSiteUnavailableError } from './site-unavailable-error.js';
import { isTimeoutError, TimeoutError } from './timeout-error.js';
import { ErrorCategory, ErrorScope, ErrorSource } from './vocabulary.js';

const url = 'https://api.haloconnect.io/integrator/sites/g/fhir/R4/Patient?access_token=t0k3n&name=x';

describe('NetworkError', () => {
  it('is a retryable request-scoped failure with no status, keeping the cause and its code', () => {
    const cause = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const error = new NetworkError({ method: 'GET', url, attempt: 2, cause });
    expect(error).toMatchObject({
      name: 'NetworkError',
      status: undefined,
      category: ErrorCategory.Network,
      retryable: true,
      scope: ErrorScope.Request,
      source: ErrorSource.Network,
      code: 'ECONNRESET',
      attempt: 2,
      url: 'https://api.haloconnect.io/integrator/sites/g/fhir/R4/Patient?access_token=[REDACTED]&name=x',
    });
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('socket hang up');
    expect([
      isNetworkError(error),
      isFhirRequestError(error),
      isFhirClientError(error),
      isTimeoutError(error),
    ]).toEqual([true, true, true, false]);
  });

  it('redacts the given secrets from the cause message', () => {
    const error = new NetworkError({
      method: 'GET',
      url: 'https://h/',
      attempt: 1,
      cause: new Error('bad key abc123'),
      secrets: ['abc123'],
    });
    expect(error.message).not.toContain('abc123');
  });
});

describe('TimeoutError', () => {
  it('is a retryable failure that says how long it waited', () => {
    const error = new TimeoutError({ method: 'POST', url, attempt: 1, timeoutMs: 30_000 });
    expect(error).toMatchObject({
      category: ErrorCategory.Timeout,
      retryable: true,
      timeoutMs: 30_000,
      status: undefined,
    });
    expect(error.message).toContain('no response within 30000 ms');
    expect(error.url).not.toContain('t0k3n');
    expect([isTimeoutError(error), isNetworkError(error)]).toEqual([true, false]);
  });
});

describe('type guards', () => {
  it('recognise errors from another copy of the library by brand or name', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'RateLimitError',
      [Symbol.for('@halo-fhir/fhir-client.FhirRequestError')]: true,
    });
    expect([isFhirRequestError(foreign), isRateLimitError(foreign), isSiteUnavailableError(foreign)]).toEqual(
      [true, true, false],
    );
    const named = Object.assign(new Error('x'), { name: 'FhirRequestError' });
    expect(isFhirRequestError(named)).toBe(true);
  });

  it('reject plain errors, other library errors and non-objects', () => {
    for (const value of [new Error('x'), new FhirClientError('x'), null, undefined, 'FhirRequestError', 42]) {
      expect(isFhirRequestError(value)).toBe(false);
      expect(isRateLimitError(value)).toBe(false);
      expect(isAccessDeniedError(value)).toBe(false);
      expect(isHaloLinkError(value)).toBe(false);
      expect(isPractitionerUnavailableError(value)).toBe(false);
    }
  });

  it('let a caller build a FhirRequestError with its own message', () => {
    const error = new RateLimitError({
      status: 429,
      category: ErrorCategory.RateLimited,
      retryable: true,
      retryAfterMs: 1000,
      scope: ErrorScope.Integrator,
      action: 'Slow down.',
      source: ErrorSource.Http,
      method: 'GET',
      url: 'u',
      attempt: 1,
      message: 'custom',
    });
    expect(error).toBeInstanceOf(FhirRequestError);
    expect(error.message).toBe('custom');
    expect(error.retryAfterMs).toBe(1000);
  });
});
