import type { SqlDbType } from '../command.js';
import type { ParsedSqlValue } from '../parameters/parse-value.js';

/**
 * The variable type the rewrite DECLAREs for each parameter type. Every length is MAX (a shorter type
 * would silently truncate: `NVARCHAR` alone is `NVARCHAR(1)`), and TEXT, NTEXT and IMAGE variables do
 * not exist (error 2739), so those go through the MAX types. The procedure's own parameter type does
 * the final conversion. Types absent here have no safe literal form and are refused.
 */
export const declareTypes: Readonly<Partial<Record<SqlDbType, string>>> = Object.freeze({
  NVarChar: 'NVARCHAR(MAX)',
  NChar: 'NVARCHAR(MAX)',
  NText: 'NVARCHAR(MAX)',
  String: 'NVARCHAR(MAX)',
  VarChar: 'VARCHAR(MAX)',
  Char: 'VARCHAR(MAX)',
  Text: 'VARCHAR(MAX)',
  Xml: 'XML',
  VarBinary: 'VARBINARY(MAX)',
  Binary: 'VARBINARY(MAX)',
  Image: 'VARBINARY(MAX)',
  Int: 'INT',
  BigInt: 'BIGINT',
  SmallInt: 'SMALLINT',
  TinyInt: 'TINYINT',
  Bit: 'BIT',
  Decimal: 'DECIMAL(38, s)',
  Money: 'MONEY',
  SmallMoney: 'SMALLMONEY',
  Float: 'FLOAT',
  Real: 'REAL',
  Date: 'DATE',
  Time: 'TIME(7)',
  DateTime: 'DATETIME',
  SmallDateTime: 'SMALLDATETIME',
  DateTime2: 'DATETIME2(7)',
  DateTimeOffset: 'DATETIMEOFFSET(7)',
  UniqueIdentifier: 'UNIQUEIDENTIFIER',
});

/**
 * Scale of a Decimal variable that receives an output: the procedure may write more decimals than
 * the value sent in, so an `output`/`inputOutput` Decimal keeps at least 18 (as long as the integer
 * digits still fit in 38).
 */
const outputDecimalScale = 18;

/**
 * The DECLARE type of a parameter: the table above, with `DECIMAL(38, s)` where `s` is the number of
 * decimals in the value (at least 18 for outputs, see above). `undefined` when the type is refused.
 */
export function declareTypeFor(
  type: SqlDbType,
  value: ParsedSqlValue | undefined,
  receivesOutput: boolean,
): string | undefined {
  const declared = declareTypes[type];
  if (type !== 'Decimal' || declared === undefined) return declared;
  const scale = value?.kind === 'decimal' ? value.scale : 0;
  const integerDigits = value?.kind === 'decimal' ? value.integerDigits : 0;
  const wanted = receivesOutput ? Math.max(scale, outputDecimalScale) : scale;
  return `DECIMAL(38, ${integerDigits + wanted <= 38 ? wanted : scale})`;
}
