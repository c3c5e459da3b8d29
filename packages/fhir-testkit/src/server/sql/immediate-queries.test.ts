import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.js';
import { startTestServer } from '../test-support/test-server.js';
import { decodeData, immediate, sqlRequest } from './test-support/sql-http.js';

const start = '2026-11-26T09:00:00+11:00';

describe('POST queries/immediate', () => {
  it('answers a defined text query with its rows as base64 JSON, the query record and its timings', async () => {
    await using server = await startTestServer({ clock: createManualClock(start) });
    server.sql.define(server.siteGuids[0]!, {
      handlers: [{ match: 'SELECT   Name FROM Things', result: { rows: [{ Name: 'a' }, { Name: 'b' }] } }],
    });
    const response = await immediate(server, { text: 'SELECT Name\nFROM Things;' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      mode: 'immediate',
      status: 'successful',
      siteId: server.siteGuids[0],
      maxTimeInQueue: 30_000,
      createdAt: new Date(start).toISOString(),
      completedAt: new Date(start).toISOString(),
      statusTiming: { initialising: { startTime: new Date(start).toISOString() } },
      result: { rows: 2, parameters: [] },
    });
    expect(decodeData(response.body.result.data)).toEqual([{ Name: 'a' }, { Name: 'b' }]);
    expect(response.body.result.size).toBe(Buffer.from(response.body.result.data, 'base64').length);
  });

  it('passes typed parameters to a handler function and returns scalar and nonQuery results as Halo does', async () => {
    await using server = await startTestServer();
    const seen: unknown[] = [];
    server.sql.define(server.siteGuids[0]!, {
      handlers: [
        {
          match: /^UPDATE Things/i,
          result: (call) => {
            seen.push(call.parameters.map((p) => p.value));
            return { rowsAffected: 3 };
          },
        },
        { match: 'SELECT COUNT(*) FROM Things', result: { rows: [{ n: 7 }] } },
      ],
    });
    const update = await immediate(server, {
      text: 'UPDATE Things SET Seen = @when WHERE Id = @id AND Big = @big AND Flag = @flag',
      executionMode: 'nonQuery',
      parameters: [
        { name: '@when', type: 'DateTime2', value: '2026-11-26T09:00:00' },
        { name: '@id', type: 'Int', value: '42' },
        { name: '@big', type: 'BigInt', value: '9007199254740993' },
        { name: '@flag', type: 'Bit', value: 'true' },
      ],
    });
    expect(update.status).toBe(200);
    expect(update.body.result).toEqual({ rowsAffected: 3, size: 0, parameters: [] });
    expect(seen).toEqual([[new Date('2026-11-26T09:00:00Z'), 42, 9007199254740993n, true]]);
    const scalar = await immediate(server, { text: 'SELECT COUNT(*) FROM Things', executionMode: 'scalar' });
    expect(decodeData(scalar.body.result.data)).toBe(7);
  });

  it('answers unknown SQL as SQL Server would: 208 for an unknown table, 2812 for an unknown procedure', async () => {
    await using server = await startTestServer();
    const table = await immediate(server, { text: 'SELECT * FROM [dbo].[Nope] WHERE 1 = 1' });
    expect(table.status).toBe(400);
    expect(table.body).toMatchObject({
      status: 'executionFailed',
      errorCode: 208,
      errorMessage: "Invalid object name 'dbo.Nope'.",
      errorDetails: { errorType: 'mssql', errorCode: 208, errorMessage: "Invalid object name 'dbo.Nope'." },
    });
    const procedure = await immediate(server, { text: 'dbo.sp_Missing', type: 'storedProcedure' });
    expect(procedure.body.errorDetails).toEqual({
      errorType: 'mssql',
      errorCode: 2812,
      errorMessage: "Could not find stored procedure 'dbo.sp_Missing'.",
    });
  });

  it('answers a Zedmed (Firebird) site with fbsql errors', async () => {
    await using server = await startTestServer();
    server.sql.define(server.siteGuids[0]!, { pmsType: 'Zedmed', catalogues: [{ name: 'ZEDMED' }] });
    const table = await immediate(server, { text: 'SELECT * FROM PATIENTS' });
    expect(table.body.errorDetails).toMatchObject({ errorType: 'fbsql', errorCode: -204 });
    expect(table.body.errorDetails.errorMessage).toMatch(
      /^Dynamic SQL Error SQL error code = -204 Table unknown PATIENTS/,
    );
    const batch = await immediate(server, { text: 'DECLARE @x INT; SET @x = 1;' });
    expect(batch.body.errorDetails).toMatchObject({ errorType: 'fbsql', errorCode: -104 });
  });

  it('returns output parameters and the return value of a procedure as strings', async () => {
    await using server = await startTestServer();
    server.sql.define(server.siteGuids[0]!, {
      handlers: [
        {
          match: { procedure: '[dbo].[sp_Save]' },
          result: { rowsAffected: 1, outputs: { '@NewID': 66 }, returnValue: 0 },
        },
      ],
    });
    const response = await immediate(server, {
      text: 'sp_Save',
      type: 'storedProcedure',
      executionMode: 'nonQuery',
      parameters: [
        { name: '@Text', type: 'NVarChar', value: 'hello' },
        { name: '@NewID', type: 'BigInt', direction: 'output' },
        { name: '@rv', type: 'Int', direction: 'returnValue' },
      ],
    });
    expect(response.body.result.parameters).toEqual([
      { name: '@NewID', type: 'BigInt', direction: 'output', value: '66' },
      { name: '@rv', type: 'Int', direction: 'returnValue', value: '0' },
    ]);
  });

  it.each([
    ['no command.text', { command: { executionMode: 'reader' } }, /command\.text is required/],
    [
      'an unknown executionMode',
      { command: { text: 'SELECT 1', executionMode: 'rows' } },
      /executionMode 'rows'/,
    ],
    ['an unknown command type', { command: { text: 'SELECT 1', type: 'proc' } }, /type 'proc'/],
    ['maxTimeInQueue over 60 s', { command: { text: 'SELECT 1' }, maxTimeInQueue: 60_001 }, /maxTimeInQueue/],
    ['a negative maxTimeInQueue', { command: { text: 'SELECT 1' }, maxTimeInQueue: -1 }, /maxTimeInQueue/],
    [
      'an unknown parameter type',
      { command: { text: 'x', parameters: [{ name: '@a', type: 'Nope' }] } },
      /type 'Nope'/,
    ],
    [
      'an unknown catalogue',
      { command: { text: 'SELECT 1' }, catalogue: 'Elsewhere' },
      /Catalogue 'Elsewhere'/,
    ],
    ['a body that is not JSON', '{"command":', /not valid JSON/],
  ])('refuses %s with a 400 wrapped envelope and bills nothing', async (_name, body, message) => {
    await using server = await startTestServer();
    const response = await sqlRequest(server, 'POST', '/queries/immediate', body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: { status: 400, statusText: 'Bad Request', message: expect.stringMatching(message) },
    });
    expect(server.sql.billedQueries()).toBe(0);
  });

  it('answers 504 while the site is offline or unreachable (and bills the query)', async () => {
    await using server = await startTestServer();
    const guid = server.siteGuids[0]!;
    server.sql.define(guid, { availability: 'offline' });
    const offline = await immediate(server, { text: 'SELECT * FROM BPS_Patients' });
    expect([offline.status, offline.body.error.message]).toEqual([
      504,
      'Site cannot be contacted. Site is offline.',
    ]);
    server.sql.setAvailability(guid, 'unreachable');
    const unreachable = await immediate(server, { text: 'SELECT * FROM BPS_Patients' });
    expect(unreachable.body.error.message).toBe('Site cannot be contacted. Site is currently unreachable.');
    expect(server.sql.billedQueries(guid)).toBe(2);
  });
});

describe('GET /integrator/sites/{guid}', () => {
  it('reports the site’s PMS, availability and catalogues', async () => {
    await using server = await startTestServer();
    const defaults = await sqlRequest(server, 'GET', '');
    expect(defaults.body).toMatchObject({
      pmsType: 'BestPractice',
      availability: 'online',
      catalogue: [{ name: 'BPSPatients', isDefault: true }],
    });
    server.sql.define(server.siteGuids[0]!, {
      pmsType: 'D4w',
      availability: 'unreachable',
      catalogues: [{ name: 'Main' }, { name: 'Archive', isDefault: true }],
    });
    const defined = await sqlRequest(server, 'GET', '');
    expect(defined.body).toMatchObject({
      pmsType: 'D4w',
      availability: 'unreachable',
      catalogue: [
        { name: 'Main', isDefault: false },
        { name: 'Archive', isDefault: true },
      ],
    });
  });
});
