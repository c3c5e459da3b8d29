import { haloErrors } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { FhirClientError } from './fhir-client-error.js';
import { parseErrorResponse } from './parse-error-response.js';
import { ErrorCategory } from './vocabulary.js';

const url = 'https://api.haloconnect.io/integrator/sites/g/fhir/R4/Patient?name=smith';

function json(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

describe('JSON.stringify of a library error (what a logger writes)', () => {
  it('shows the name, the message and the fields a person acts on, without the stack', () => {
    const fixture = haloErrors.rateLimited();
    const error = parseErrorResponse(
      { status: fixture.status, headers: fixture.headers, bodyText: fixture.body },
      { method: 'GET', url, attempt: 2, now: 0 },
    );
    const logged = json(error);
    expect(logged).toMatchObject({
      name: 'RateLimitError',
      message: error.message,
      status: 429,
      category: ErrorCategory.RateLimited,
      retryable: true,
      action: error.action,
      method: 'GET',
      url,
      attempt: 2,
    });
    expect(logged.retryAfterMs).toBe(error.retryAfterMs);
    expect(logged).not.toHaveProperty('stack');
  });

  it('writes the cause chain: a library cause with its fields, any other error by name and message', () => {
    const socket = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', secret: 'x' });
    const inner = Object.assign(new FhirClientError('inner failure', { cause: socket }), { step: 3 });
    const outer = new FhirClientError('outer failure', { cause: inner });
    expect(json(outer)).toEqual({
      name: 'FhirClientError',
      message: 'outer failure',
      cause: {
        name: 'FhirClientError',
        message: 'inner failure',
        step: 3,
        cause: { name: 'Error', message: 'socket hang up' },
      },
    });
    expect(json(new FhirClientError('thrown text', { cause: 'just a string' })).cause).toBe('just a string');
  });

  it('stops at 8 causes, so a cyclic cause chain still serialises', () => {
    const a = new FhirClientError('a');
    const b = new FhirClientError('b', { cause: a });
    Object.defineProperty(a, 'cause', { value: b });
    let depth = 0;
    for (let level: unknown = json(a); level !== undefined; level = (level as { cause?: unknown }).cause)
      depth++;
    expect(depth).toBe(9);
  });
});
