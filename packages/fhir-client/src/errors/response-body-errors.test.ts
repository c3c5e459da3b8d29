import { describe, expect, it } from 'vitest';
import { isFhirClientError } from './fhir-client-error.js';
import { isFhirRequestError } from './fhir-request-error.js';
import { InvalidResponseError, isInvalidResponseError } from './invalid-response-error.js';
import { isResponseTooLargeError, ResponseTooLargeError } from './response-too-large-error.js';
import { ErrorCategory, ErrorScope, ErrorSource } from './vocabulary.js';

const KEY = 'k3y-5ecret';
const url = `https://h/fhir/Patient?subscription-key=${KEY}&name=x`;

describe('InvalidResponseError', () => {
  it('carries the redacted URL, the problem and a short redacted excerpt of the body', () => {
    const error = new InvalidResponseError({
      status: 200,
      method: 'GET',
      url,
      attempt: 1,
      problem: `Bundle.entry is text, not a list (${KEY})`,
      retryable: false,
      bodyText: `{"resourceType":"Bundle","entry":"${KEY}${'x'.repeat(500)}"}`,
      secrets: [KEY],
    });

    expect(error).toMatchObject({
      name: 'InvalidResponseError',
      category: ErrorCategory.InvalidResponse,
      retryable: false,
      scope: ErrorScope.Request,
      source: ErrorSource.Fhir,
      status: 200,
      url: 'https://h/fhir/Patient?subscription-key=[REDACTED]&name=x',
      detail: 'Bundle.entry is text, not a list ([REDACTED])',
    });
    expect(error.excerpt).toMatch(/^\{"resourceType":"Bundle","entry":"\[REDACTED\]x+…$/);
    expect(error.excerpt.length).toBeLessThanOrEqual(200);
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(error.action).toMatch(/Report it to the server's operator/);
  });

  it('says to retry when the body was not JSON at all', () => {
    const error = new InvalidResponseError({
      status: 200,
      method: 'GET',
      url,
      attempt: 2,
      problem: 'the body is not JSON',
      retryable: true,
    });
    expect(error).toMatchObject({ retryable: true, excerpt: '', action: expect.stringMatching(/^Retry/) });
  });

  it('is recognised by its guards, also across copies of the library (by name)', () => {
    const error = new InvalidResponseError({
      status: 200,
      method: 'GET',
      url,
      attempt: 1,
      problem: 'p',
      retryable: false,
    });
    expect([isInvalidResponseError(error), isFhirRequestError(error), isFhirClientError(error)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(isResponseTooLargeError(error)).toBe(false);
    expect(isInvalidResponseError(Object.assign(new Error('x'), { name: 'InvalidResponseError' }))).toBe(
      false,
    );
  });
});

describe('ResponseTooLargeError', () => {
  it('is never retried, names the cap and keeps the status of the response', () => {
    const error = new ResponseTooLargeError({
      status: 200,
      method: 'GET',
      url,
      attempt: 1,
      maxResponseBytes: 1024,
      secrets: [KEY],
    });

    expect(error).toMatchObject({
      name: 'ResponseTooLargeError',
      category: ErrorCategory.ResponseTooLarge,
      retryable: false,
      source: ErrorSource.Client,
      status: 200,
      maxResponseBytes: 1024,
    });
    expect(error.message).toContain('larger than maxResponseBytes (1024 bytes)');
    expect(error.message).not.toContain(KEY);
    expect([
      isResponseTooLargeError(error),
      isFhirRequestError(error),
      isInvalidResponseError(error),
    ]).toEqual([true, true, false]);
  });
});
