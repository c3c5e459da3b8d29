import { ErrorCategory, parseErrorResponse } from '@halo-fhir/fhir-client';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.js';
import { startTestServer } from '../test-support/test-server.js';
import { immediate, type SqlHttpResponse, sqlRequest, submitAsync } from './test-support/sql-http.js';

const request = { method: 'POST', url: 'https://mock.invalid/queries', attempt: 1 };
const classify = (response: SqlHttpResponse) =>
  parseErrorResponse(
    { status: response.status, headers: response.headers, bodyText: response.text },
    request,
  );

// The mock's own error responses, read by the client's parser: each lands where the fixtures say.
describe("the mock's SQL error channels, as the client classifies them", () => {
  it('classifies immediate POST errors: bad SQL, the conversion failure, validation, an offline site', async () => {
    await using server = await startTestServer();
    expect(classify(await immediate(server, { text: 'SELECT * FROM Nowhere' }))).toMatchObject({
      category: ErrorCategory.BadSql,
      code: '208',
    });
    const note = { name: '@Note', type: 'NVarChar', value: 'x'.repeat(4001) };
    const conversion = await immediate(server, {
      text: 'dbo.BP_SaveClinicalNote',
      type: 'storedProcedure',
      parameters: [note],
    });
    expect(classify(conversion)).toMatchObject({
      category: ErrorCategory.PrepForUploadFailed,
      retryable: false,
    });
    expect(classify(await immediate(server, { executionMode: 'reader' }))).toMatchObject({
      category: ErrorCategory.BadRequest,
    });
    server.sql.setAvailability(server.siteGuids[0]!, 'offline');
    expect(classify(await immediate(server, { text: 'SELECT 1' }))).toMatchObject({
      category: ErrorCategory.SiteUnreachable,
    });
  });

  it('classifies async failure statuses and the 410 of an expired result', async () => {
    const clock = createManualClock('2026-11-26T09:00:00Z');
    await using server = await startTestServer({ clock, sql: { resultRetentionMs: 1000 } });
    server.sql.define(server.siteGuids[0]!, {
      handlers: [
        { match: 'upload', result: { rows: [] }, async: { fail: 'uploadFailed' } },
        { match: 'orphan', result: { rows: [] }, async: { fail: 'orphaned' } },
        { match: 'fine', result: { rows: [{ a: 1 }] } },
      ],
    });
    const ids = await Promise.all(
      ['upload', 'orphan', 'fine'].map(async (text) => (await submitAsync(server, { text })).body.id),
    );
    clock.advance(7000);
    const [upload, orphan] = await Promise.all(
      ids.slice(0, 2).map((id) => sqlRequest(server, 'GET', `/queries/${id}`)),
    );
    expect(classify(upload!)).toMatchObject({ category: ErrorCategory.QueryUploadFailed, code: '5' });
    expect(classify(orphan!)).toMatchObject({ category: ErrorCategory.QueryOrphaned, code: '3' });
    clock.advance(1000);
    const gone = await sqlRequest(server, 'GET', `/queries/${ids[2]}/results/1`);
    expect([gone.status, classify(gone).retryable]).toEqual([410, false]);
  });

  it("classifies a registered query's lastErrorDetails", async () => {
    await using server = await startTestServer();
    const id = (
      await sqlRequest(server, 'POST', '/queries/registered', {
        name: 'n',
        registeredQueryType: 'query',
        frequency: 60,
        duration: 120,
        registerCommand: { command: { text: 'EXEC selct' } },
      })
    ).body.id;
    const record = await sqlRequest(server, 'GET', `/queries/registered/${id}`);
    expect(classify(record)).toMatchObject({ category: ErrorCategory.BadSql, code: '2812' });
  });
});
