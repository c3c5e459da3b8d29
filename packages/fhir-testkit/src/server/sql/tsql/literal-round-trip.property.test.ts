import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SqlCallParameter, SqlValue } from '../sql-mock-types.js';
import { runTsqlBatch } from './run-batch.js';
import { type WrittenArgument, type WrittenValue, writeBatch } from './test-support/literal-writer.js';

// Text that exercises every literal rule: quotes, backslash before LF/CRLF, NUL, comment and batch
// markers, surrogate pairs, and arbitrary UTF-16 (lone surrogates included).
const awkward = fc.constantFrom(
  "'",
  "''",
  '\\',
  '\\\n',
  '\\\r\n',
  '\n',
  '\r\n',
  '\u0000',
  '\nGO\n',
  '--',
  '/*',
  ';',
  '😀',
  "N'",
  ']',
);
const text = fc
  .array(fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 8 })
  .map((parts) => parts.join(''));
const date = (min: string, max: string) =>
  fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true });

interface Case {
  readonly value: WrittenValue;
  readonly dbType: string;
  /** What the procedure must receive. */
  readonly expected: SqlValue;
}

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 8, nil: null });

const cases: fc.Arbitrary<Case> = fc.oneof(
  nullable(text).map(
    (v) => ({ value: { type: 'NVARCHAR(MAX)', value: v }, dbType: 'NVarChar', expected: v }) as const,
  ),
  nullable(fc.uint8Array({ maxLength: 40 })).map(
    (v) => ({ value: { type: 'VARBINARY(MAX)', value: v }, dbType: 'VarBinary', expected: v }) as const,
  ),
  nullable(fc.bigInt(-(2n ** 31n), 2n ** 31n - 1n)).map(
    (v) =>
      ({ value: { type: 'INT', value: v }, dbType: 'Int', expected: v === null ? null : Number(v) }) as const,
  ),
  nullable(fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n)).map(
    (v) => ({ value: { type: 'BIGINT', value: v }, dbType: 'BigInt', expected: v }) as const,
  ),
  nullable(fc.bigInt(-32768n, 32767n)).map(
    (v) =>
      ({
        value: { type: 'SMALLINT', value: v },
        dbType: 'SmallInt',
        expected: v === null ? null : Number(v),
      }) as const,
  ),
  nullable(fc.bigInt(0n, 255n)).map(
    (v) =>
      ({
        value: { type: 'TINYINT', value: v },
        dbType: 'TinyInt',
        expected: v === null ? null : Number(v),
      }) as const,
  ),
  nullable(
    fc
      .tuple(fc.bigInt(-(10n ** 18n), 10n ** 18n), fc.stringMatching(/^\d{0,6}$/))
      .map(([whole, fraction]) => (fraction === '' ? String(whole) : `${whole}.${fraction}`)),
  ).map((v) => ({ value: { type: 'DECIMAL', value: v }, dbType: 'Decimal', expected: v }) as const),
  nullable(fc.boolean()).map(
    (v) => ({ value: { type: 'BIT', value: v }, dbType: 'Bit', expected: v }) as const,
  ),
  nullable(fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v))).map(
    (v) => ({ value: { type: 'FLOAT', value: v }, dbType: 'Float', expected: v }) as const,
  ),
  nullable(
    date('0001-01-01T00:00:00Z', '9999-12-31T00:00:00Z').map(
      (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
    ),
  ).map((v) => ({ value: { type: 'DATE', value: v }, dbType: 'Date', expected: v }) as const),
  nullable(date('0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z')).map(
    (v) => ({ value: { type: 'DATETIME2(7)', value: v }, dbType: 'DateTime2', expected: v }) as const,
  ),
  nullable(date('1753-01-01T00:00:00Z', '9999-12-31T23:59:59.997Z')).map(
    (v) => ({ value: { type: 'DATETIME', value: v }, dbType: 'DateTime', expected: v }) as const,
  ),
  nullable(date('0001-01-02T00:00:00Z', '9999-12-30T23:59:59.999Z')).map(
    (v) =>
      ({ value: { type: 'DATETIMEOFFSET(7)', value: v }, dbType: 'DateTimeOffset', expected: v }) as const,
  ),
  nullable(fc.uuid()).map(
    (v) =>
      ({ value: { type: 'UNIQUEIDENTIFIER', value: v }, dbType: 'UniqueIdentifier', expected: v }) as const,
  ),
);

const names = fc.uniqueArray(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/), {
  minLength: 1,
  maxLength: 6,
  selector: (name) => name.toLowerCase(),
});

const batches = names.chain((list) =>
  fc.tuple(
    fc.constant(list),
    fc.array(fc.tuple(cases, fc.boolean()), { minLength: list.length, maxLength: list.length }),
  ),
);

describe('the T-SQL reader against an independent literal writer', () => {
  it('hands the procedure every value exactly as written, and the final SELECT returns the OUTPUT values', async () => {
    await fc.assert(
      fc.asyncProperty(batches, async ([list, values]) => {
        const args: WrittenArgument[] = list.map((name, i) => ({
          name: `@${name}`,
          value: values[i]![0].value,
          output: values[i]![1],
        }));
        let received: readonly SqlCallParameter[] = [];
        const result = await runTsqlBatch(writeBatch('[dbo].[sp_Under_Test]', args), {
          async exec(procedure, parameters) {
            expect(procedure).toBe('dbo.sp_Under_Test');
            received = parameters;
            // Echo each OUTPUT parameter back, so the SELECT must return what was sent.
            const outputs = Object.fromEntries(
              parameters.filter((p) => p.direction !== 'input').map((p) => [p.name, p.value]),
            );
            return { rowsAffected: 0, outputs, returnValue: 42 };
          },
        });
        expect(received).toEqual(
          args.map((arg, i) => ({
            name: arg.name,
            type: values[i]![0].dbType,
            direction: arg.output ? (values[i]![0].expected === null ? 'output' : 'inputOutput') : 'input',
            value: values[i]![0].expected,
          })),
        );
        const expectedRow = Object.fromEntries([
          ['@returnValue', 42],
          ...args.flatMap((arg, i) => (arg.output ? [[arg.name, values[i]![0].expected]] : [])),
        ]);
        expect(result.rows).toEqual([expectedRow]);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
