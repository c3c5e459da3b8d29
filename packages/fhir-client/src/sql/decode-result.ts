import { SqlExecutionMode } from './command.js';
import { decodeStrictBase64 } from './parameters/text-values.js';
import { isObject } from './query-state.js';

/** A row of a reader result: column name to value (dates as ISO text, binary as base64, bit as boolean). */
export type SqlRow = Record<string, unknown>;

/** Result `data` as received, kept whether or not it could be decoded. */
export interface SqlRawData {
  /** The `data` field exactly as sent (base64); undefined for a page read from the stream endpoint. */
  readonly base64: string | undefined;
  /** The bytes decoded as UTF-8 text; undefined when the data is not base64 of UTF-8. */
  readonly text: string | undefined;
}

/** What one `data` field held. `undecoded` keeps the data as received with the reason. */
export type DecodedSqlData<Row> =
  | {
      /** Rows: the data was an array of row objects, or an object with a row array. */
      readonly kind: 'rows';
      /** The rows, in order. */
      readonly rows: Row[];
      /** The data as received. */
      readonly raw: SqlRawData;
    }
  | {
      /** A scalar: the data was a bare value. */
      readonly kind: 'value';
      /** The value. */
      readonly value: unknown;
      /** The data as received. */
      readonly raw: SqlRawData;
    }
  | {
      /** Not understood: kept as received, never thrown away. */
      readonly kind: 'undecoded';
      /** Why it could not be decoded (not base64, not UTF-8, not JSON, an unknown shape). */
      readonly reason: string;
      /** The data as received. */
      readonly raw: SqlRawData;
    };

/** Object keys under which a row array is accepted (Halo's exact shape is not published). */
const ROW_KEYS = ['rows', 'Rows', 'records', 'data'] as const;

/**
 * Decodes a result's `data`: base64 → bytes → UTF-8 → JSON, then an array of row objects, an
 * object with a `rows` array, or (scalar mode) a bare value. Anything else comes back `undecoded`,
 * never thrown away. Works in browsers (atob, TextDecoder) as in Node.
 */
export function decodeSqlData<Row = SqlRow>(base64: string, mode: SqlExecutionMode): DecodedSqlData<Row> {
  const bytes = decodeBase64(base64);
  if (bytes === undefined) return undecoded(base64, undefined, 'the data is not base64');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undecoded(base64, undefined, 'the data is not UTF-8 text');
  }
  const raw: SqlRawData = { base64, text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'undecoded', reason: 'the data is not JSON', raw };
  }
  return shapeSqlJson(json, mode, raw);
}

/** Reads decoded JSON as rows (reader) or a value (scalar); anything else stays undecoded with `raw`. */
export function shapeSqlJson<Row = SqlRow>(
  json: unknown,
  mode: SqlExecutionMode,
  raw: SqlRawData,
): DecodedSqlData<Row> {
  const rows = rowsOf(json);
  if (mode === SqlExecutionMode.Scalar) {
    if (rows === undefined) return { kind: 'value', value: json, raw };
    const first = rows[0];
    if (rows.length <= 1 && (first === undefined || Object.keys(first).length === 1)) {
      return { kind: 'value', value: first === undefined ? null : Object.values(first)[0], raw };
    }
    return { kind: 'undecoded', reason: 'a scalar result held more than one value', raw };
  }
  if (rows !== undefined) return { kind: 'rows', rows: rows as Row[], raw };
  return { kind: 'undecoded', reason: `the JSON is ${describe(json)}, not rows`, raw };
}

function rowsOf(json: unknown): SqlRow[] | undefined {
  const candidate =
    Array.isArray(json) || !isObject(json) ? json : ROW_KEYS.map((key) => json[key]).find(Array.isArray);
  if (!Array.isArray(candidate)) return undefined;
  return candidate.every(isObject) ? (candidate as SqlRow[]) : undefined;
}

function undecoded<Row>(base64: string, text: string | undefined, reason: string): DecodedSqlData<Row> {
  return { kind: 'undecoded', reason, raw: { base64, text } };
}

/** Strict base64 (standard alphabet, padded; whitespace ignored) to bytes; undefined when invalid. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const bytes = decodeStrictBase64(text.replace(/\s+/g, ''));
  return bytes instanceof Uint8Array ? bytes : undefined;
}

function describe(json: unknown): string {
  if (Array.isArray(json)) return 'an array of values that are not all row objects';
  if (json === null) return 'null';
  return isObject(json) ? 'an object without a rows array' : `a bare ${typeof json}`;
}
