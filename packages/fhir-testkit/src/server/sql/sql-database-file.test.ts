import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockServerUsageError, startMockServerFromArgs } from '../cli.js';
import { decodeData, immediate } from './test-support/sql-http.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sql-database-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const start = (args: string[]) => startMockServerFromArgs(args, {}, () => {});

describe('fhir-mock-server --sql-database', () => {
  it('documents the SQL routes and the database file in --help', async () => {
    const lines: string[] = [];
    await startMockServerFromArgs(['--help'], {}, (line) => lines.push(line));
    for (const text of [
      'queries/immediate',
      'queries/async',
      'queries/{id}/results/{n}',
      'queries/registered',
      '--sql-database FILE',
      '--no-sql-demo',
      '"regexp"',
      '"procedure"',
      '"sites"',
    ]) {
      expect(lines[0]).toContain(text);
    }
  });

  it('loads a JSON definition for every site: text, regexp and procedure matches, errors', async () => {
    const path = await file(
      'db.json',
      JSON.stringify({
        pmsType: 'D4w',
        handlers: [
          { match: 'SELECT * FROM Rooms', result: { rows: [{ RoomID: 1 }] } },
          { match: { regexp: '^select .* from staff', flags: 'i' }, result: { rows: [{ StaffID: 2 }] } },
          { match: { procedure: 'dbo.sp_Save' }, result: { rowsAffected: 1, outputs: { '@ID': 7 } } },
          {
            match: 'SELECT * FROM Broken',
            result: {
              error: { errorType: 'mssql', errorCode: 208, errorMessage: "Invalid object name 'Broken'." },
            },
          },
        ],
      }),
    );
    const lines: string[] = [];
    const server = await startMockServerFromArgs(
      ['--sql-database', path, '--site', 'a-1', '--site', 'b-2', '--size', '60'],
      {},
      (l) => lines.push(l),
    );
    try {
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ siteUrl: `${server!.url}/integrator/sites/a-1` });
      for (const site of ['a-1', 'b-2']) {
        expect(
          decodeData((await immediate(server!, { text: 'SELECT * FROM Rooms' }, {}, site)).body.result.data),
        ).toEqual([{ RoomID: 1 }]);
      }
      expect(
        decodeData((await immediate(server!, { text: 'SELECT name FROM Staff' })).body.result.data),
      ).toEqual([{ StaffID: 2 }]);
      const save = await immediate(server!, {
        text: 'sp_Save',
        type: 'storedProcedure',
        parameters: [{ name: '@ID', type: 'Int', direction: 'output' }],
      });
      expect(save.body.result.parameters).toEqual([
        { name: '@ID', type: 'Int', direction: 'output', value: '7' },
      ]);
      expect((await immediate(server!, { text: 'SELECT * FROM Broken' })).body.errorCode).toBe(208);
      // The demo database still answers what the file does not.
      expect((await immediate(server!, { text: 'SELECT * FROM BPS_Doctors' })).status).toBe(200);
    } finally {
      await server?.close();
    }
  });

  it('loads a module whose default export defines sites by GUID, with functions; --no-sql-demo turns the demo off', async () => {
    const path = await file(
      'db.mjs',
      `export default { sites: { 'a-1': { pmsType: 'Zedmed', handlers: [
        { match: /^SELECT FIRST/, result: (call) => ({ rows: [{ mode: call.mode, catalogue: call.catalogue }] }) },
      ] } } };`,
    );
    const server = await start([
      '--sql-database',
      path,
      '--site',
      'a-1',
      '--size',
      '60',
      '--no-sql-demo',
      '--sql-page-rows',
      '5',
    ]);
    try {
      const response = await immediate(server!, { text: 'SELECT FIRST 1 * FROM PATIENT' });
      expect(decodeData(response.body.result.data)).toEqual([
        { mode: 'immediate', catalogue: 'BPSPatients' },
      ]);
      const unknown = await immediate(server!, { text: 'SELECT * FROM BPS_Doctors' });
      expect(unknown.body.errorDetails).toMatchObject({ errorType: 'fbsql', errorCode: -204 });
    } finally {
      await server?.close();
    }
  });

  it.each([
    ['a file that is not JSON', 'bad.json', '{"handlers": [', /is not valid JSON/],
    [
      'a match that is none of the forms',
      'match.json',
      '{"handlers":[{"match":5,"result":{"rows":[]}}]}',
      /handlers\[0\]\.match must be SQL text/,
    ],
    [
      'a handler without a result',
      'result.json',
      '{"handlers":[{"match":"SELECT 1"}]}',
      /handlers\[0\]\.result is required/,
    ],
    ['a site the server does not serve', 'site.json', '{"sites":{"nope":{"handlers":[]}}}', /no site nope/],
    ['a module without a default export', 'none.mjs', 'export const x = 1;', /no default export/],
  ])('refuses %s with a message saying what to change', async (_name, name, content, message) => {
    const path = await file(name, content);
    const refused = start(['--sql-database', path, '--size', '60']);
    await expect(refused).rejects.toThrow(MockServerUsageError);
    await expect(refused).rejects.toThrow(message);
  });

  it('refuses a missing file', async () => {
    await expect(start(['--sql-database', join(dir, 'missing.json')])).rejects.toThrow(/Cannot read/);
  });
});
