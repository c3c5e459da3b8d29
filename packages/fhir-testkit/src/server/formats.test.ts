import type { OperationOutcome } from 'fhir/r4.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonMediaType, negotiateFormat } from './formats.js';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

/** Content negotiation over real HTTP: JSON in its FHIR and plain labels, 406 for anything else. */
describe('formats the mock writes', () => {
  it('answers JSON for */*, application/json, application/fhir+json (with an R4 fhirVersion) and no Accept', async () => {
    await using server = await startTestServer();
    const cases: [string | undefined, string][] = [
      [undefined, 'application/fhir+json'],
      ['*/*', 'application/fhir+json'],
      ['application/*', 'application/fhir+json'],
      ['application/fhir+json', 'application/fhir+json'],
      ['application/fhir+json; fhirVersion=4.0', 'application/fhir+json'],
      ['application/json', 'application/json'],
      ['text/html, application/xhtml+xml, */*;q=0.8', 'application/fhir+json'],
      ['application/fhir+xml;q=0.9, application/fhir+json', 'application/fhir+json'],
    ];
    for (const [accept, contentType] of cases) {
      for (const path of ['Patient?_count=1', 'metadata', 'Patient/pat-1']) {
        const response = await fetchWithKey(server, `${server.baseUrl()}/${path}`, {
          headers: accept === undefined ? {} : { accept },
        });
        expect(response.status, `${accept} ${path}`).not.toBe(406);
        expect(response.headers.get('content-type'), `${accept} ${path}`).toBe(
          `${contentType}; charset=utf-8`,
        );
        await response.json();
      }
    }
  });

  it('answers 406 with an OperationOutcome for a format it cannot write', async () => {
    await using server = await startTestServer();
    for (const accept of [
      'application/fhir+xml',
      'application/xml',
      'text/html',
      'text/turtle',
      'application/fhir+json; fhirVersion=3.0',
      'application/fhir+json;q=0, application/fhir+xml',
    ]) {
      const response = await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=1`, {
        headers: { accept },
      });
      expect(response.status, accept).toBe(406);
      const outcome = (await response.json()) as OperationOutcome;
      expect(outcome.resourceType).toBe('OperationOutcome');
      expect(outcome.issue[0]?.code).toBe('not-supported');
      expect(outcome.issue[0]?.diagnostics).toContain(`Accept asked for ${accept}`);
    }
  });

  it('lets _format override Accept, for searches (GET and POST) and reads', async () => {
    await using server = await startTestServer();
    const xml = await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1?_format=xml`, {
      headers: { accept: 'application/fhir+json' },
    });
    expect(xml.status).toBe(406);
    expect(((await xml.json()) as OperationOutcome).issue[0]?.diagnostics).toContain('_format asked for xml');
    const json = await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=1&_format=json`, {
      headers: { accept: 'application/fhir+xml' },
    });
    expect(json.status).toBe(200);
    const posted = await fetchWithKey(server, `${server.baseUrl()}/Patient/_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '_format=html&_count=1',
    });
    expect(posted.status).toBe(406);
    expect(server.requests.map((r) => r.status)).toEqual([406, 200, 406]);
  });

  it('keeps the Halo profile answering application/json clients as Halo documents (200, JSON)', async () => {
    await using server = await startTestServer({ profile: 'halo' });
    const response = await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=1`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});

describe('negotiateFormat', () => {
  it('never refuses an Accept list that holds a JSON range with q > 0, whatever comes around it', () => {
    const other = fc.constantFrom('application/fhir+xml', 'text/html', 'image/png', 'text/turtle');
    const json = fc.constantFrom('application/fhir+json', 'application/json', '*/*', 'application/*');
    const q = fc.integer({ min: 1, max: 1000 }).map((n) => `;q=${n / 1000}`);
    fc.assert(
      fc.property(fc.array(other), json, fc.option(q), fc.array(other), (before, range, weight, after) => {
        const accept = [...before, `${range}${weight ?? ''}`, ...after].join(', ');
        const negotiated = negotiateFormat(accept, []);
        expect('mediaType' in negotiated, accept).toBe(true);
      }),
    );
  });

  it('refuses an Accept list of only other formats', () => {
    const other = fc.constantFrom(
      'application/fhir+xml',
      'text/html',
      'image/png',
      'application/fhir+json;q=0',
    );
    fc.assert(
      fc.property(fc.array(other, { minLength: 1 }), (ranges) => {
        expect('refusal' in negotiateFormat(ranges.join(','), [])).toBe(true);
      }),
    );
    expect(negotiateFormat('application/json', [])).toEqual({ mediaType: JsonMediaType.Plain });
  });
});
