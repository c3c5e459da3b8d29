import { allErrorFixtures } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { isFhirRequestError } from './fhir-request-error.js';
import { parseErrorResponse } from './parse-error-response.js';

const request = {
  method: 'GET',
  url: 'https://api.stage.haloconnect.io/integrator/sites/g/fhir/R4/Appointment',
  attempt: 1,
};

// The testkit's fixtures are every documented Halo and FHIR error in every shape it arrives in, each
// with the classification HALO-API.md calls for; this table test runs each through the parser.
describe('every documented error, in every shape, is classified as HALO-API.md says', () => {
  it('has fixtures with unique names', () => {
    const names = allErrorFixtures.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(allErrorFixtures.map((c) => [c.name, c] as const))(
    '%s',
    (_name, { fixture, expect: expected, now }) => {
      const error = parseErrorResponse(
        { status: fixture.status, headers: fixture.headers, bodyText: fixture.body },
        { ...request, ...(now === undefined ? {} : { now }) },
      );
      expect(isFhirRequestError(error)).toBe(true);
      expect(error.status).toBe(fixture.status);
      expect(error.category).toBe(expected.category);
      expect(error.scope).toBe(expected.scope);
      expect(error.retryable).toBe(expected.retryable);
      expect(error.action).toMatch(expected.action);
      expect(error.message).toContain(error.action);
      if (expected.source !== undefined) expect(error.source).toBe(expected.source);
      if (expected.code !== undefined) expect(error.code).toBe(expected.code);
      expect(error.practitioner).toBe(expected.practitioner);
      expect(error.retryAfterMs).toBe(expected.retryAfterMs);
    },
  );
});
