import { SqlDbType, type SqlParameter, SqlParameterDirection } from '../command.js';
import { InvalidSqlParameterError } from './invalid-sql-parameter-error.js';
import { decimalPrecision, plainDecimal, utcParts } from './js-values.js';
import { encodeBase64 } from './text-values.js';
import { validateSqlParameter } from './validate-sql-parameter.js';

/** The JS values a parameter can be made from. `null` is SQL NULL. */
export type SqlValue = string | number | bigint | boolean | Date | Uint8Array | null;

/** Options of {@link sqlParameter}. */
export interface SqlParameterOptions {
  /** The type to send; overrides the inferred one. @default inferred from the value (see {@link sqlParameter}) */
  readonly type?: SqlDbType;
  /** @default 'input' */
  readonly direction?: SqlParameterDirection;
  /** Maximum size in bytes, as ADO.NET's `SqlParameter.Size` (-1 for MAX). @default not sent */
  readonly size?: number;
}

const { BigInt: BigIntType, Bit, Decimal, Float, Int, NVarChar, VarBinary, DateTime2 } = SqlDbType;
const stringTypes = new Set<SqlDbType>([
  'NVarChar',
  'NChar',
  'NText',
  'String',
  'VarChar',
  'Char',
  'Text',
  'Xml',
]);
const binaryTypes = new Set<SqlDbType>(['VarBinary', 'Binary', 'Image', 'Timestamp']);
const integerTypes = new Set<SqlDbType>(['TinyInt', 'SmallInt', 'Int', 'BigInt']);
const exactTypes = new Set<SqlDbType>(['Decimal', 'Money', 'SmallMoney']);

/**
 * A wire parameter from a JS value, with its type inferred unless `options.type` is given:
 * - a safe integer → `Int` when it fits 32 bits, else `BigInt`; a `bigint` → `BigInt`;
 * - any other finite number → `Decimal` written exactly as its shortest round-trip digits (`0.1` is
 *   sent as `0.1`), or `Float` when those digits exceed DECIMAL's 38 (e.g. `1e-40`); NaN and ±Infinity
 *   are refused (SQL Server has no such values);
 * - a string → `NVarChar`; a boolean → `Bit`; a `Uint8Array` → `VarBinary` (sent as base64);
 * - a `Date` → `DateTime2`, written as its **UTC** wall-clock time (`2024-03-04T05:06:07.123`). Pass
 *   `type: 'DateTimeOffset'` to keep it an instant, or a `YYYY-MM-DD` string for a calendar date;
 * - `null` → SQL NULL, typed `NVarChar` unless `type` says otherwise.
 *
 * With an explicit `type`, a string is taken as that type's text form (base64 for binary types) and
 * other values are converted when that is lossless. `output` and `returnValue` parameters take `null`
 * and are sent without a value. The result is validated like {@link validateSqlParameter}.
 * @throws {InvalidSqlParameterError} when the value has no exact form in the type, or the name is invalid.
 */
export function sqlParameter(name: string, value: SqlValue, options: SqlParameterOptions = {}): SqlParameter {
  const direction = options.direction ?? SqlParameterDirection.Input;
  const type = options.type ?? inferType(name, value);
  const fail = (problem: string, accepted: string): never => {
    throw new InvalidSqlParameterError({ parameter: name, sqlType: type, problem, accepted });
  };
  if (direction === 'output' || direction === 'returnValue') {
    if (value !== null)
      fail(`is an ${direction} parameter with a value`, 'null, or use direction inputOutput');
    return freeze(validateSqlParameter({ name, type, direction, ...sizeOf(options) }));
  }
  const wire = value === null ? null : toWireText(value, type, fail);
  return freeze(validateSqlParameter({ name, type, direction, value: wire, ...sizeOf(options) }));
}

function sizeOf(options: SqlParameterOptions): { size?: number } {
  return options.size === undefined ? {} : { size: options.size };
}

function freeze(parameter: SqlParameter): SqlParameter {
  return Object.freeze({ ...parameter });
}

function inferType(name: string, value: SqlValue): SqlDbType {
  if (value === null || typeof value === 'string') return NVarChar;
  if (typeof value === 'boolean') return Bit;
  if (typeof value === 'bigint') return BigIntType;
  if (value instanceof Date) return DateTime2;
  if (value instanceof Uint8Array) return VarBinary;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return value >= -(2 ** 31) && value < 2 ** 31 ? Int : BigIntType;
    if (Number.isFinite(value)) return decimalPrecision(plainDecimal(value)) <= 38 ? Decimal : Float;
  }
  throw new InvalidSqlParameterError({
    parameter: name,
    problem: `has a value of unsupported kind (${describe(value)})`,
    accepted: 'a string, finite number, bigint, boolean, Date, Uint8Array or null (for SQL NULL)',
  });
}

function toWireText(
  value: Exclude<SqlValue, null>,
  type: SqlDbType,
  fail: (p: string, a: string) => never,
): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return fail(`is ${value}`, 'a finite number (SQL Server has no NaN or Infinity)');
    if (integerTypes.has(type)) {
      return Number.isSafeInteger(value)
        ? String(value)
        : fail('is not a safe integer', 'an integer, or a bigint');
    }
    if (type === Bit) return value === 1 || value === 0 ? String(value) : fail(`is ${value}`, '0 or 1');
    if (exactTypes.has(type)) return plainDecimal(value);
    if (type === Float || type === 'Real' || stringTypes.has(type)) return String(value);
  }
  if (typeof value === 'bigint') {
    if (
      integerTypes.has(type) ||
      exactTypes.has(type) ||
      type === Float ||
      type === 'Real' ||
      stringTypes.has(type)
    ) {
      return value.toString();
    }
    if (type === Bit && (value === 0n || value === 1n)) return value.toString();
  }
  if (typeof value === 'boolean' && type === Bit) return value ? '1' : '0';
  if (value instanceof Uint8Array && binaryTypes.has(type)) return encodeBase64(value);
  if (value instanceof Date) return dateText(value, type, fail);
  return fail(
    `cannot be sent as ${type} from a ${describe(value)}`,
    `a value that converts losslessly to ${type}`,
  );
}

function dateText(value: Date, type: SqlDbType, fail: (p: string, a: string) => never): string {
  const parts = utcParts(value) ?? fail('is an invalid Date or outside years 0001-9999', 'a valid Date');
  switch (type) {
    case 'Date':
      if (parts.time !== '00:00:00.000') {
        return fail('is a Date with a time of day in UTC', 'a "YYYY-MM-DD" string for a calendar date');
      }
      return parts.date;
    case 'Time':
      return parts.time;
    case 'DateTime':
    case 'SmallDateTime':
    case 'DateTime2':
      return `${parts.date}T${parts.time}`;
    case 'DateTimeOffset':
      return `${parts.date}T${parts.time}+00:00`;
    default:
      return stringTypes.has(type)
        ? value.toISOString()
        : fail(`cannot be sent as ${type} from a Date`, 'a date or time type');
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined; use null for SQL NULL';
  if (typeof value === 'object' && value !== null) return value.constructor?.name ?? 'object';
  return typeof value;
}
