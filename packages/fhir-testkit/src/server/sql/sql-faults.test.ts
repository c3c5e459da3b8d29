import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.js';
import { startTestServer } from '../test-support/test-server.js';
import { immediate, sqlRequest, submitAsync } from './test-support/sql-http.js';

const day = 'SELECT * FROM BPS_Appointments WHERE DoctorID = @DoctorID AND AppointmentDate = @Date';

describe('the fault schedule on SQL routes', () => {
  it('answers 503 while the site is offline, bills nothing, and serves again after', async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    await using server = await startTestServer({ clock });
    server.faults.siteOffline(server.siteGuids[0]!, { forMs: 60_000 });
    const offline = await immediate(server, { text: 'SELECT * FROM BPS_Doctors' });
    expect(offline.status).toBe(503);
    expect(offline.body).toEqual({
      error: {
        status: 503,
        statusText: 'Service Unavailable',
        message: 'Site could not be contacted, please try again later or contact a system administrator.',
      },
    });
    expect((await sqlRequest(server, 'GET', '')).status).toBe(503);
    expect(server.sql.billedQueries()).toBe(0);
    expect(server.requests.map((r) => r.faults)).toEqual([['site-offline'], ['site-offline']]);
    clock.advance(60_000);
    expect((await immediate(server, { text: 'SELECT * FROM BPS_Doctors' })).status).toBe(200);
    expect(server.sql.billedQueries()).toBe(1);
  });

  it('answers 429 with Retry-After when rate limited', async () => {
    await using server = await startTestServer();
    server.faults.rateLimit({ retryAfterSeconds: 7 });
    const limited = await submitAsync(server, { text: 'SELECT * FROM BPS_Doctors' });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect(server.sql.billedQueries()).toBe(0);
  });

  it("answers a query naming an away GP's @DoctorID with the mssql practitioner-away error", async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    await using server = await startTestServer({ clock });
    server.faults.practitionerAway(server.siteGuids[0]!, 'prac-1');
    const parameters = (doctor: string) => [
      { name: '@DoctorID', type: 'NVarChar', value: doctor },
      { name: '@Date', type: 'Date', value: '2026-11-26' },
    ];
    const away = await immediate(server, { text: day, parameters: parameters('prac-1') });
    expect(away.status).toBe(400);
    expect(away.body.errorDetails).toEqual({
      errorType: 'mssql',
      errorCode: 50000,
      errorMessage: 'Practitioner prac-1 is away today: no appointment book for 2026-11-26',
    });
    expect((await immediate(server, { text: day, parameters: parameters('prac-2') })).status).toBe(200);
  });

  it('fails an async query naming an away GP in its status (201, then executionFailed), not on the POST', async () => {
    const clock = createManualClock('2026-11-26T09:00:00+11:00');
    await using server = await startTestServer({ clock });
    server.faults.practitionerAway(server.siteGuids[0]!, 'prac-1');
    const created = await submitAsync(server, {
      text: day,
      parameters: [
        { name: '@DoctorID', type: 'NVarChar', value: 'prac-1' },
        { name: '@Date', type: 'Date', value: '2026-11-26' },
      ],
    });
    expect(created.status).toBe(201);
    clock.advance(7000);
    const record = (await sqlRequest(server, 'GET', `/queries/${created.body.id}`)).body;
    expect(record).toMatchObject({
      status: 'executionFailed',
      errorDetails: {
        errorType: 'mssql',
        errorCode: 50000,
        errorMessage: expect.stringMatching(/^Practitioner prac-1 is away today/),
      },
    });
    expect(server.sql.billedQueries()).toBe(1);
    expect(server.requests[0]?.faults).toEqual(['practitioner-away']);
  });

  it('lets failWhen match the SQL text with queryIncludes', async () => {
    await using server = await startTestServer();
    server.faults.failWhen(
      { queryIncludes: 'BPS_Doctors', method: 'POST' },
      { status: 500, headers: {}, body: '' },
    );
    expect((await immediate(server, { text: 'SELECT * FROM BPS_Doctors' })).status).toBe(500);
    expect((await immediate(server, { text: 'SELECT * FROM BPS_Patients' })).status).toBe(200);
  });

  it('truncates or resets SQL responses like FHIR ones', async () => {
    await using server = await startTestServer();
    server.faults.truncateBody({ keepBytes: 10 });
    const truncated = await sqlRequest(server, 'GET', '').catch((error: unknown) => error);
    expect(truncated).toBeInstanceOf(SyntaxError);
  });
});

describe('SQL routes the API does not have', () => {
  it.each([
    ['GET', '/queries/immediate'],
    ['DELETE', '/queries/5a1c0000-0000-4000-8000-000000000001'],
    ['PUT', '/queries/registered'],
    ['GET', '/queries/x/results/1/stream/more'],
    ['GET', '/reports'],
  ])('answers %s %s with 404 OperationNotFound', async (method, path) => {
    await using server = await startTestServer();
    const response = await sqlRequest(server, method, path);
    expect(response.status).toBe(404);
    expect(response.body.error.message).toMatch(/^OperationNotFound/);
  });

  it('refuses SQL routes without the subscription key, as the FHIR routes do', async () => {
    await using server = await startTestServer();
    const response = await fetch(`${server.siteUrl()}/queries/immediate`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });
});
