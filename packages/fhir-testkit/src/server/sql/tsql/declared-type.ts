import type { SqlDbType } from '@halo-fhir/fhir-client/sql';
import { mssqlError, mssqlErrors } from '../database-errors.js';
import { TsqlError } from './tsql-error.js';

/** How a type's values behave in the reader. */
export type TypeFamily = 'text' | 'binary' | 'integer' | 'exact' | 'float' | 'bit' | 'date' | 'time' | 'guid';

/** A declared variable type: `NVARCHAR(MAX)`, `DECIMAL(38, 2)`, `INT` … */
export interface DeclaredType {
  /** Upper case, as SQL Server spells it in messages (lower-cased there). */
  readonly name: string;
  readonly dbType: SqlDbType;
  readonly family: TypeFamily;
  /** Characters (text) or bytes (binary); 'max' for MAX; undefined for types without a length. */
  readonly length: number | 'max' | undefined;
  /** Unicode text (NVARCHAR, NCHAR, XML). */
  readonly unicode: boolean;
  /** CHAR, NCHAR, BINARY: padded to their length. */
  readonly fixed: boolean;
  /** DECIMAL/NUMERIC precision and scale; MONEY 19,4; SMALLMONEY 10,4. */
  readonly precision?: number;
  readonly scale?: number;
}

interface TypeSpec {
  readonly dbType: SqlDbType;
  readonly family: TypeFamily;
  /** Largest length allowed before MAX. */
  readonly maxLength?: number;
  readonly unicode?: boolean;
  readonly fixed?: boolean;
  /** Takes an optional precision (FLOAT, TIME, DATETIME2, DATETIMEOFFSET, DECIMAL). */
  readonly precision?: boolean;
}

const specs: Readonly<Record<string, TypeSpec>> = {
  NVARCHAR: { dbType: 'NVarChar', family: 'text', maxLength: 4000, unicode: true },
  NCHAR: { dbType: 'NChar', family: 'text', maxLength: 4000, unicode: true, fixed: true },
  VARCHAR: { dbType: 'VarChar', family: 'text', maxLength: 8000 },
  CHAR: { dbType: 'Char', family: 'text', maxLength: 8000, fixed: true },
  XML: { dbType: 'Xml', family: 'text', unicode: true },
  SYSNAME: { dbType: 'NVarChar', family: 'text', unicode: true },
  VARBINARY: { dbType: 'VarBinary', family: 'binary', maxLength: 8000 },
  BINARY: { dbType: 'Binary', family: 'binary', maxLength: 8000, fixed: true },
  INT: { dbType: 'Int', family: 'integer' },
  BIGINT: { dbType: 'BigInt', family: 'integer' },
  SMALLINT: { dbType: 'SmallInt', family: 'integer' },
  TINYINT: { dbType: 'TinyInt', family: 'integer' },
  BIT: { dbType: 'Bit', family: 'bit' },
  DECIMAL: { dbType: 'Decimal', family: 'exact', precision: true },
  NUMERIC: { dbType: 'Decimal', family: 'exact', precision: true },
  MONEY: { dbType: 'Money', family: 'exact' },
  SMALLMONEY: { dbType: 'SmallMoney', family: 'exact' },
  FLOAT: { dbType: 'Float', family: 'float', precision: true },
  REAL: { dbType: 'Real', family: 'float' },
  DATE: { dbType: 'Date', family: 'date' },
  DATETIME: { dbType: 'DateTime', family: 'date' },
  SMALLDATETIME: { dbType: 'SmallDateTime', family: 'date' },
  DATETIME2: { dbType: 'DateTime2', family: 'date', precision: true },
  DATETIMEOFFSET: { dbType: 'DateTimeOffset', family: 'date', precision: true },
  TIME: { dbType: 'Time', family: 'time', precision: true },
  UNIQUEIDENTIFIER: { dbType: 'UniqueIdentifier', family: 'guid' },
};

/** The type's size arguments as written: `(n)`, `(MAX)`, `(p, s)`, or none. */
export type TypeArguments = readonly (number | 'max')[] | undefined;

/**
 * A declared type from its name and arguments, with SQL Server's errors: 2739 for TEXT, NTEXT and
 * IMAGE, 2715 for unknown types, 2717 for lengths over the maximum, 1001 for a zero length.
 * A length-taking type written without one has length 1 (SQL Server's rule for DECLARE).
 */
export function declaredType(rawName: string, args: TypeArguments, variable: string): DeclaredType {
  const name = rawName.toUpperCase();
  if (name === 'TEXT' || name === 'NTEXT' || name === 'IMAGE')
    throw new TsqlError(mssqlErrors.textVariable());
  const spec = specs[name];
  if (spec === undefined) throw new TsqlError(mssqlErrors.unknownType(rawName));
  const base = {
    name,
    dbType: spec.dbType,
    family: spec.family,
    unicode: spec.unicode ?? false,
    fixed: spec.fixed ?? false,
  };
  if (name === 'SYSNAME') return { ...base, length: 128 };
  if (spec.maxLength !== undefined) {
    const [length = 1, extra] = args ?? [];
    if (extra !== undefined) throw new TsqlError(mssqlErrors.syntaxNear(','));
    if (length === 'max') {
      if (spec.fixed) throw new TsqlError(mssqlErrors.syntaxNear('max'));
      return { ...base, length: 'max' };
    }
    if (length === 0) throw new TsqlError(mssqlErrors.invalidLength());
    if (length > spec.maxLength)
      throw new TsqlError(mssqlErrors.sizeTooLarge(length, variable, spec.maxLength));
    return { ...base, length };
  }
  if (args !== undefined && !spec.precision) {
    throw new TsqlError(
      mssqlError(
        2716,
        `Column, parameter, or variable #1: Cannot specify a column width on data type ${name.toLowerCase()}.`,
      ),
    );
  }
  if (args?.some((arg) => arg === 'max')) throw new TsqlError(mssqlErrors.syntaxNear('max'));
  const numbers = (args ?? []) as readonly number[];
  if (name === 'MONEY') return { ...base, length: undefined, precision: 19, scale: 4 };
  if (name === 'SMALLMONEY') return { ...base, length: undefined, precision: 10, scale: 4 };
  if (spec.family === 'exact') {
    const [precision = 18, scale = 0] = numbers;
    if (precision < 1 || precision > 38 || scale > precision) {
      throw new TsqlError(
        mssqlError(
          2750,
          `Column or parameter #1: Specified column precision ${precision} is greater than the maximum precision of 38.`,
        ),
      );
    }
    return { ...base, length: undefined, precision, scale };
  }
  return { ...base, length: undefined, ...(numbers[0] === undefined ? {} : { precision: numbers[0] }) };
}

/** The declared type a constant has when passed straight to EXEC: N'…' NVARCHAR, 0x… VARBINARY … */
export function constantType(
  kind: 'unicode' | 'ansi' | 'binary' | 'integer' | 'decimal' | 'float',
): DeclaredType {
  switch (kind) {
    case 'unicode':
      return declaredType('NVARCHAR', ['max'], '');
    case 'ansi':
      return declaredType('VARCHAR', ['max'], '');
    case 'binary':
      return declaredType('VARBINARY', ['max'], '');
    case 'integer':
      return declaredType('INT', undefined, '');
    case 'decimal':
      return declaredType('DECIMAL', [38, 10], '');
    case 'float':
      return declaredType('FLOAT', undefined, '');
  }
}
