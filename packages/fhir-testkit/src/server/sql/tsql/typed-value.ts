import type { SqlValue } from '../sql-mock-types.js';
import type { DeclaredType } from './declared-type.js';

/** A value inside the reader, with what SQL Server knows of its type. */
export type TypedValue =
  | { readonly t: 'null' }
  /** A character string; `max` when it is a MAX type (decides concatenation truncation). */
  | { readonly t: 'text'; readonly unicode: boolean; readonly max: boolean; readonly value: string }
  | { readonly t: 'binary'; readonly max: boolean; readonly value: Uint8Array }
  /** A number as exact text (`12`, `-3.50`, `1e3`), `float` when written with an exponent. */
  | { readonly t: 'number'; readonly text: string; readonly float: boolean }
  /** A value of a variable of another type (date, bit, guid …). */
  | { readonly t: 'value'; readonly type: DeclaredType; readonly value: SqlValue };

/** The typed value a variable of `type` holding `value` has in an expression. */
export function typedFromVariable(type: DeclaredType, value: SqlValue): TypedValue {
  if (value === null) return { t: 'null' };
  switch (type.family) {
    case 'text':
      return {
        t: 'text',
        unicode: type.unicode,
        max: type.length === 'max' || type.name === 'XML',
        value: String(value),
      };
    case 'binary':
      return { t: 'binary', max: type.length === 'max', value: value as Uint8Array };
    case 'integer':
    case 'exact':
      return { t: 'number', text: String(value), float: false };
    case 'float':
      return { t: 'number', text: String(value), float: true };
    default:
      return { t: 'value', type, value };
  }
}

/** How SQL Server names a typed value's type in conversion messages. */
export function sqlTypeName(value: TypedValue): string {
  switch (value.t) {
    case 'text':
      return value.unicode ? 'nvarchar' : 'varchar';
    case 'binary':
      return 'varbinary';
    case 'number':
      return value.float ? 'float' : /[.]/.test(value.text) ? 'numeric' : 'int';
    case 'value':
      return value.type.name.toLowerCase();
    case 'null':
      return 'int';
  }
}
