import { describe, expect, it } from 'vitest';
import { readTsqlBatch, readTsqlExpression } from './tsql-literal-reader.js';

// The reader must follow SQL Server, not the encoder: these are hand-written T-SQL and what SQL Server
// makes of them (Microsoft's constants, line-continuation and concatenation documentation).
describe('the independent T-SQL literal reader', () => {
  it.each([
    ["N'O''Brien'", "O'Brien"],
    ["N''''''", "''"],
    ["'plain'", 'plain'],
    ["N'a\\\nb'", 'ab'],
    ["N'a\\\r\nb'", 'ab'],
    ["N'a\\b\\'", 'a\\b\\'],
    ["N'a\\\rb'", 'a\\\rb'],
    ["N'-- not a comment /* nor this'", '-- not a comment /* nor this'],
    ["N'a' + NCHAR(0) + N'b'", 'a\u0000b'],
    ["CAST(N'' AS NVARCHAR(MAX)) + N'x'", 'x'],
    ["N'a' /* a comment */ + -- another\n N'b'", 'ab'],
  ])('reads %j', (text, expected) => {
    expect(readTsqlExpression(text)).toMatchObject({ kind: 'string', text: expected });
  });

  it('truncates a concatenation of non-MAX strings at 4 000 characters, as SQL Server does', () => {
    const half = 'a'.repeat(3000);
    expect(readTsqlExpression(`N'${half}' + N'${half}'`)).toMatchObject({
      text: 'a'.repeat(4000),
      max: false,
    });
    expect(readTsqlExpression(`CAST(N'' AS NVARCHAR(MAX)) + N'${half}' + N'${half}'`)).toMatchObject({
      text: 'a'.repeat(6000),
      max: true,
    });
    expect(readTsqlExpression(`N'${'a'.repeat(4001)}' + N'b'`)).toMatchObject({
      text: `${'a'.repeat(4001)}b`,
    });
  });

  it('reads binary constants, with line continuation, and numbers with a sign', () => {
    expect(readTsqlExpression('0x')).toEqual({ kind: 'binary', hex: '' });
    expect(readTsqlExpression('0xAb\\\ncD')).toEqual({ kind: 'binary', hex: 'ABCD' });
    expect(readTsqlExpression('-12.50')).toEqual({ kind: 'number', text: '-12.50' });
    expect(readTsqlExpression('1.5E-3')).toEqual({ kind: 'number', text: '1.5E-3' });
    expect(readTsqlExpression('NULL')).toEqual({ kind: 'null' });
  });

  it('refuses what is not a single value', () => {
    expect(() => readTsqlExpression("N'a'; DROP TABLE Patients")).toThrow(/unexpected text/);
    expect(() => readTsqlExpression("N'unterminated")).toThrow(/unterminated/);
    expect(() => readTsqlBatch("SET @a = N'x';\nGO\n")).toThrow(/GO outside a constant/);
  });

  it('reads a whole batch into statements', () => {
    const batch = readTsqlBatch(
      "DECLARE @v NVARCHAR(MAX);\nSET @v = N'x';\nEXEC @rv = [dbo].[odd]]p] @A = @v, @B = @w OUTPUT;\nSELECT @rv AS [@r];",
    );
    expect(batch).toEqual({
      comments: 0,
      statements: [
        { kind: 'declare', variable: '@v', type: 'NVARCHAR(MAX)' },
        { kind: 'set', variable: '@v', value: { kind: 'string', text: 'x', max: false } },
        {
          kind: 'exec',
          returnVariable: '@rv',
          procedure: ['dbo', 'odd]p'],
          arguments: [
            { name: '@A', variable: '@v', output: false },
            { name: '@B', variable: '@w', output: true },
          ],
        },
        { kind: 'select', columns: [{ variable: '@rv', alias: '@r' }] },
      ],
    });
  });
});
