import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnknownResourceTypeError } from '../search/unknown-resource-type-error.js';
import { createFhirClient } from './create-fhir-client.js';

const guid = 'a1b2c3d4-0000-4000-8000-000000000151';
let server: MockFhirServer;
beforeAll(async () => {
  server = await createMockFhirServer({ sites: [{ guid, seed: 151, size: 40 }] });
});
afterAll(() => server.close());

const client = () =>
  createFhirClient({ halo: { siteId: guid, origin: server.url }, subscriptionKey: server.subscriptionKey });
/** Text known only at run time, as a file, a form or a command line gives it. */
const fromOutside = (text: string): string => [text][0] ?? '';

describe('client searches given a plain string', () => {
  it('run the search it names, through search, pages, resources and collect', async () => {
    const text = fromOutside('Patient?_count=2');
    const fhir = client();
    expect((await fhir.search(text)).resourceType).toBe('Bundle');
    for await (const page of fhir.pages(text, { maxPages: 1 }))
      expect(page.matches.length).toBeLessThanOrEqual(2);
    let seen = 0;
    for await (const resource of fhir.resources(text, { maxPages: 1 })) {
      expect(resource.resourceType).toBe('Patient');
      seen++;
    }
    expect(seen).toBeGreaterThan(0);
    await expect(fhir.collect(fromOutside('Patient?_count=50'), { max: 10_000 })).resolves.toHaveProperty(
      'matches',
    );
  });

  it('refuse a misspelt resource type at run time, naming the R4 type meant, with nothing sent', async () => {
    const before = server.requests.length;
    const fhir = client();
    const error = await fhir
      .search(fromOutside('Apointment?date=2026-11-26'))
      .catch((caught: unknown) => caught);
    expect(isUnknownResourceTypeError(error)).toBe(true);
    expect(error).toMatchObject({ resourceType: 'Apointment', suggestion: 'Appointment' });
    await expect(fhir.collect(fromOutside('patient?name=smith'))).rejects.toThrow(
      'resource types are case-sensitive: did you mean "Patient"?',
    );
    expect(server.requests.length).toBe(before);
  });

  it('search the base they name when it is the client’s, and refuse another server’s URL with nothing sent', async () => {
    const fhir = client();
    const under = fromOutside(`${fhir.baseUrl.replace(/\/?$/, '/')}Patient?_count=1`);
    expect((await fhir.search(under)).resourceType).toBe('Bundle');
    const before = server.requests.length;
    const elsewhere = fromOutside('https://other.example/fhir/R4/Patient?_count=1');
    for (const attempt of [
      () => fhir.search(elsewhere),
      () => fhir.collect(elsewhere),
      async () => {
        for await (const _ of fhir.resources(elsewhere)) break;
      },
    ]) {
      await expect(attempt()).rejects.toMatchObject({ name: 'InvalidArgumentError', argument: 'query' });
    }
    expect(server.requests.length).toBe(before);
  });
});
