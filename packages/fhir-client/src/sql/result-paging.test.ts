import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createHaloSqlClient } from './create-halo-sql-client.js';
import { isSqlResultExpiredError } from './errors/sql-result-expired-error.js';
import { isUndecodedSqlResultError } from './errors/undecoded-sql-result-error.js';
import { KEY, useSqlFake } from './test-support/use-sql-fake.js';

const start = useSqlFake();
const query = { text: 'SELECT * FROM Notes' };

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('rows() reads every row of every page, one page in memory at a time', () => {
  it('over 1,000 pages to the last row, with memory flat from page 100 to page 1,000', async () => {
    const { fake, sql, settle, server } = await start({ onEvent: () => {} });
    fake.pageRows = 20;
    const pages = 1000;
    fake.define(query.text, {
      rowCount: pages * 20,
      row: (index) => ({ NoteID: index, Text: `note ${index} `.padEnd(1500, 'x') }),
    });
    const handle = await sql.submit<{ NoteID: number }>(query);
    await settle(handle.wait(), { stepMs: 1000 });
    let count = 0;
    let expected = 0;
    let heapAtPage100 = 0;
    let heapAtPage1000 = 0;
    for await (const row of handle.rows()) {
      if (row.NoteID !== expected) throw new Error(`row ${expected} came as ${row.NoteID}`);
      expected++;
      count++;
      if (count % 20 === 0) server.requests.length = 0; // the test server's own log is not the client's memory
      if (count === 100 * 20) heapAtPage100 = heapAfterGc();
      if (count === pages * 20) heapAtPage1000 = heapAfterGc();
    }
    expect(count).toBe(pages * 20);
    expect(handle.pagesRead).toBe(pages);
    // Keeping the rows would hold 900 more pages × 20 × 1,500 bytes = 27 MB of text.
    expect(heapAtPage1000 - heapAtPage100).toBeLessThan(8 * 1024 * 1024);
    expect(JSON.stringify(handle.toJSON()).length).toBeLessThan(300);
  });

  it('pages() hands back every page with its number and raw data, even data rows() cannot read', async () => {
    const { fake, sql, settle } = await start();
    fake.pageRows = 2;
    fake.define(query.text, {
      rowCount: 3,
      row: (i) => ({ i }),
      rawData: Buffer.from('<xml/>').toString('base64'),
    });
    const handle = await sql.submit(query);
    await settle(handle.wait());
    const pages = [];
    for await (const page of handle.pages()) pages.push(page);
    expect(
      pages.map((page) => [page.pageNumber, page.pageCount, page.raw?.text, page.undecodedReason]),
    ).toEqual([
      [1, 2, '<xml/>', 'the data is not JSON'],
      [2, 2, '<xml/>', 'the data is not JSON'],
    ]);
    const again = sql.resume(JSON.stringify({ ...handle.toJSON(), pagesRead: 0 }));
    const error = await settle(again.rows().next()).catch((e: unknown) => e);
    if (!isUndecodedSqlResultError(error)) throw error;
    expect(error.pageNumber).toBe(1);
    expect(error.text).toBe('<xml/>');
  });

  it('410 Gone on a result page is SqlResultExpiredError: submit again', async () => {
    const { fake, sql, settle, clock } = await start();
    fake.retentionMs = 3_600_000;
    fake.define(query.text, { rows: [{ a: 1 }] });
    const handle = await sql.submit(query);
    await settle(handle.wait());
    await clock.advance(2 * 3_600_000);
    const error = await handle
      .rows()
      .next()
      .catch((e: unknown) => e);
    if (!isSqlResultExpiredError(error)) throw error;
    expect(error.status).toBe(410);
    expect(error.queryId).toBe(handle.id);
    expect(error.pageNumber).toBe(1);
    expect(error.action).toMatch(/^The result has expired \(kept about 24 h\); resubmit the query/);
    expect(error.message).toContain(error.action);
  });
});

describe('a saved handle resumes in another client without a second query', () => {
  it('continues from the next unread row after a restart, and from a saved status without waiting', async () => {
    const { fake, sql, settle, server, clock, policy } = await start();
    fake.pageRows = 100;
    fake.define(query.text, { rowCount: 250, row: (i) => ({ i }) });
    const handle = await sql.submit<{ i: number }>(query);
    await settle(handle.wait());
    const firstRun: number[] = [];
    for await (const row of handle.rows()) {
      firstRun.push(row.i);
      if (firstRun.length === 150) break;
    }
    const saved = JSON.stringify(handle);
    expect(JSON.parse(saved)).toMatchObject({ pagesRead: 1, rowsReadInPage: 50, lastStatus: 'successful' });

    const restarted = createHaloSqlClient({ baseUrl: server.siteBase, subscriptionKey: KEY, clock, policy });
    const resumed = restarted.resume<{ i: number }>(saved);
    const secondRun: number[] = [];
    for await (const row of resumed.rows()) secondRun.push(row.i);
    expect([...firstRun, ...secondRun]).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(fake.billed).toBe(1);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path !== 'queries/status')).toHaveLength(1);
  });

  it('refuses a handle of another site, or one that is not a saved handle', async () => {
    const { sql } = await start();
    expect(() => sql.resume({ ...validSaved, site: 'other-site' })).toThrow(/belongs to site/);
    expect(() => sql.resume('{"kind":"nope"}')).toThrow(/not a saved SQL query handle/);
    expect(() => sql.resume({ ...validSaved, queryId: '../../x' })).toThrow(/not a Halo query id/);
  });
});

const validSaved = {
  kind: 'halo-sql-query',
  version: 1,
  site: 'a1b2c3d4-0000-4000-8000-000000000001',
  queryId: '00000000-0000-4000-8000-000000000001',
  executionMode: 'reader',
  pagesRead: 0,
  rowsReadInPage: 0,
} as const;
