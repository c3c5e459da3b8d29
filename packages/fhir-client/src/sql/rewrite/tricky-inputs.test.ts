import { describe, expect, it } from 'vitest';
import {
  isSqlRewriteError,
  rewriteStoredProcedure,
  type SqlCommand,
  type SqlDbType,
  type SqlParameter,
  type SqlRewriteOptions,
} from '../index.js';
import { readTsqlBatch } from './test-support/tsql-literal-reader.js';

/** The right-hand side of `SET @__halo_p1 = …;` when `value` is sent as the one input parameter. */
function literal(value: string, type: SqlDbType = 'NVarChar'): string {
  const text = rewrite([{ name: '@X', type, value }]);
  const start = text.indexOf('\nSET @__halo_p1 = ') + '\nSET @__halo_p1 = '.length;
  return text.slice(start, text.lastIndexOf(';\nEXEC '));
}

function rewrite(parameters: SqlParameter[], procedure = 'dbo.sp_X', options?: SqlRewriteOptions): string {
  const command: SqlCommand = { text: procedure, type: 'storedProcedure', parameters };
  const text = rewriteStoredProcedure(command, options).command.text;
  readTsqlBatch(text); // every output must read as a plain DECLARE/SET/EXEC/SELECT batch
  return text;
}

/** The message of the SqlRewriteError thrown by `run`. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isSqlRewriteError(error)) return error.message;
    throw error;
  }
  throw new Error('the rewrite was not refused');
}

const exec = (procedure: string) => rewrite([], procedure).split('\n').at(-1);

// One row per tricky input of the reference's §6.5, by number.
const rows: [number, string, () => string, string | RegExp][] = [
  [1, "O'Brien", () => literal("O'Brien"), "N'O''Brien'"],
  [2, 'quotes already doubled', () => literal("''"), "N''''''"],
  [3, 'an injection attempt', () => literal("'; DROP TABLE Patients; --"), "N'''; DROP TABLE Patients; --'"],
  [4, '-- inside the value', () => literal('a -- comment'), "N'a -- comment'"],
  [5, '/* … */ and an unbalanced /*', () => literal('/* a */ b /*'), "N'/* a */ b /*'"],
  [6, ';', () => literal('a;b;'), "N'a;b;'"],
  [7, 'a line that is just GO', () => literal('a\nGO\nb'), "N'a\nGO\nb'"],
  [8, 'backslash + LF', () => literal('a\\\nb'), "CAST(N'' AS NVARCHAR(MAX)) + N'a\\' + N'\nb'"],
  [8, 'backslash + CR LF', () => literal('a\\\r\nb\\'), "CAST(N'' AS NVARCHAR(MAX)) + N'a\\' + N'\r\nb\\'"],
  [9, 'NUL', () => literal('a\u0000b'), "CAST(N'' AS NVARCHAR(MAX)) + N'a' + NCHAR(0) + N'b'"],
  [9, 'NUL alone', () => literal('\u0000'), "CAST(N'' AS NVARCHAR(MAX)) + NCHAR(0)"],
  [10, 'emoji and astral characters', () => literal('😀 𝄞 𠜎'), "N'😀 𝄞 𠜎'"],
  [
    11,
    'a lone surrogate',
    () => refusal(() => literal('ab\uD800c')),
    /parameter @X contains invalid UTF-16 \(lone surrogate at index 2\)/,
  ],
  [
    12,
    'a value of 1 MB',
    () => String(literal('é'.repeat(1_048_576)) === `N'${'é'.repeat(1_048_576)}'`),
    'true',
  ],
  [
    12,
    'declared MAX whatever the size',
    () => rewrite([{ name: '@X', type: 'NChar', value: 'a'.repeat(9000) }]).split('\n')[0]!,
    'DECLARE @__halo_p1 NVARCHAR(MAX);',
  ],
  [
    13,
    'RTL override, zero-width, ligature',
    () => literal('\u202Eabc\u200B\uFB01'),
    "N'\u202Eabc\u200B\uFB01'",
  ],
  [14, 'tab, CR and LF', () => literal('a\tb\rc\nd\r\n'), "N'a\tb\rc\nd\r\n'"],
  [
    15,
    'parameter name @x; DROP',
    () => refusal(() => rewrite([{ name: '@x; DROP', type: 'Int', value: '1' }])),
    /invalid parameter name/,
  ],
  [
    15,
    'parameter name @x y',
    () => refusal(() => rewrite([{ name: '@x y', type: 'Int', value: '1' }])),
    /invalid parameter name/,
  ],
  [
    15,
    'parameter name @[x]',
    () => refusal(() => rewrite([{ name: '@[x]', type: 'Int', value: '1' }])),
    /invalid parameter name/,
  ],
  [
    15,
    'parameter name @',
    () => refusal(() => rewrite([{ name: '@', type: 'Int', value: '1' }])),
    /invalid parameter name/,
  ],
  [
    15,
    'parameter name @@rowcount',
    () => refusal(() => rewrite([{ name: '@@rowcount', type: 'Int', value: '1' }])),
    /invalid parameter name/,
  ],
  [
    15,
    'a non-ASCII parameter name',
    () => refusal(() => rewrite([{ name: '@Prénom', type: 'Int', value: '1' }])),
    /invalid parameter name/,
  ],
  [
    16,
    'procedure sp_X; DROP',
    () => refusal(() => rewrite([], 'sp_X; DROP TABLE Patients')),
    /procedure name .* is not valid/,
  ],
  [16, 'procedure sp X', () => refusal(() => rewrite([], 'sp X')), /not a regular identifier/],
  [16, 'procedure a.b.c.d', () => refusal(() => rewrite([], 'a.b.c.d')), /4 parts, at most 3/],
  [16, 'procedure [unterminated', () => refusal(() => rewrite([], '[unterminated')), /never closed/],
  [16, 'procedure with an empty part', () => refusal(() => rewrite([], 'dbo..sp_X')), /a part is empty/],
  [
    16,
    'procedure with a comment',
    () => refusal(() => rewrite([], 'dbo.sp_X--')),
    /not a regular identifier/,
  ],
  [16, 'a valid three-part name', () => exec('[my db].dbo.[sp x]')!, 'EXEC [my db].[dbo].[sp x];'],
  [17, 'procedure name containing ]', () => exec('dbo.[odd]]name]')!, 'EXEC [dbo].[odd]]name];'],
  [
    18,
    'integer 1; DROP',
    () => refusal(() => literal('1; DROP', 'Int')),
    /parameter @X is not a valid Int\b/,
  ],
  [18, 'integer 1e3', () => refusal(() => literal('1e3', 'Int')), /parameter @X is not a valid Int\b/],
  [
    18,
    'integer 0x10',
    () => refusal(() => literal('0x10', 'BigInt')),
    /parameter @X is not a valid BigInt\b/,
  ],
  [
    18,
    'integer out of range',
    () => refusal(() => literal('2147483648', 'Int')),
    /parameter @X is not a valid Int \(out of range\)/,
  ],
  [
    18,
    'TinyInt out of range',
    () => refusal(() => literal('256', 'TinyInt')),
    /parameter @X is not a valid TinyInt/,
  ],
  [
    19,
    'invalid base64',
    () => refusal(() => literal('not base64!', 'VarBinary')),
    /parameter @X is not valid base64/,
  ],
  [20, 'an empty string', () => literal(''), "N''"],
  [20, 'an empty binary', () => literal('', 'VarBinary'), '0x'],
  [21, 'a DateTime without T', () => literal('2024-03-04 05:06:07', 'DateTime'), "N'2024-03-04T05:06:07'"],
  [
    21,
    'a DateTime with an offset',
    () => refusal(() => literal('2024-03-04T05:06:07+10:00', 'DateTime')),
    /offset is only accepted for DateTimeOffset/,
  ],
  [
    21,
    'a DateTimeOffset in Z',
    () => literal('2024-03-04T05:06:07.1234567Z', 'DateTimeOffset'),
    "N'2024-03-04T05:06:07.1234567+00:00'",
  ],
  [22, 'Structured', () => refusal(() => literal('x', 'Structured')), /cannot be sent as a T-SQL literal/],
  [22, 'Udt', () => refusal(() => literal('x', 'Udt')), /cannot be sent as a T-SQL literal/],
  [22, 'Variant', () => refusal(() => literal('x', 'Variant')), /cannot be sent as a T-SQL literal/],
  [
    22,
    'Timestamp',
    () => refusal(() => literal('AAAAAAAAAAA=', 'Timestamp')),
    /cannot be sent as a T-SQL literal/,
  ],
  [
    23,
    'duplicate names, case-insensitive',
    () =>
      refusal(() =>
        rewrite([
          { name: '@PatientID', type: 'Int', value: '1' },
          { name: 'patientid', type: 'Int', value: '2' },
        ]),
      ),
    /parameter patientid duplicates @PatientID/,
  ],
  [
    24,
    'a Zedmed (Firebird) site',
    () => refusal(() => rewrite([], 'dbo.sp_X', { pmsType: 'Zedmed' })),
    /Zedmed site runs Firebird/,
  ],
  [
    24,
    'engine fbsql',
    () => refusal(() => rewrite([], 'dbo.sp_X', { engine: 'fbsql' })),
    /runs Firebird.*Send the storedProcedure command as it is/,
  ],
];

describe('the 24 tricky inputs of the reference §6.5', () => {
  it.each(rows)('#%i %s', (_, __, run, expected) => {
    const actual = run();
    if (typeof expected === 'string') expect(actual).toBe(expected);
    else expect(actual).toMatch(expected);
  });

  it('#4/#5/#7: the batch holds no comment and no GO outside the constants', () => {
    const text = rewrite([{ name: '@X', type: 'NVarChar', value: '-- a\n/* b\nGO\n' }]);
    expect(readTsqlBatch(text).comments).toBe(0);
    expect(text.split('\n').filter((line) => line.trim().toUpperCase() === 'GO')).toEqual([
      'GO', // the one inside the constant
    ]);
  });

  it('#24: an unknown PMS is refused too, unless the caller vouches for SQL Server', () => {
    expect(refusal(() => rewrite([], 'dbo.sp_X', { pmsType: 'NewPms' }))).toMatch(
      /engine of PMS "NewPms" is unknown/,
    );
    expect(rewrite([], 'dbo.sp_X', { pmsType: 'NewPms', engine: 'mssql' })).toBe('EXEC [dbo].[sp_X];');
    expect(rewrite([], 'dbo.sp_X', { pmsType: 'BestPractice' })).toBe('EXEC [dbo].[sp_X];');
    expect(rewrite([], 'dbo.sp_X', { pmsType: 'd4w' })).toBe('EXEC [dbo].[sp_X];');
  });
});
