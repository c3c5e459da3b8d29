import type { SqlValue } from '../sql-mock-types.js';
import type { DeclaredType } from './declared-type.js';
import { type TypedValue, typedFromVariable } from './typed-value.js';

const dateTime2: DeclaredType = {
  name: 'DATETIME2',
  dbType: 'DateTime2',
  family: 'date',
  length: undefined,
  unicode: false,
  fixed: false,
};
const bit: DeclaredType = {
  name: 'BIT',
  dbType: 'Bit',
  family: 'bit',
  length: undefined,
  unicode: false,
  fixed: false,
};

/** A JS value (a handler's output or return value) as the reader's typed value, or the variable's when its type is known. */
export function typedOfSqlValue(value: SqlValue, type?: DeclaredType): TypedValue {
  if (type !== undefined) return typedFromVariable(type, value);
  if (value === null) return { t: 'null' };
  if (typeof value === 'string') return { t: 'text', unicode: true, max: true, value };
  if (typeof value === 'number') return { t: 'number', text: String(value), float: !Number.isInteger(value) };
  if (typeof value === 'bigint') return { t: 'number', text: value.toString(), float: false };
  if (typeof value === 'boolean') return { t: 'value', type: bit, value };
  if (value instanceof Date) return { t: 'value', type: dateTime2, value };
  return { t: 'binary', max: true, value };
}
