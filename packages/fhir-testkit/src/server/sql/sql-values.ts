import type { SqlDbType } from '@halo-fhir/fhir-client/sql';
import type { SqlValue } from './sql-mock-types.js';

/** The family a SqlDbType's values belong to: how they are decoded, compared and written. */
export type ValueKind =
  | 'integer'
  | 'bigint'
  | 'exact'
  | 'float'
  | 'bit'
  | 'date'
  | 'time'
  | 'binary'
  | 'text';

const kinds: Readonly<Record<string, ValueKind>> = {
  Int: 'integer',
  SmallInt: 'integer',
  TinyInt: 'integer',
  BigInt: 'bigint',
  Decimal: 'exact',
  Money: 'exact',
  SmallMoney: 'exact',
  Float: 'float',
  Real: 'float',
  Bit: 'bit',
  Date: 'date',
  DateTime: 'date',
  DateTime2: 'date',
  SmallDateTime: 'date',
  DateTimeOffset: 'date',
  Time: 'time',
  Binary: 'binary',
  VarBinary: 'binary',
  Image: 'binary',
  Timestamp: 'binary',
};

/** How values of `type` are held. Every type not listed is text. */
export function valueKindOf(type: SqlDbType): ValueKind {
  return kinds[type] ?? 'text';
}

const integerRanges: Readonly<Record<string, readonly [number, number]>> = {
  Int: [-2_147_483_648, 2_147_483_647],
  SmallInt: [-32_768, 32_767],
  TinyInt: [0, 255],
};

const isoDate =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,7})?)?)?(Z|[+-]\d{2}:\d{2})?$/;
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads an ISO 8601 date or date-time (`T` or space; offset optional, none meaning UTC) as a Date. */
export function parseIsoDateTime(text: string): Date | undefined {
  const match = isoDate.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone] = match;
  const ms = fraction === '' ? 0 : Math.round(Number(`0${fraction}`) * 1000);
  const offset = zone === undefined || zone === 'Z' ? 'Z' : zone;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${String(ms).padStart(3, '0')}${offset}`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject 2026-02-31 and friends, which Date would roll over.
  if (offset === 'Z' && date.getUTCDate() !== Number(d)) return undefined;
  return date;
}

/** Decodes strict base64, or undefined when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!base64.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/**
 * A wire parameter value (text, binary as base64) as the database holds it, or a `string` error
 * message when the text is not a value of `type` (what ADO.NET would refuse to convert).
 */
export function decodeWireValue(
  type: SqlDbType,
  text: string | null | undefined,
): SqlValue | { error: string } {
  if (text === null || text === undefined) return null;
  const refused = { error: `Failed to convert parameter value from a String to a ${type}.` };
  switch (valueKindOf(type)) {
    case 'integer': {
      const range = integerRanges[type] ?? integerRanges.Int!;
      if (!/^-?\d+$/.test(text)) return refused;
      const value = Number(text);
      return value >= range[0] && value <= range[1] ? value : refused;
    }
    case 'bigint': {
      if (!/^-?\d+$/.test(text)) return refused;
      const value = BigInt(text);
      return value >= -(2n ** 63n) && value < 2n ** 63n ? value : refused;
    }
    case 'exact':
      return /^-?\d+(\.\d+)?$/.test(text) ? text : refused;
    case 'float':
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text) ? Number(text) : refused;
    case 'bit': {
      const lower = text.trim().toLowerCase();
      if (lower === '1' || lower === 'true') return true;
      if (lower === '0' || lower === 'false') return false;
      return refused;
    }
    case 'date':
      return parseIsoDateTime(text) ?? refused;
    case 'time':
      return /^\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/.test(text) ? text : refused;
    case 'binary':
      return decodeBase64(text) ?? refused;
    case 'text':
      if (type === 'UniqueIdentifier' && !guid.test(text)) return refused;
      return text;
  }
}

/** A value as it is written inside result `data` JSON: dates ISO, binary base64, bigint as a number when safe. */
export function toJsonValue(value: SqlValue | undefined): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  return value;
}

/** A value as an output parameter carries it: text (binary as base64), or null. */
export function toOutputText(value: SqlValue | undefined): string | null {
  const json = toJsonValue(value);
  if (json === null) return null;
  return typeof json === 'string' ? json : String(json);
}

/** Rows with every value made JSON-ready. */
export function toJsonRows(rows: readonly Readonly<Record<string, SqlValue>>[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toJsonValue(v)])));
}
