import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { search } from '../search/search.js';
import { createFhirClient } from './create-fhir-client.js';
import { isPersonalDataParameter, shouldPostSearch } from './personal-data.js';

describe('isPersonalDataParameter', () => {
  it.each([
    ['family', true],
    ['name:exact', true],
    ['birthdate', true],
    ['identifier', true],
    ['address-postalcode', true],
    ['subject:Patient.birthdate', true],
    ['patient.name', true],
    ['_has:Observation:patient:identifier', true],
    ['status', false],
    ['date', false],
    ['patient', false],
    ['_count', false],
    ['_has:Observation:patient:code', false],
  ])('%s → %s', (name, expected) => {
    expect(isPersonalDataParameter(name)).toBe(expected);
  });

  it('decides GET or POST by postSearchWhen', () => {
    const withName = new URLSearchParams('family=smith');
    const withoutName = new URLSearchParams('status=booked');
    expect(shouldPostSearch('personal-data', withName)).toBe(true);
    expect(shouldPostSearch('personal-data', withoutName)).toBe(false);
    expect(shouldPostSearch('always', withoutName)).toBe(true);
    expect(shouldPostSearch('never', withName)).toBe(false);
  });
});

let server: MockFhirServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('paging a search that holds personal data', () => {
  it('keeps the personal data out of every URL: the first page and every next page go by POST _search', async () => {
    const guid = 'a1b2c3d4-0000-4000-8000-000000000009';
    server = await createMockFhirServer({ sites: [{ guid, seed: 4, size: 200 }] });
    const urls: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    const client = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey: server.subscriptionKey,
      fetch: recordingFetch,
    });
    const query = search('Patient')
      .string('address-state', 'NSW')
      .count(3)
      .include('Patient', 'general-practitioner');

    const pages = [];
    for await (const page of client.pages(query)) pages.push(page);

    expect(pages.length).toBeGreaterThan(1);
    expect(server.requests.every((request) => request.method === 'POST')).toBe(true);
    expect(urls.every((url) => url.endsWith('/Patient/_search'))).toBe(true);
    expect(server.requests.every((request) => request.params.get('address-state') === 'NSW')).toBe(true);
    expect(pages.slice(1).every((page) => page.method === 'POST' && page.repairedLink !== undefined)).toBe(
      true,
    );
  });
});
