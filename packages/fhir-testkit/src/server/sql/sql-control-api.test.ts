import { describe, expect, it } from 'vitest';
import { startTestServer } from '../test-support/test-server.js';
import { decodeData, immediate, sqlRequest } from './test-support/sql-http.js';

async function control(url: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}/__mock/sql${path}`, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

describe('the SQL control API', () => {
  it('defines a database, changes availability, holds the queue and reports queries and billing, over HTTP', async () => {
    await using server = await startTestServer({ controlApi: true });
    const guid = server.siteGuids[0]!;
    const defined = await control(server.url, 'PUT', `/sites/${guid}`, {
      pmsType: 'D4w',
      handlers: [
        { match: { regexp: '^select \\* from rooms$', flags: 'i' }, result: { rows: [{ RoomID: 3 }] } },
      ],
    });
    expect(defined.status).toBe(204);
    expect(decodeData((await immediate(server, { text: 'SELECT * FROM Rooms' })).body.result.data)).toEqual([
      { RoomID: 3 },
    ]);
    expect((await sqlRequest(server, 'GET', '')).body.pmsType).toBe('D4w');
    expect(
      (await control(server.url, 'PUT', `/sites/${guid}/availability`, { availability: 'offline' })).status,
    ).toBe(204);
    expect((await sqlRequest(server, 'GET', '')).body.availability).toBe('offline');
    expect((await control(server.url, 'POST', `/sites/${guid}/queue-blocks`, { forMs: 60_000 })).status).toBe(
      201,
    );
    const queries = await control(server.url, 'GET', '/queries');
    expect(queries.body).toMatchObject([
      { mode: 'immediate', status: 'successful', command: { text: 'SELECT * FROM Rooms' } },
    ]);
    expect((await control(server.url, 'GET', '/billed')).body).toEqual({ billedQueries: 1 });
  });

  it.each([
    ['PUT', '/sites/nope', { handlers: [] }, /no site nope/],
    ['PUT', '/sites/{site}', '{"handlers":', /not valid JSON/],
    ['PUT', '/sites/{site}', { handlers: [{ match: 1, result: {} }] }, /match must be SQL text/],
    [
      'PUT',
      '/sites/{site}/availability',
      { availability: 'maybe' },
      /availability must be online, offline or unreachable/,
    ],
    ['POST', '/sites/{site}/queue-blocks', { forMs: 'soon' }, /forMs/],
  ])('refuses %s %s with 400 and what was wrong', async (method, path, body, message) => {
    await using server = await startTestServer({ controlApi: true });
    const response = await control(server.url, method, path.replace('{site}', server.siteGuids[0]!), body);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(message);
  });

  it('answers an unknown SQL control route with 404 naming the routes', async () => {
    await using server = await startTestServer({ controlApi: true });
    const response = await control(server.url, 'GET', '/nothing');
    expect([response.status, response.body.error]).toEqual([
      404,
      expect.stringMatching(/PUT \/__mock\/sql\/sites\/\{guid\}/),
    ]);
  });
});
