import { describe, expect, it } from 'vitest';
import type { SqlCommand } from './command.js';
import { isSqlRewriteError } from './rewrite/sql-rewrite-error.js';
import { useSqlFake } from './test-support/use-sql-fake.js';

const start = useSqlFake();

const note = `Seen by Dr O'Brien. ${'x'.repeat(5000)}`;
const saveNote: SqlCommand = {
  text: 'dbo.sp_SaveClinicalNote',
  type: 'storedProcedure',
  executionMode: 'nonQuery',
  parameters: [
    { name: '@PatientID', type: 'Int', value: '12' },
    { name: '@Note', type: 'NVarChar', value: note },
    { name: '@NoteID', type: 'Int', direction: 'output' },
    { name: '@returnValue', type: 'Int', direction: 'returnValue' },
  ],
};
const small: SqlCommand = { ...saveNote, parameters: [{ name: '@PatientID', type: 'Int', value: '12' }] };

describe('a storedProcedure over Halo limits is sent as T-SQL text on SQL Server sites', () => {
  it('rewrites, says so in an event, and reads the outputs back as parameters', async () => {
    const { fake, sql, server, events } = await start();
    fake.defineMatching(/EXEC @__halo_rv = \[dbo\]\.\[sp_SaveClinicalNote\]/, {
      rows: [{ '@NoteID': 77, '@returnValue': 0 }],
    });
    const result = await sql.immediate(saveNote);
    const post = server.requests.find((r) => r.path === 'queries/immediate');
    const sent = commandOf(post);
    expect(sent?.type).toBe('text');
    expect(sent?.executionMode).toBe('reader');
    expect(sent?.parameters).toEqual([]);
    expect(sent?.text).toContain("N'Seen by Dr O''Brien.");
    expect(result.rewritten).toBe(true);
    expect(result.outputs).toEqual({ '@NoteID': '77', '@returnValue': '0' });
    expect(result.returnValue).toBe('0');
    expect(result.rows).toEqual([]);
    expect(events.filter((e) => e.type === 'sql-rewrite')).toEqual([
      { type: 'sql-rewrite', site: sql.site, procedure: 'dbo.sp_SaveClinicalNote', reason: 'required' },
    ]);
    // The site's PMS is read once and kept.
    await sql.immediate(saveNote);
    expect(server.requests.filter((r) => r.path === '')).toHaveLength(1);
  });

  it('an async rewritten procedure reads its outputs from the last page, also after a resume', async () => {
    const { fake, sql, settle } = await start({ engine: 'mssql' });
    fake.defineMatching(/sp_SaveClinicalNote/, { rows: [{ '@NoteID': 78, '@returnValue': 0 }] });
    const handle = await sql.submit(saveNote);
    await settle(handle.wait());
    const resumed = sql.resume(JSON.parse(JSON.stringify(handle)));
    const pages = [];
    for await (const page of resumed.pages()) pages.push(page);
    expect(pages.map((page) => page.outputs)).toEqual([{ '@NoteID': '78', '@returnValue': '0' }]);
    expect(pages[0]?.rows).toEqual([]);
  });

  it('leaves a storedProcedure within the limits unchanged; rewrite "always" and "never" override', async () => {
    const { sql, server } = await start({ engine: 'mssql' });
    await sql.immediate(small);
    expect(commandOf(server.requests[0])?.type).toBe('storedProcedure');
    const { sql: always, events } = await start({ rewrite: 'always', engine: 'mssql' });
    await always.immediate(small);
    expect(events.find((e) => e.type === 'sql-rewrite')).toMatchObject({ reason: 'forced' });
    const { sql: never, server: neverServer } = await start({ rewrite: 'never' });
    await never.immediate(saveNote);
    expect(commandOf(neverServer.requests[0])).toMatchObject({
      type: 'storedProcedure',
      text: 'dbo.sp_SaveClinicalNote',
    });
  });

  it('refuses the rewrite on a Firebird (Zedmed) site before sending anything', async () => {
    const { fake, sql, server } = await start();
    fake.pmsType = 'Zedmed';
    const error = await sql.immediate(saveNote).catch((e: unknown) => e);
    if (!isSqlRewriteError(error)) throw error;
    expect(error.reason).toBe('notSqlServer');
    expect(error.message).toMatch(/Firebird/);
    expect(server.requests.map((r) => r.path)).toEqual(['']);
    expect(fake.billed).toBe(0);
    await expect(sql.submit(saveNote)).rejects.toMatchObject({ reason: 'notSqlServer' });
  });

  it('takes the engine option over the site endpoint', async () => {
    const { sql, server } = await start({ engine: 'fbsql' });
    await expect(sql.immediate(saveNote)).rejects.toMatchObject({ reason: 'notSqlServer' });
    expect(server.requests).toHaveLength(0);
  });
});

function commandOf(request: { readonly json: unknown } | undefined): SqlCommand | undefined {
  return (request?.json as { command?: SqlCommand } | undefined)?.command;
}
