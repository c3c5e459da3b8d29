import { describe, expect, it } from 'vitest';
import type { SqlCallParameter } from '../sql-mock-types.js';
import { runTsqlBatch } from './run-batch.js';
import { isTsqlError } from './tsql-error.js';

/** Runs a batch whose EXECs call a procedure that records its arguments and returns `outputs`. */
async function run(text: string, outputs: Record<string, unknown> = {}) {
  const calls: { procedure: string; parameters: readonly SqlCallParameter[] }[] = [];
  const result = await runTsqlBatch(text, {
    async exec(procedure, parameters) {
      calls.push({ procedure, parameters });
      return { rowsAffected: 1, outputs: outputs as never, returnValue: 7 };
    },
  });
  return { calls, result, args: calls[0]?.parameters.map((p) => p.value) };
}

async function rejection(text: string) {
  try {
    await run(text);
  } catch (error) {
    if (isTsqlError(error)) return error.details;
    throw error;
  }
  throw new Error(`expected SQL Server to reject: ${text}`);
}

describe('the T-SQL reader rejects what SQL Server rejects, with its number and message', () => {
  it.each([
    [
      'an undoubled quote that leaves a string open (105)',
      "DECLARE @n NVARCHAR(MAX); SET @n = N'O'Brien'; EXEC p @n = @n;",
      105,
      "Unclosed quotation mark after the character string '; EXEC p @n = @n;'.",
    ],
    [
      'undoubled quotes that balance (102)',
      "DECLARE @n NVARCHAR(MAX); SET @n = N'a'b'c'; EXEC p @n = @n;",
      102,
      "Incorrect syntax near 'b'.",
    ],
    ['an undeclared variable (137)', 'EXEC p @x = @nope;', 137, 'Must declare the scalar variable "@nope".'],
    [
      'a variable declared twice, in any case (134)',
      'DECLARE @a INT; DECLARE @A INT;',
      134,
      expect.stringMatching(/^The variable name '@A' has already been declared/),
    ],
    [
      'an NTEXT variable (2739)',
      'DECLARE @t NTEXT;',
      2739,
      'The text, ntext, and image data types are invalid for local variables.',
    ],
    ['a TEXT variable (2739)', 'DECLARE @t TEXT;', 2739, expect.any(String)],
    ['an IMAGE variable (2739)', 'DECLARE @t IMAGE;', 2739, expect.any(String)],
    [
      'GO between statements (102)',
      'DECLARE @a INT;\nGO\nEXEC p @a = @a;',
      102,
      "Incorrect syntax near 'GO'.",
    ],
    [
      'an expression as an EXEC argument (102)',
      "EXEC p @x = N'a' + N'b';",
      102,
      "Incorrect syntax near '+'.",
    ],
    [
      'an unknown type (2715)',
      'DECLARE @a NVARCHARMAX;',
      2715,
      'Column, parameter, or variable #1: Cannot find data type NVARCHARMAX.',
    ],
    [
      'NVARCHAR over 4,000 without MAX (2717)',
      'DECLARE @a NVARCHAR(5000);',
      2717,
      "The size (5000) given to the parameter '@a' exceeds the maximum allowed (4000).",
    ],
    ['a zero length (1001)', 'DECLARE @a VARBINARY(0);', 1001, expect.any(String)],
    ['a width on INT (2716)', 'DECLARE @a INT(4);', 2716, expect.any(String)],
    [
      'text that is not a number into INT (245)',
      "DECLARE @a INT; SET @a = N'12a';",
      245,
      "Conversion failed when converting the nvarchar value '12a' to data type int.",
    ],
    [
      '300 into TINYINT (8115)',
      'DECLARE @a TINYINT; SET @a = 300;',
      8115,
      'Arithmetic overflow error converting expression to data type tinyint.',
    ],
    [
      'a day-month swap out of range under DATEFORMAT dmy (242)',
      "DECLARE @d DATETIME; SET @d = N'2024-03-13 10:00:00';",
      242,
      expect.stringMatching(/out-of-range/),
    ],
    ['text that is not a date (241)', "DECLARE @d DATE; SET @d = N'yesterday';", 241, expect.any(String)],
    [
      'text into VARBINARY (257)',
      "DECLARE @b VARBINARY(MAX); SET @b = N'AAEC';",
      257,
      expect.stringMatching(
        /^Implicit conversion from data type nvarchar to varbinary\(max\) is not allowed/,
      ),
    ],
    [
      'a malformed uniqueidentifier (8169)',
      "DECLARE @g UNIQUEIDENTIFIER; SET @g = N'not-a-guid';",
      8169,
      expect.any(String),
    ],
    [
      'OUTPUT on a constant (179)',
      'EXEC p @x = 5 OUTPUT;',
      179,
      'Cannot use the OUTPUT option when passing a constant to a stored procedure.',
    ],
    [
      'a positional argument after a named one (119)',
      'DECLARE @a INT; EXEC p @x = 1, @a;',
      119,
      expect.stringMatching(/^Must pass parameter number 2/),
    ],
    ['an unclosed block comment (113)', 'DECLARE @a INT; /* note', 113, "Missing end comment mark '*/'."],
    ['an unclosed bracket (105)', 'EXEC [dbo].[p', 105, expect.stringMatching(/^Unclosed quotation mark/)],
    [
      'assignment mixed with retrieval in one SELECT (141)',
      'DECLARE @a INT; SELECT @a = 1, 2 AS b;',
      141,
      expect.any(String),
    ],
  ])('%s', async (_name, text, errorCode, errorMessage) => {
    expect(await rejection(text)).toEqual({ errorType: 'mssql', errorCode, errorMessage });
  });

  it('refuses what it cannot run (a SELECT from a table) instead of returning nothing', async () => {
    expect(await rejection('DECLARE @a INT; SELECT * FROM Patients;')).toMatchObject({ errorCode: 50000 });
  });
});

describe('the T-SQL reader does what SQL Server silently does', () => {
  it('reads a batch starting with a bare name, such as GO, as a call of that procedure', async () => {
    const { calls } = await run('GO\nEXEC p;');
    expect(calls.map((c) => c.procedure)).toEqual(['GO', 'p']);
  });

  it('truncates a value SET into NVARCHAR without a length to 1 character', async () => {
    const { args } = await run("DECLARE @n NVARCHAR; SET @n = N'hello'; EXEC p @n = @n;");
    expect(args).toEqual(['h']);
  });

  it('truncates to the declared length and pads CHAR types', async () => {
    const { args } = await run(
      "DECLARE @a NVARCHAR(3), @b NCHAR(4), @c VARBINARY(2); SET @a = N'abcdef'; SET @b = N'x'; SET @c = 0x010203; EXEC p @a = @a, @b = @b, @c = @c;",
    );
    expect(args).toEqual(['abc', 'x   ', new Uint8Array([1, 2])]);
  });

  it('removes a backslash followed by a newline inside a string or binary constant (line continuation)', async () => {
    const { args } = await run(
      "DECLARE @n NVARCHAR(MAX), @b VARBINARY(MAX); SET @n = N'a\\\nb\\\r\nc\\d'; SET @b = 0x01\\\n02; EXEC p @n = @n, @b = @b;",
    );
    expect(args).toEqual(['abc\\d', new Uint8Array([1, 2])]);
  });

  it('limits a concatenation without a MAX operand to 4,000 characters, and keeps it whole with CAST to MAX', async () => {
    const half = 'x'.repeat(3000);
    const { args } = await run(
      `DECLARE @a NVARCHAR(MAX), @b NVARCHAR(MAX); SET @a = N'${half}' + N'${half}'; SET @b = CAST(N'' AS NVARCHAR(MAX)) + N'${half}' + N'${half}'; EXEC p @a = @a, @b = @b;`,
    );
    expect(args?.map((v) => (v as string).length)).toEqual([4000, 6000]);
  });

  it('reads yyyy-mm-dd as year-day-month for DATETIME under DATEFORMAT dmy, but not in the ISO T form or for DATE', async () => {
    const { args } = await run(
      "DECLARE @a DATETIME, @b DATETIME, @c DATE; SET @a = N'2024-03-04 10:00:00'; SET @b = N'2024-03-04T10:00:00'; SET @c = N'2024-03-04'; EXEC p @a = @a, @b = @b, @c = @c;",
    );
    expect((args as Date[]).map((d) => d.toISOString())).toEqual([
      '2024-04-03T10:00:00.000Z',
      '2024-03-04T10:00:00.000Z',
      '2024-03-04T00:00:00.000Z',
    ]);
  });

  it('turns characters outside the code page into ? in a VARCHAR variable', async () => {
    const { args } = await run("DECLARE @v VARCHAR(MAX); SET @v = N'café 😀'; EXEC p @v = @v;");
    expect(args).toEqual(['café ??']);
  });

  it('reads the documented workaround: types, NCHAR, NULL, EXEC with a return value and OUTPUT, the final SELECT', async () => {
    const text = [
      'DECLARE @__halo_p1 INT;',
      'SET @__halo_p1 = 12;',
      'DECLARE @__halo_p2 NVARCHAR(MAX);',
      "SET @__halo_p2 = CAST(N'' AS NVARCHAR(MAX)) + N'O''Brien \\' + N'\nnext' + NCHAR(0);",
      'DECLARE @__halo_p3 INT;',
      'DECLARE @__halo_p4 DECIMAL(38, 2);',
      'SET @__halo_p4 = 12.5;',
      'DECLARE @__halo_rv INT;',
      'EXEC @__halo_rv = [dbo].[sp_SaveClinicalNote] @PatientID = @__halo_p1, @Note = @__halo_p2, @NoteID = @__halo_p3 OUTPUT, @Fee = @__halo_p4;',
      'SELECT @__halo_rv AS [@returnValue], @__halo_p3 AS [@NoteID];',
    ].join('\n');
    const { calls, result } = await run(text, { '@NoteID': 66 });
    expect(calls).toEqual([
      {
        procedure: 'dbo.sp_SaveClinicalNote',
        parameters: [
          { name: '@PatientID', type: 'Int', direction: 'input', value: 12 },
          { name: '@Note', type: 'NVarChar', direction: 'input', value: "O'Brien \\\nnext\u0000" },
          { name: '@NoteID', type: 'Int', direction: 'output', value: null },
          { name: '@Fee', type: 'Decimal', direction: 'input', value: '12.50' },
        ],
      },
    ]);
    expect(result).toEqual({ rows: [{ '@returnValue': 7, '@NoteID': 66 }], rowsAffected: 1 });
  });
});

describe('compound assignment', () => {
  it('reads SET @v += x as SET @v = @v + x, for text and numbers', async () => {
    const { args } = await run(
      "DECLARE @t NVARCHAR(MAX), @n INT; SET @t = N'a'; SET @t += N'b'; SET @n = 2; SET @n += 3; EXEC p @t = @t, @n = @n;",
    );
    expect(args).toEqual(['ab', 5]);
  });
});
