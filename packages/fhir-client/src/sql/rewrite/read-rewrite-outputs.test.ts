import { describe, expect, it } from 'vitest';
import { isSqlRewriteError, readRewriteOutputs, rewriteStoredProcedure, type SqlCommand } from '../index.js';

const command: SqlCommand = {
  text: 'sp_Save',
  type: 'storedProcedure',
  executionMode: 'nonQuery',
  parameters: [
    { name: 'Id', type: 'BigInt', direction: 'inputOutput', value: '5' },
    { name: '@Amount', type: 'Decimal', direction: 'output' },
    { name: '@Flag', type: 'Bit', direction: 'output' },
    { name: '@Blob', type: 'VarBinary', direction: 'output' },
    { name: '@Doc', type: 'NVarChar', direction: 'output' },
    { name: '@Input', type: 'NVarChar', value: 'x' },
  ],
};

describe('readRewriteOutputs maps the final SELECT row back to the parameters', () => {
  it('names the columns after the caller (with @), declares outputs wide enough, and forces reader mode', () => {
    const rewrite = rewriteStoredProcedure(command);
    expect(rewrite.command.executionMode).toBe('reader');
    expect(rewrite.command.text.split('\n')).toEqual([
      'DECLARE @__halo_p1 BIGINT;',
      'SET @__halo_p1 = 5;',
      'DECLARE @__halo_p2 DECIMAL(38, 18);',
      'DECLARE @__halo_p3 BIT;',
      'DECLARE @__halo_p4 VARBINARY(MAX);',
      'DECLARE @__halo_p5 NVARCHAR(MAX);',
      'DECLARE @__halo_p6 NVARCHAR(MAX);',
      "SET @__halo_p6 = N'x';",
      'EXEC [sp_Save] @Id = @__halo_p1 OUTPUT, @Amount = @__halo_p2 OUTPUT, @Flag = @__halo_p3 OUTPUT, @Blob = @__halo_p4 OUTPUT, @Doc = @__halo_p5 OUTPUT, @Input = @__halo_p6;',
      'SELECT @__halo_p1 AS [@Id], @__halo_p2 AS [@Amount], @__halo_p3 AS [@Flag], @__halo_p4 AS [@Blob], @__halo_p5 AS [@Doc];',
    ]);
  });

  it('returns values as strings under the caller’s names, and keeps the procedure’s own rows', () => {
    const rewrite = rewriteStoredProcedure(command);
    const ownRows = [{ NoteID: 1 }, { NoteID: 2 }];
    const row = { '@Id': 9007199254740993n, '@Amount': 12.5, '@Flag': true, '@Blob': 'AQI=', '@Doc': null };
    expect(readRewriteOutputs(rewrite, [...ownRows, row])).toEqual({
      rows: ownRows,
      parameters: [
        { name: 'Id', direction: 'inputOutput', type: 'BigInt', value: '9007199254740993' },
        { name: '@Amount', direction: 'output', type: 'Decimal', value: '12.5' },
        { name: '@Flag', direction: 'output', type: 'Bit', value: 'true' },
        { name: '@Blob', direction: 'output', type: 'VarBinary', value: 'AQI=' },
        { name: '@Doc', direction: 'output', type: 'NVarChar', value: null },
      ],
    });
  });

  it('leaves the rows alone when the rewrite has no outputs, and keeps the caller’s mode', () => {
    const rewrite = rewriteStoredProcedure({
      text: 'sp',
      type: 'storedProcedure',
      executionMode: 'nonQuery',
    });
    expect(rewrite.command).toEqual({ text: 'EXEC [sp];', executionMode: 'nonQuery', type: 'text' });
    expect(rewrite.command.text).not.toMatch(/NOCOUNT/);
    expect(readRewriteOutputs(rewrite, [{ a: 1 }])).toEqual({ parameters: [], rows: [{ a: 1 }] });
  });

  it('says so when no row holds the output columns', () => {
    const rewrite = rewriteStoredProcedure(command);
    let error: unknown;
    try {
      readRewriteOutputs(rewrite, [{ '@Id': 1 }]);
    } catch (caught) {
      error = caught;
    }
    expect(isSqlRewriteError(error) && error.reason).toBe('outputsMissing');
    expect((error as Error).message).toMatch(/no result row holds the output columns @Id, @Amount/);
  });

  it('refuses a text command and a second returnValue', () => {
    expect(() => rewriteStoredProcedure({ text: 'SELECT 1' })).toThrow(
      /only storedProcedure commands are rewritten/,
    );
    expect(() =>
      rewriteStoredProcedure({
        text: 'sp',
        type: 'storedProcedure',
        parameters: [
          { name: '@a', type: 'Int', direction: 'returnValue' },
          { name: '@b', type: 'Int', direction: 'returnValue' },
        ],
      }),
    ).toThrow(/second returnValue/);
  });

  it('is deterministic and does not change its input', () => {
    const frozen = JSON.parse(JSON.stringify(command)) as SqlCommand;
    expect(rewriteStoredProcedure(frozen)).toEqual(rewriteStoredProcedure(command));
    expect(frozen).toEqual(command);
  });
});
