import { describe, expect, it } from 'vitest';
import type { ErrorFixture } from '../../fixtures/error-fixture.js';
import { createManualClock } from '../clock.js';
import { fetchWithKey, startTestServer } from '../test-support/test-server.js';

const teapot: ErrorFixture = { status: 418, headers: { 'content-type': 'text/plain' }, body: 'teapot' };
const start = '2026-11-26T09:00:00+11:00';

describe('fault schedule', () => {
  it('failNext(n) fails exactly the next n requests with the fixture, then serves normally', async () => {
    await using server = await startTestServer();
    const handle = server.faults.failNext(2, teapot);
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`)).status);
    expect(statuses).toEqual([418, 418, 200]);
    expect(handle.hits).toBe(2);
    expect(handle.active).toBe(false);
    expect(server.requests.map((r) => r.faults)).toEqual([['fixture'], ['fixture'], []]);
  });

  it('serves the fixture status, headers and body exactly', async () => {
    await using server = await startTestServer();
    server.faults.failNext(1, { status: 500, headers: { 'x-fixture': 'yes' }, body: '{"cut' });
    const response = await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`);
    expect([response.status, response.headers.get('x-fixture'), await response.text()]).toEqual([
      500,
      'yes',
      '{"cut',
    ]);
  });

  it('failWhen fails only matching requests, for a count', async () => {
    await using server = await startTestServer();
    server.faults.failWhen((request) => request.resourceType === 'Appointment', teapot, { count: 1 });
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=1`)).status).toBe(200);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Appointment?_count=1`)).status).toBe(418);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Appointment?_count=1`)).status).toBe(200);
  });

  it('failWhen until a time of the injected clock, matching on query text', async () => {
    const clock = createManualClock(start);
    await using server = await startTestServer({ clock });
    server.faults.failWhen((request) => request.queryText.includes('status=booked'), teapot, {
      until: clock.now() + 60_000,
    });
    const booked = () => fetchWithKey(server, `${server.baseUrl()}/Appointment?status=booked`);
    expect((await booked()).status).toBe(418);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Appointment?status=cancelled`)).status).toBe(200);
    clock.advance(60_000);
    expect((await booked()).status).toBe(200);
  });

  it('siteOffline answers 503 at that site only, for a ten-minute outage run in no real time', async () => {
    const clock = createManualClock(start);
    const other = 'bbbb2222-0000-0000-0000-000000000000';
    await using server = await startTestServer({
      clock,
      sites: [{ guid: 'aaaa1111-0000-0000-0000-000000000000' }, { guid: other, size: 60 }],
    });
    server.faults.siteOffline(server.siteGuids[0]!, { forMs: 10 * 60_000 });
    const down = await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=1`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ error: { status: 503 } });
    expect((await fetchWithKey(server, `${server.baseUrl(other)}/Patient?_count=1`)).status).toBe(200);
    clock.advance(9 * 60_000);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=1`)).status).toBe(503);
    clock.advance(60_000);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=1`)).status).toBe(200);
  });

  it("practitionerAway answers Halo's mssql error naming the GP and today's date, for that GP only", async () => {
    const clock = createManualClock(start);
    await using server = await startTestServer({ clock });
    server.faults.practitionerAway(server.siteGuids[0]!, 'prac-1', { until: clock.now() + 3_600_000 });
    const away = await fetchWithKey(
      server,
      `${server.baseUrl()}/Appointment?practitioner=Practitioner/prac-1`,
    );
    expect(away.status).toBe(400);
    const body = (await away.json()) as { errorDetails: { errorType: string; errorMessage: string } };
    expect(body.errorDetails.errorType).toBe('mssql');
    expect(body.errorDetails.errorMessage).toContain('prac-1');
    expect(body.errorDetails.errorMessage).toContain('2026-11-26');
    expect((await fetchWithKey(server, `${server.baseUrl()}/Appointment?practitioner=prac-2`)).status).toBe(
      200,
    );
    expect((await fetchWithKey(server, `${server.baseUrl()}/Practitioner/prac-1`)).status).toBe(200);
    clock.advance(3_600_000);
    expect(
      (await fetchWithKey(server, `${server.baseUrl()}/Appointment?actor=Practitioner/prac-1`)).status,
    ).toBe(200);
  });

  it('rateLimit answers 429 with Retry-After in seconds', async () => {
    await using server = await startTestServer();
    server.faults.rateLimit({ count: 1, retryAfterSeconds: 7 });
    const limited = await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`)).status).toBe(200);
  });

  it('rateLimit answers 429 with Retry-After as an HTTP date', async () => {
    await using server = await startTestServer();
    const retryAt = new Date('2026-11-26T00:05:00Z');
    server.faults.rateLimit({ retryAfterDate: retryAt });
    const limited = await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`);
    expect(limited.headers.get('retry-after')).toBe('Thu, 26 Nov 2026 00:05:00 GMT');
    expect(() => server.faults.rateLimit({ retryAfterSeconds: 1, retryAfterDate: retryAt })).toThrow(
      /not both/,
    );
  });

  it('gatewayTimeout holds the request for afterMs of the clock, then answers 504', async () => {
    const clock = createManualClock(start);
    await using server = await startTestServer({ clock });
    server.faults.gatewayTimeout({ afterMs: 30_000 });
    let settled = false;
    const pending = fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`).then((r) => {
      settled = true;
      return r;
    });
    await clock.whenSleeping();
    clock.advance(29_999);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    clock.advance(1);
    const response = await pending;
    expect(response.status).toBe(504);
    expect(await response.text()).toContain('30 seconds');
  });

  it('latency adds up with a terminal fault: the request waits, then fails', async () => {
    const clock = createManualClock(start);
    await using server = await startTestServer({ clock });
    server.faults.latency(500);
    server.faults.failNext(1, teapot);
    const pending = fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`);
    await clock.whenSleeping();
    clock.advance(500);
    expect((await pending).status).toBe(418);
    expect(server.requests[0]?.faults).toEqual(['latency', 'fixture']);
  });

  it('latency delays matching responses by the clock, then serves them normally', async () => {
    const clock = createManualClock(start);
    await using server = await startTestServer({ clock });
    server.faults.latency(2_000, { count: 1 });
    const pending = fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`);
    await clock.whenSleeping();
    expect(clock.pendingSleeps).toBe(1);
    clock.advance(2_000);
    expect((await pending).status).toBe(200);
    expect(server.requests[0]?.faults).toEqual(['latency']);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`)).status).toBe(200);
    expect(clock.pendingSleeps).toBe(0);
  });

  it('resetConnection sends a 200 status and headers, then breaks the connection mid-body', async () => {
    await using server = await startTestServer();
    server.faults.resetConnection();
    const response = await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=5`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient?_count=5`)).status).toBe(200);
  });

  it('truncateBody serves the normal status with a body cut short', async () => {
    await using server = await startTestServer();
    server.faults.truncateBody({ keepBytes: 40 });
    const response = await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toHaveLength(40);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('html502 answers a gateway HTML page', async () => {
    await using server = await startTestServer();
    server.faults.html502();
    const response = await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toMatch(/<html/i);
  });

  it('randomFaults fail a seeded, repeatable share of requests', async () => {
    const run = async (seed: number) => {
      await using server = await startTestServer();
      server.faults.randomFaults({ rate: 0.3, seed, fixtures: [teapot] });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++)
        statuses.push((await fetchWithKey(server, `${server.baseUrl()}/metadata`)).status);
      return statuses;
    };
    const first = await run(42);
    expect(await run(42)).toEqual(first);
    const failures = first.filter((s) => s === 418).length;
    expect(failures).toBeGreaterThan(3);
    expect(failures).toBeLessThan(25);
    expect(await run(7)).not.toEqual(first);
  });

  it('randomFaults draws from an injected random source when given one', async () => {
    await using server = await startTestServer();
    const draws = [0.1, 0, 0.9];
    server.faults.randomFaults({ rate: 0.5, random: () => draws.shift() ?? 0.9, fixtures: [teapot] });
    const statuses = [];
    for (let i = 0; i < 2; i++)
      statuses.push((await fetchWithKey(server, `${server.baseUrl()}/metadata`)).status);
    expect(statuses).toEqual([418, 200]);
  });

  it('clear() cancels every fault and handle.cancel() one', async () => {
    await using server = await startTestServer();
    const kept = server.faults.failNext(1, teapot);
    server.faults.html502({ count: 5 }).cancel();
    expect(server.faults.active).toBe(1);
    expect(kept.active).toBe(true);
    server.faults.clear();
    expect(server.faults.active).toBe(0);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`)).status).toBe(200);
  });

  it('checks the subscription key before any fault, so a refused request uses up no fault', async () => {
    await using server = await startTestServer();
    server.faults.failNext(1, teapot);
    expect((await fetch(`${server.baseUrl()}/Patient/pat-1`)).status).toBe(401);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`)).status).toBe(418);
  });

  it('refuses a non-positive count with a RangeError', async () => {
    await using server = await startTestServer();
    expect(() => server.faults.failNext(0, teapot)).toThrow(RangeError);
    expect(() => server.faults.randomFaults({ rate: 2, seed: 1, fixtures: [teapot] })).toThrow(/rate/);
  });
});
