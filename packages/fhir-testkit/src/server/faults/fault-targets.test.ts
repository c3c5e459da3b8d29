import { describe, expect, it } from 'vitest';
import type { ErrorFixture } from '../../fixtures/error-fixture.js';
import { createManualClock } from '../clock.js';
import { fetchWithKey, startTestServer } from '../test-support/test-server.js';

const teapot: ErrorFixture = { status: 418, headers: {}, body: 'teapot' };
const siteA = 'aaaa1111-0000-0000-0000-000000000000';
const siteB = 'bbbb2222-0000-0000-0000-000000000000';

describe('which requests a fault targets', () => {
  it('failWhen takes a match object: every field given must match', async () => {
    await using server = await startTestServer({ sites: [{ guid: siteA }, { guid: siteB, size: 60 }] });
    server.faults.failWhen(
      {
        siteGuid: siteA.toUpperCase(),
        resourceType: 'Appointment',
        practitionerId: 'prac-1',
        queryIncludes: 'booked',
      },
      teapot,
    );
    const status = async (guid: string, query: string) =>
      (await fetchWithKey(server, `${server.baseUrl(guid)}/${query}`)).status;
    expect(await status(siteA, 'Appointment?practitioner=Practitioner/prac-1&status=booked')).toBe(418);
    expect(await status(siteB, 'Appointment?practitioner=Practitioner/prac-1&status=booked')).toBe(200);
    expect(await status(siteA, 'Appointment?practitioner=Practitioner/prac-1&status=cancelled')).toBe(200);
    expect(await status(siteA, 'Appointment?status=booked')).toBe(200);
    expect(await status(siteA, 'Patient?general-practitioner=Practitioner/prac-1')).toBe(200);
  });

  it('failWhen matches on method: POST searches only', async () => {
    await using server = await startTestServer();
    server.faults.failWhen({ method: 'post' }, teapot);
    const post = await fetchWithKey(server, `${server.baseUrl()}/Patient/_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '_id=pat-1',
    });
    expect(post.status).toBe(418);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient?_id=pat-1`)).status).toBe(200);
  });

  it('practitionerAway lasts until midnight at the practice by default, then the GP is back', async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    await using server = await startTestServer({
      clock,
      sites: [{ guid: siteA, timeZone: 'Australia/Perth' }],
    });
    // 09:00 in Sydney is 06:00 in Perth: the Perth practice's day ends 18 hours later.
    server.faults.practitionerAway(siteA, 'prac-1');
    const query = () => fetchWithKey(server, `${server.baseUrl()}/Appointment?actor=Practitioner/prac-1`);
    expect((await query()).status).toBe(400);
    clock.advance(18 * 3_600_000 - 1_000);
    expect((await query()).status).toBe(400);
    clock.advance(1_000);
    expect((await query()).status).toBe(200);
  });

  it("practitionerAway's error names the practice's date, not UTC's", async () => {
    // 23:30 UTC on the 25th is already the 26th in Sydney.
    const clock = createManualClock('2026-11-25T23:30:00Z');
    await using server = await startTestServer({ clock });
    server.faults.practitionerAway(server.siteGuids[0]!, 'prac-1');
    const response = await fetchWithKey(server, `${server.baseUrl()}/Appointment?practitioner=prac-1`);
    expect(await response.text()).toContain('2026-11-26');
  });
});
