import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH } from '../server/url-limit.js';
import { mockFhirWithNock } from './mock-fhir-with-nock.js';

const key = { 'Ocp-Apim-Subscription-Key': 'test-key' };

describe('mockFhirWithNock answers hostile requests as the HTTP server does', () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());

  it('414 one character past the URL limit (measured without the origin), 200 at it', async () => {
    using mock = mockFhirWithNock();
    const prefix = `${mock.baseUrl()}/Patient?name=`;
    const target = (length: number) => `${prefix}${'a'.repeat(length - new URL(prefix).pathname.length - 6)}`;

    const statuses = [
      (await fetch(target(MAX_URL_LENGTH), { headers: key })).status,
      (await fetch(target(MAX_URL_LENGTH + 1), { headers: key })).status,
    ];

    expect(statuses).toEqual([200, 414]);
  });

  it('400 for a prototype-named sort key', async () => {
    using mock = mockFhirWithNock();
    const response = await fetch(`${mock.baseUrl()}/Patient?_sort=__proto__`, { headers: key });
    expect(response.status).toBe(400);
  });
});
