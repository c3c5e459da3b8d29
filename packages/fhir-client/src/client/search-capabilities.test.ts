import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSearchBuildError, search } from '../index.js';
import { createFhirClient } from './create-fhir-client.js';

// The site's CapabilityStatement as a rule source: the testkit's mock declares exactly the R4 parameters
// its search engine evaluates, so the full-text search `_content` and the special `near` (Location) are
// undeclared there, and it lists only the resource types it holds.
const guid = 'a1b2c3d4-0000-4000-8000-000000000012';
let server: MockFhirServer;
beforeAll(async () => {
  server = await createMockFhirServer({ sites: [{ guid, seed: 12, size: 60 }] });
});
afterAll(() => server.close());

const searchesSent = (since: number) =>
  server.requests.slice(since).filter((request) => !request.path.endsWith('/metadata')).length;
const metadataReads = (since: number) =>
  server.requests.slice(since).filter((request) => request.path.endsWith('/metadata')).length;

function client(checkSearchCapabilities: boolean) {
  return createFhirClient({
    halo: { siteId: guid, origin: server.url },
    subscriptionKey: server.subscriptionKey,
    checkSearchCapabilities,
  });
}

async function refusal(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    expect(isSearchBuildError(error), String(error)).toBe(true);
    return error as Error;
  }
  throw new Error('the search was not refused');
}

describe('checkSearchCapabilities', () => {
  it('refuses, with no query sent, what the site does not declare, through search, pages, resources and collect', async () => {
    const before = server.requests.length;
    const checked = client(true);

    const narrative = await refusal(() => checked.search('Observation?_content=asthma'));
    expect(narrative.message).toContain(
      `Search parameter "_content": the site's CapabilityStatement does not declare Observation search parameter "_content"`,
    );
    const near = await refusal(async () => {
      for await (const page of checked.pages(search('Location').param('near', '-83.69|42.25|10|km'))) {
        expect(page).toBeUndefined();
      }
    });
    expect(near.message).toContain('does not declare Location search parameter "near"');
    const type = await refusal(() => checked.collect('Medication?code=http://snomed.info/sct|27658006'));
    expect(type.message).toContain('does not list this resource type');
    const reverse = await refusal(async () => {
      for await (const patient of checked.resources('Patient?_has:MedicationRequest:subject:code=x')) {
        expect(patient).toBeUndefined();
      }
    });
    expect(reverse.message).toContain('does not declare MedicationRequest search parameter "subject"');

    expect(searchesSent(before)).toBe(0);
    // One `metadata` read for all four refusals: the cached statement is the rule source.
    expect(metadataReads(before)).toBe(1);
  });

  it('sends what the site declares, reading metadata once across calls and extended clients', async () => {
    const before = server.requests.length;
    const checked = client(true);
    const bundle = await checked.search('Patient?gender=female&_count=5');
    expect(bundle.resourceType).toBe('Bundle');
    const collected = await checked
      .extend({ headers: { 'X-Extra': '1' } })
      .collect(search('Appointment').include('Appointment', 'patient').count(50));
    expect(collected.matches.length).toBeGreaterThan(0);
    expect(metadataReads(before)).toBe(1);
    expect(searchesSent(before)).toBeGreaterThanOrEqual(2);
  });

  it('is opt-in: without it an undeclared parameter is sent (and charged)', async () => {
    const before = server.requests.length;
    await client(false)
      .search('Observation?code-value-quantity=http://loinc.org|8480-6$lt60')
      .catch(() => undefined);
    expect(metadataReads(before)).toBe(0);
    expect(searchesSent(before)).toBe(1);
  });
});
