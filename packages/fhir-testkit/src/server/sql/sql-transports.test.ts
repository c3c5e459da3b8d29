import { describe, expect, it } from 'vitest';
import { mockFhirWithNock } from '../../nock/mock-fhir-with-nock.js';
import { createManualClock } from '../clock.js';
import { createMockFhirFetch } from '../create-mock-fhir-fetch.js';
import { decodeData } from './test-support/sql-http.js';

const body = JSON.stringify({ command: { text: 'SELECT * FROM BPS_Doctors' } });

describe('the SQL routes on every transport', () => {
  it('are served by the in-process fetch with the same lifecycle', async () => {
    const clock = createManualClock('2026-11-26T09:00:00Z');
    const mock = createMockFhirFetch({ clock });
    const headers = { 'ocp-apim-subscription-key': mock.subscriptionKey };
    const created = await mock.fetch(`${mock.siteUrl()}/queries/async`, { method: 'POST', headers, body });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    clock.advance(7000);
    const page = await mock.fetch(`${mock.siteUrl()}/queries/${id}/results/1`, { headers });
    expect(page.status).toBe(200);
    expect(page.headers.get('rows-count')).toBe(String(mock.store().list('Practitioner').length));
    expect(mock.sql.billedQueries()).toBe(1);
  });

  it('are served by the nock adapter', async () => {
    using mock = mockFhirWithNock({ origin: 'https://sql.example.test' });
    const response = await fetch(`${mock.siteUrl()}/queries/immediate`, {
      method: 'POST',
      headers: { 'ocp-apim-subscription-key': mock.subscriptionKey, 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
    const record = (await response.json()) as { result: { data: string } };
    expect((decodeData(record.result.data) as unknown[]).length).toBe(
      mock.store().list('Practitioner').length,
    );
    expect(mock.requests.map((r) => [r.interaction, r.billed])).toEqual([['sql-immediate', true]]);
  });
});
