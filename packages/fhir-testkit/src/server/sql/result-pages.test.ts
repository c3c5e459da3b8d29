import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.js';
import { startTestServer } from '../test-support/test-server.js';
import { decodeData, immediate, sqlRequest, submitAsync } from './test-support/sql-http.js';

async function setup() {
  const clock = createManualClock('2026-11-26T09:00:00Z');
  const server = await startTestServer({ clock, sql: { pageRows: 2 } });
  server.sql.define(server.siteGuids[0]!, {
    handlers: [
      { match: 'UPDATE Things SET x = 1', result: { rowsAffected: 5, outputs: { '@Count': 5 } } },
      { match: 'SELECT COUNT(*) FROM Things', result: { scalar: 12 } },
      { match: 'SELECT * FROM Empty', result: { rows: [] } },
      { match: 'SELECT * FROM Huge', result: { rows: [{ text: 'x'.repeat(9 * 1024 * 1024) }] } },
    ],
  });
  return { server, clock };
}

describe('result shapes', () => {
  it('pages an async nonQuery as rowsAffected with one page of parameters only', async () => {
    const { server, clock } = await setup();
    await using _ = server;
    const command = {
      text: 'UPDATE Things SET x = 1',
      executionMode: 'nonQuery',
      parameters: [{ name: '@Count', type: 'Int', direction: 'output' }],
    };
    const id = (await submitAsync(server, command)).body.id;
    clock.advance(7000);
    expect((await sqlRequest(server, 'GET', `/queries/${id}`)).body.result).toMatchObject({
      rowsAffected: 5,
      pages: [{ pageNumber: 1 }],
    });
    const page = await sqlRequest(server, 'GET', `/queries/${id}/results/1`);
    expect(page.body).toEqual({
      parameters: [{ name: '@Count', type: 'Int', direction: 'output', value: '5' }],
    });
    expect(page.headers.get('rows-count')).toBe('0');
  });

  it('pages an async scalar as one page holding the value, and an empty reader result as one empty page', async () => {
    const { server, clock } = await setup();
    await using _ = server;
    const scalar = (
      await submitAsync(server, { text: 'SELECT COUNT(*) FROM Things', executionMode: 'scalar' })
    ).body.id;
    const empty = (await submitAsync(server, { text: 'SELECT * FROM Empty' })).body.id;
    clock.advance(7000);
    expect(decodeData((await sqlRequest(server, 'GET', `/queries/${scalar}/results/1`)).body.data)).toBe(12);
    expect((await sqlRequest(server, 'GET', `/queries/${scalar}/results/1/stream`)).body).toBe(12);
    const emptyRecord = (await sqlRequest(server, 'GET', `/queries/${empty}`)).body;
    expect(emptyRecord.result).toMatchObject({ rows: 0, pages: [{ pageNumber: 1, rows: { count: 0 } }] });
    expect(decodeData((await sqlRequest(server, 'GET', `/queries/${empty}/results/1`)).body.data)).toEqual(
      [],
    );
  });

  it('serves an immediate query’s record again from GET queries/{id}, with no result pages', async () => {
    const { server } = await setup();
    await using _ = server;
    const created = await immediate(server, { text: 'SELECT COUNT(*) FROM Things', executionMode: 'scalar' });
    const again = await sqlRequest(server, 'GET', `/queries/${created.body.id}`);
    expect(again.body).toEqual(created.body);
    expect(again.body.statusTiming.executing).toBeDefined();
    expect((await sqlRequest(server, 'GET', `/queries/${created.body.id}/results/1`)).status).toBe(404);
  });

  it('refuses an immediate result over 8 MB with 413, and serves it as an async query', async () => {
    const { server, clock } = await setup();
    await using _ = server;
    const tooLarge = await immediate(server, { text: 'SELECT * FROM Huge' });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errorDetails).toMatchObject({ errorType: 'http', errorCode: 413 });
    const id = (await submitAsync(server, { text: 'SELECT * FROM Huge' })).body.id;
    clock.advance(7000);
    expect((await sqlRequest(server, 'GET', `/queries/${id}/results/1`)).status).toBe(200);
    expect(server.sql.billedQueries()).toBe(2);
  });
});
