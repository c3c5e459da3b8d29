import fc from 'fast-check';
import type { OperationOutcome } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { createMockFhirFetch } from './create-mock-fhir-fetch.js';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';
import { MAX_URL_LENGTH } from './url-limit.js';

const guid = 'a1b2c3d4-0000-4000-8000-0000000000a7';
const site = { guid, seed: 7, size: 30 };

/** Every name a plain-object lookup would find on Object.prototype, and then some. */
const prototypeNames = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

/** Queries that put a hostile name where a parameter, modifier, chain, include or sort key goes. */
const placements: readonly ((name: string) => string)[] = [
  (name) => `Patient?_sort=${name}`,
  (name) => `Patient?_sort=-${name}`,
  (name) => `Patient?_sort=family,${name}`,
  (name) => `Patient?${name}=x`,
  (name) => `Patient?name:${name}=x`,
  (name) => `Patient?general-practitioner.${name}=x`,
  (name) => `Patient?general-practitioner:${name}.name=x`,
  (name) => `Patient?_include=Patient:${name}`,
  (name) => `Appointment?_revinclude=${name}:patient`,
  (name) => `Patient?_has:Observation:${name}:code=x`,
  (name) => `Patient?_has:Observation:patient:${name}=x`,
];

async function outcomeOf(
  response: Response,
): Promise<{ status: number; code: string | undefined; diagnostics: string | undefined }> {
  const body = (await response.json()) as OperationOutcome;
  expect(body.resourceType).toBe('OperationOutcome');
  return { status: response.status, code: body.issue[0]?.code, diagnostics: body.issue[0]?.diagnostics };
}

describe('hostile parameter names get 400, never 500', () => {
  it('answers 400 OperationOutcome for any prototype or unknown name in any position (in-process, property)', async () => {
    const mock = createMockFhirFetch({ sites: [site] });
    const get = (query: string) =>
      mock.fetch(`${mock.baseUrl()}/${query}`, {
        headers: { 'ocp-apim-subscription-key': mock.subscriptionKey },
      });
    const hostileName = fc.oneof(
      fc.constantFrom(...prototypeNames),
      // No R4 search parameter, resource type or modifier starts with `zz`.
      fc.stringMatching(/^[a-z][a-z-]{0,11}$/).map((name) => `zz${name}`),
    );
    await fc.assert(
      fc.asyncProperty(hostileName, fc.constantFrom(...placements), async (name, place) => {
        const outcome = await outcomeOf(await get(place(encodeURIComponent(name))));
        expect(outcome, place(name)).toMatchObject({ status: 400, code: 'invalid' });
      }),
      { numRuns: 300 },
    );
    // Every prototype name in every place, not only those the sampler picked.
    for (const name of prototypeNames) {
      for (const place of placements) {
        expect((await get(place(name))).status, place(name)).toBe(400);
      }
    }
  });

  it('answers GET Patient?_sort=__proto__ with 400 naming the sort key over real HTTP', async () => {
    await using server = await startTestServer({ sites: [site] });

    const outcome = await outcomeOf(
      await fetchWithKey(server, `${server.baseUrl()}/Patient?_sort=__proto__`),
    );

    expect(outcome).toMatchObject({ status: 400, code: 'invalid' });
    expect(outcome.diagnostics).toContain('"__proto__" is not a sortable search parameter of Patient');
  });

  it('still sorts and filters by real parameters', async () => {
    await using server = await startTestServer({ sites: [site] });
    const response = await fetchWithKey(server, `${server.baseUrl()}/Patient?_sort=family&gender=female`);
    expect(response.status).toBe(200);
  });
});

describe('over-long URLs get 414, on every transport', () => {
  const longQuery = (length: number, base: string) => {
    const prefix = `${base}/Patient?name=`;
    const path = new URL(prefix).pathname.length + '?name='.length;
    return `${prefix}${'a'.repeat(length - path)}`;
  };

  it('answers a 100 KB URL with 414 over real HTTP instead of resetting the connection', async () => {
    await using server = await startTestServer({ sites: [site] });

    const response = await fetchWithKey(server, longQuery(100_000, server.baseUrl()));

    expect(await outcomeOf(response)).toMatchObject({ status: 414, code: 'too-costly' });
  });

  it('serves a URL of exactly the limit and refuses one character more, over HTTP and in-process alike', async () => {
    await using server = await startTestServer({ sites: [site] });
    const mock = createMockFhirFetch({ sites: [site] });
    const viaHttp = (length: number) => fetchWithKey(server, longQuery(length, server.baseUrl()));
    const inProcess = (length: number) =>
      mock.fetch(longQuery(length, mock.baseUrl()), {
        headers: { 'ocp-apim-subscription-key': mock.subscriptionKey },
      });

    const statuses = [
      (await viaHttp(MAX_URL_LENGTH)).status,
      (await viaHttp(MAX_URL_LENGTH + 1)).status,
      (await inProcess(MAX_URL_LENGTH)).status,
      (await inProcess(MAX_URL_LENGTH + 1)).status,
    ];

    expect(statuses).toEqual([200, 414, 200, 414]);
  });
});
