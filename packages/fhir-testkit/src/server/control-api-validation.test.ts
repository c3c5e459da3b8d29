import { describe, expect, it } from 'vitest';
import { MAX_CONTROL_DELAY_MS } from './control-fields.js';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

const post = (url: string, body: unknown) =>
  fetch(`${url}/__mock/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const teapot = { status: 418, headers: {}, body: 'teapot' };

describe('the control API validates what it is given', () => {
  it.each([
    [{ kind: 'failNext', count: 1, fixture: { ...teapot, status: 99 } }, 'got status 99'],
    [{ kind: 'failNext', count: 1, fixture: { ...teapot, status: 600 } }, 'got status 600'],
    [{ kind: 'failNext', count: 1, fixture: { ...teapot, status: 200.5 } }, 'got status 200.5'],
    [
      { kind: 'failNext', count: 1, fixture: { ...teapot, headers: { 'x-a': 1 } } },
      'header value must be a string',
    ],
    [
      { kind: 'failNext', count: 0, fixture: teapot },
      '"count" must be a whole number from 1 to 1000000, got 0',
    ],
    [
      { kind: 'latency', ms: 1e12 },
      `"ms" must be a number from 0 to ${MAX_CONTROL_DELAY_MS}, got 1000000000000`,
    ],
    [{ kind: 'latency', ms: -5 }, '"ms" must be a number from 0'],
    [{ kind: 'latency', ms: '500' }, '"ms" must be a number from 0'],
    [{ kind: 'latency' }, '"ms" is required'],
    [{ kind: 'gatewayTimeout', afterMs: 1e12 }, '"afterMs" must be a number from 0'],
    [{ kind: 'siteOffline', siteGuid: 'x', forMs: 1e15 }, '"forMs" must be a number from 1'],
    [{ kind: 'rateLimit', retryAfterSeconds: 1.5 }, '"retryAfterSeconds" must be a whole number'],
    [{ kind: 'rateLimit', retryAfterDate: 'tomorrow-ish' }, '"retryAfterDate" must be a date'],
    [{ kind: 'randomFaults', rate: 2, seed: 1, fixtures: [teapot] }, '"rate" must be a number from 0 to 1'],
    [{ kind: 'latency', ms: 10, match: { resourceType: 5 } }, '"match.resourceType" must be a string'],
    [{ kind: 'latency', ms: 10, match: { colour: 'red' } }, '"match.colour" is not a match field'],
    [{ kind: 'latency', ms: 10, count: 1e9 }, '"count" must be a whole number from 1 to 1000000'],
    [[{ kind: 'latency', ms: 10 }], 'The body must be a JSON object'],
    ['{"__proto__": {"kind": "latency", "ms": 10}}', '"kind" is required'],
  ])('refuses %j with 400 saying what was wrong', async (body, message) => {
    await using server = await startTestServer({ controlApi: true });

    const response = await post(server.url, body);

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain(message);
    expect(server.faults.active).toBe(0);
  });

  it('accepts the bounds themselves, and the fault then applies', async () => {
    await using server = await startTestServer({ controlApi: true });

    const statuses = [
      (await post(server.url, { kind: 'failNext', count: 1, fixture: { ...teapot, status: 599 } })).status,
      (await post(server.url, { kind: 'latency', ms: 0, match: { resourceType: 'Patient' } })).status,
    ];

    expect(statuses).toEqual([201, 201]);
    expect((await fetchWithKey(server, `${server.baseUrl()}/metadata`)).status).toBe(599);
  });
});
