import { SqlDbType } from '../command.js';
import { InvalidSqlParameterError } from './invalid-sql-parameter-error.js';
import {
  checkBit,
  checkDecimal,
  checkFloat,
  checkInteger,
  checkMoney,
  type ExactDecimal,
} from './numeric-values.js';
import { checkTemporal } from './temporal-values.js';
import { decodeStrictBase64, isGuid, loneSurrogateIndex } from './text-values.js';

/**
 * A wire parameter value, checked against its type and parsed into the form the T-SQL rewrite writes:
 * - `text`: every string type (NVarChar, VarChar, Xml, ...), valid UTF-16;
 * - `binary`: the decoded bytes of a VarBinary, Binary, Image or Timestamp;
 * - `number`: a canonical bare literal (integers range-checked, Bit as 1/0, Float with an exponent);
 * - `decimal`: an exact Decimal, Money or SmallMoney literal with its scale;
 * - `temporal`: the ISO 8601 `T` form; `guid`: the 8-4-4-4-12 form;
 * - `opaque`: Structured, Udt and Variant, which have no checkable text form.
 */
export type ParsedSqlValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'binary'; readonly bytes: Uint8Array }
  | { readonly kind: 'number'; readonly literal: string }
  | ({ readonly kind: 'decimal' } & ExactDecimal)
  | { readonly kind: 'temporal'; readonly text: string }
  | { readonly kind: 'guid'; readonly text: string }
  | { readonly kind: 'opaque' };

type Checked = ParsedSqlValue | { readonly problem: string; readonly accepted: string };

/**
 * Parse the non-null wire `value` of a parameter of `type`, or throw an
 * {@link InvalidSqlParameterError} naming `parameter` and saying what would be accepted.
 */
export function parseSqlParameterValue(parameter: string, type: SqlDbType, value: string): ParsedSqlValue {
  const checked = check(type, value);
  if ('problem' in checked) {
    throw new InvalidSqlParameterError({ parameter, sqlType: type, ...checked });
  }
  return checked;
}

function check(type: SqlDbType, value: string): Checked {
  switch (type) {
    case SqlDbType.NVarChar:
    case SqlDbType.NChar:
    case SqlDbType.NText:
    case SqlDbType.String:
    case SqlDbType.VarChar:
    case SqlDbType.Char:
    case SqlDbType.Text:
    case SqlDbType.Xml: {
      const index = loneSurrogateIndex(value);
      if (index === -1) return { kind: 'text', text: value };
      return {
        problem: `contains invalid UTF-16 (lone surrogate at index ${index})`,
        accepted: 'well-formed text: every high surrogate followed by a low surrogate',
      };
    }
    case SqlDbType.VarBinary:
    case SqlDbType.Binary:
    case SqlDbType.Image:
    case SqlDbType.Timestamp: {
      const bytes = decodeStrictBase64(value);
      if ('problem' in bytes)
        return { ...bytes, accepted: 'the bytes as standard padded base64 (A-Z a-z 0-9 + /, =)' };
      return { kind: 'binary', bytes };
    }
    case SqlDbType.TinyInt:
    case SqlDbType.SmallInt:
    case SqlDbType.Int:
    case SqlDbType.BigInt:
      return asNumber(checkInteger(type, value));
    case SqlDbType.Bit:
      return asNumber(checkBit(value));
    case SqlDbType.Float:
    case SqlDbType.Real:
      return asNumber(checkFloat(type, value));
    case SqlDbType.Decimal:
      return asDecimal(checkDecimal(value));
    case SqlDbType.Money:
    case SqlDbType.SmallMoney:
      return asDecimal(checkMoney(type, value));
    case SqlDbType.Date:
    case SqlDbType.Time:
    case SqlDbType.DateTime:
    case SqlDbType.SmallDateTime:
    case SqlDbType.DateTime2:
    case SqlDbType.DateTimeOffset: {
      const checked = checkTemporal(type, value);
      return 'problem' in checked ? checked : { kind: 'temporal', text: checked.text };
    }
    case SqlDbType.UniqueIdentifier:
      if (isGuid(value)) return { kind: 'guid', text: value };
      return {
        problem: 'is not a valid UniqueIdentifier',
        accepted: 'a GUID as 8-4-4-4-12 hex digits, e.g. 6f9619ff-8b86-d011-b42d-00c04fc964ff',
      };
    case SqlDbType.Structured:
    case SqlDbType.Udt:
    case SqlDbType.Variant:
      return { kind: 'opaque' };
    default:
      return unknownType(type);
  }
}

function unknownType(type: never): Checked {
  return {
    problem: `has unknown type ${JSON.stringify(type)}`,
    accepted: `one of ${Object.values(SqlDbType).join(', ')}`,
  };
}

function asNumber(checked: { literal: string } | { problem: string; accepted: string }): Checked {
  return 'problem' in checked ? checked : { kind: 'number', literal: checked.literal };
}

function asDecimal(checked: ExactDecimal | { problem: string; accepted: string }): Checked {
  return 'problem' in checked ? checked : { kind: 'decimal', ...checked };
}
