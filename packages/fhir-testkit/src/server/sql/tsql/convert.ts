import { mssqlError, mssqlErrors } from '../database-errors.js';
import type { SqlValue } from '../sql-mock-types.js';
import { parseIsoDateTime } from '../sql-values.js';
import type { DeclaredType } from './declared-type.js';
import { TsqlError } from './tsql-error.js';
import { sqlTypeName, type TypedValue } from './typed-value.js';

/** `SET DATEFORMAT`: how an ambiguous `YYYY-MM-DD` is read for DATETIME and SMALLDATETIME. */
export type DateFormat = 'dmy' | 'mdy' | 'ymd' | 'ydm' | 'myd' | 'dym';

const integerRanges: Readonly<Record<string, readonly [bigint, bigint]>> = {
  INT: [-(2n ** 31n), 2n ** 31n - 1n],
  BIGINT: [-(2n ** 63n), 2n ** 63n - 1n],
  SMALLINT: [-32768n, 32767n],
  TINYINT: [0n, 255n],
};

const fail = (details: ReturnType<typeof mssqlError>): never => {
  throw new TsqlError(details);
};

/** Text into a text type: ANSI targets replace characters outside the code page, lengths truncate silently. */
function toText(text: string, type: DeclaredType): string {
  let value = type.unicode ? text : text.replace(/[\u0100-\uffff]/g, '?');
  if (typeof type.length === 'number') {
    value = value.slice(0, type.length);
    if (type.fixed) value = value.padEnd(type.length, ' ');
  }
  return value;
}

function toBinary(bytes: Uint8Array, type: DeclaredType): Uint8Array {
  if (typeof type.length !== 'number') return bytes;
  const out = new Uint8Array(type.fixed ? type.length : Math.min(bytes.length, type.length));
  out.set(bytes.subarray(0, out.length));
  return out;
}

function numericText(value: TypedValue, type: DeclaredType): string {
  if (value.t === 'number') return value.text;
  if (value.t === 'text' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value.value)) {
    if (type.family === 'integer' && /[.eE]/.test(value.value))
      fail(mssqlErrors.conversion(sqlTypeName(value), value.value, type.name.toLowerCase()));
    return value.value.trim().replace(/^\+/, '');
  }
  if (value.t === 'value' && value.type.family === 'bit') return value.value ? '1' : '0';
  const shown = value.t === 'text' ? value.value : value.t === 'value' ? String(value.value) : '';
  return fail(mssqlErrors.conversion(sqlTypeName(value), shown, type.name.toLowerCase()));
}

/** Rounds exact decimal text to `scale` digits (half away from zero), as DECIMAL(p, s) stores it. */
function toExact(text: string, type: DeclaredType): string {
  const scale = type.scale ?? 0;
  const precision = type.precision ?? 18;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split(/e/i)[0]!.split('.');
  if (/e/i.test(text)) return toExact(Number(text).toFixed(scale), type);
  const scaled = BigInt(`${whole}${fraction.padEnd(scale, '0').slice(0, scale)}` || '0');
  const roundUp = Number(fraction[scale] ?? '0') >= 5 ? 1n : 0n;
  const digits = (scaled + roundUp).toString().padStart(scale + 1, '0');
  const intPart = digits.slice(0, digits.length - scale).replace(/^0+(?=\d)/, '');
  if (intPart.replace(/^0$/, '').length > precision - scale)
    fail(mssqlErrors.overflow(type.name.toLowerCase()));
  const body = scale === 0 ? intPart : `${intPart}.${digits.slice(digits.length - scale)}`;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

function toInteger(text: string, type: DeclaredType): number | bigint {
  // Converting a decimal to an integer type truncates toward zero.
  const whole = /[eE]/.test(text)
    ? BigInt(Math.trunc(Number(text)))
    : BigInt(text.split('.')[0]!.replace(/^-?$/, '0') || '0');
  const [min, max] = integerRanges[type.name]!;
  if (whole < min || whole > max) fail(mssqlErrors.overflow(type.name.toLowerCase()));
  return type.name === 'BIGINT' ? whole : Number(whole);
}

function toBit(value: TypedValue): boolean {
  if (value.t === 'text') {
    const lower = value.value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  const text = numericText(value, { name: 'BIT', family: 'bit' } as DeclaredType);
  return Number(text) !== 0;
}

const ambiguousDate = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?$/;

/** A date-time text as SQL Server reads it for `type` under `dateFormat` (ISO `T` form is unambiguous). */
function toDate(text: string, type: DeclaredType, dateFormat: DateFormat): Date {
  const trimmed = text.trim();
  const legacy = type.name === 'DATETIME' || type.name === 'SMALLDATETIME';
  if (legacy && /T\d{2}:\d{2}:\d{2}\.\d{4,}/.test(trimmed)) fail(mssqlErrors.dateConversion());
  if (legacy && /[+-]\d{2}:\d{2}$|Z$/.test(trimmed)) fail(mssqlErrors.dateConversion());
  if (/^\d{8}$/.test(trimmed))
    return toDate(
      `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6)}`,
      { ...type, name: 'DATE' },
      'ymd',
    );
  const ambiguous = legacy ? ambiguousDate.exec(trimmed) : null;
  let iso = trimmed;
  if (ambiguous && (dateFormat === 'dmy' || dateFormat === 'ydm')) {
    // Under a dmy language (British, Australian English) SQL Server reads yyyy-xx-yy as year-day-month.
    const [, year, day, month, time] = ambiguous;
    iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}${time === undefined ? '' : `T${time}`}`;
    if (Number(month) > 12 || Number(day) > 31) fail(mssqlErrors.dateOutOfRange(type.name.toLowerCase()));
  }
  const date = parseIsoDateTime(iso);
  if (date === undefined)
    return fail(
      ambiguous ? mssqlErrors.dateOutOfRange(type.name.toLowerCase()) : mssqlErrors.dateConversion(),
    );
  if (type.name === 'DATE')
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  if (type.name === 'SMALLDATETIME') return new Date(Math.round(date.getTime() / 60_000) * 60_000);
  return date;
}

const guid = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** Converts a value to a variable's declared type, as `SET @v = …` does (silent truncation included). */
export function convertTo(value: TypedValue, type: DeclaredType, dateFormat: DateFormat): SqlValue {
  if (value.t === 'null') return null;
  const target = `${type.name.toLowerCase()}${type.length === 'max' ? '(max)' : ''}`;
  switch (type.family) {
    case 'text':
      if (value.t === 'binary') return fail(mssqlErrors.implicitConversion('varbinary', target));
      if (value.t === 'value')
        return toText(value.value instanceof Date ? value.value.toISOString() : String(value.value), type);
      return toText(value.t === 'text' ? value.value : value.text, type);
    case 'binary':
      if (value.t !== 'binary') return fail(mssqlErrors.implicitConversion(sqlTypeName(value), target));
      return toBinary(value.value, type);
    case 'integer':
      return toInteger(numericText(value, type), type);
    case 'exact':
      return toExact(numericText(value, type), type);
    case 'float': {
      const number = Number(numericText(value, type));
      return type.name === 'REAL' ? Math.fround(number) : number;
    }
    case 'bit':
      return toBit(value);
    case 'date':
      if (value.t === 'value' && value.value instanceof Date) return value.value;
      if (value.t !== 'text')
        return fail(
          mssqlError(
            206,
            `Operand type clash: ${sqlTypeName(value)} is incompatible with ${type.name.toLowerCase()}`,
          ),
        );
      return toDate(value.value, type, dateFormat);
    case 'time': {
      if (value.t !== 'text')
        return fail(mssqlError(206, `Operand type clash: ${sqlTypeName(value)} is incompatible with time`));
      const time = /(?:^|[T ])(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?)$/.exec(value.value.trim())?.[1];
      return time ?? fail(mssqlErrors.dateConversion());
    }
    case 'guid': {
      const text = value.t === 'text' ? value.value.trim() : '';
      const match = guid.exec(text);
      return match?.[1] ?? fail(mssqlErrors.guidConversion());
    }
  }
}
