import { describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { syntheticBase, syntheticFetch, appointmentPage } from './test-support/synthetic-pages.js';

describe('the memory bound options', () => {
  it.each([
    [{ resolveCacheSize: -1 }, /paging\.resolveCacheSize.*-1 is not a whole number of at least 0/],
    [{ resolveCacheSize: 1.5 }, /paging\.resolveCacheSize.*1\.5/],
    [{ dedupeWindowPages: 0 }, /paging\.dedupeWindowPages.*0 is not a whole number of at least 1/],
  ])('refuses paging %o when the client is created', (paging, message) => {
    expect(() => createFhirClient({ baseUrl: syntheticBase, paging })).toThrow(
      expect.objectContaining({ name: 'InvalidClientOptionsError', message: expect.stringMatching(message) }),
    );
  });

  it.each([
    [{ resolveCacheSize: -5 }, /resolveCacheSize.*-5 is not a whole number of at least 0/],
    [{ dedupeWindowPages: 0.5 }, /dedupeWindowPages.*0\.5 is not a whole number of at least 1/],
  ])('refuses %o per call, before anything is sent', (options, message) => {
    let requests = 0;
    const fetch = syntheticFetch(2, appointmentPage(1));
    const client = createFhirClient({
      baseUrl: syntheticBase,
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });

    expect(() => client.pages('Appointment', options)).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentError', message: expect.stringMatching(message) }),
    );
    expect(requests).toBe(0);
  });
});
