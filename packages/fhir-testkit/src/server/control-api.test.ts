import { describe, expect, it } from 'vitest';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('control API (for tests in other languages)', () => {
  it('schedules a site outage by POST /__mock/faults and clears it by DELETE', async () => {
    await using server = await startTestServer({ controlApi: true });
    const scheduled = await post(`${server.url}/__mock/faults`, {
      kind: 'siteOffline',
      siteGuid: server.siteGuids[0],
      forMs: 60_000,
    });
    expect(scheduled.status).toBe(201);
    expect((await fetchWithKey(server, `${server.baseUrl()}/metadata`)).status).toBe(503);
    expect((await fetch(`${server.url}/__mock/faults`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetchWithKey(server, `${server.baseUrl()}/metadata`)).status).toBe(200);
  });

  it('takes fixtures as JSON and match objects for failWhen', async () => {
    await using server = await startTestServer({ controlApi: true });
    await post(`${server.url}/__mock/faults`, {
      kind: 'failWhen',
      match: { resourceType: 'Appointment' },
      count: 1,
      fixture: { status: 418, headers: { 'x-from': 'control' }, body: 'teapot' },
    });
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`)).status).toBe(200);
    const failed = await fetchWithKey(server, `${server.baseUrl()}/Appointment?_count=1`);
    expect([failed.status, failed.headers.get('x-from'), await failed.text()]).toEqual([
      418,
      'control',
      'teapot',
    ]);
  });

  it('returns the request log, key redacted, by GET /__mock/requests', async () => {
    await using server = await startTestServer({ controlApi: true, subscriptionKey: 'very-secret' });
    await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=2`);
    const response = await fetch(`${server.url}/__mock/requests`);
    const text = await response.text();
    expect(text).not.toContain('very-secret');
    expect(JSON.parse(text)).toMatchObject([{ method: 'GET', params: '_count=2', status: 200 }]);
  });

  it('refuses a bad fault description with 400 and a message saying what to send', async () => {
    await using server = await startTestServer({ controlApi: true });
    const unknown = await post(`${server.url}/__mock/faults`, { kind: 'meteorStrike' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toContain('use failNext');
    const missing = await post(`${server.url}/__mock/faults`, { kind: 'siteOffline' });
    expect(((await missing.json()) as { error: string }).error).toBe('"siteGuid" is required');
    const badFixture = await post(`${server.url}/__mock/faults`, {
      kind: 'failNext',
      count: 1,
      fixture: { status: 'x' },
    });
    expect(badFixture.status).toBe(400);
    const notJson = await fetch(`${server.url}/__mock/faults`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    expect(server.faults.active).toBe(0);
  });

  it('is off unless asked for: /__mock is then an unknown path', async () => {
    await using server = await startTestServer();
    expect((await fetchWithKey(server, `${server.url}/__mock/requests`)).status).toBe(404);
  });
});
