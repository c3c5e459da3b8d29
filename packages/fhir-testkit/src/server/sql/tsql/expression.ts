import { mssqlError, mssqlErrors } from '../database-errors.js';
import type { SqlValue } from '../sql-mock-types.js';
import { convertTo, type DateFormat } from './convert.js';
import type { TokenCursor } from './cursor.js';
import { type DeclaredType, declaredType, type TypeArguments } from './declared-type.js';
import { TsqlError } from './tsql-error.js';
import { sqlTypeName, type TypedValue, typedFromVariable } from './typed-value.js';

/** A declared variable. */
export interface Variable {
  readonly name: string;
  readonly type: DeclaredType;
  value: SqlValue;
}

/** What expressions read: variables by lower-case name, and the session's DATEFORMAT. */
export interface Scope {
  readonly variables: Map<string, Variable>;
  dateFormat: DateFormat;
}

/** The variable named, or SQL Server's 137. */
export function lookup(scope: Scope, name: string): Variable {
  const variable = scope.variables.get(name.toLowerCase());
  if (variable === undefined) throw new TsqlError(mssqlErrors.undeclaredVariable(name));
  return variable;
}

/** Reads `TYPE`, `TYPE(n)`, `TYPE(MAX)` or `TYPE(p, s)`. */
export function readType(cursor: TokenCursor, variable: string): DeclaredType {
  const token = cursor.next();
  if (token.kind !== 'word' && token.kind !== 'quoted') cursor.fail();
  let args: TypeArguments;
  if (cursor.isPunct('(')) {
    cursor.next();
    const values: (number | 'max')[] = [];
    for (;;) {
      const arg = cursor.next();
      if (arg.kind === 'word' && arg.text.toUpperCase() === 'MAX') values.push('max');
      else if (arg.kind === 'number' && /^\d+$/.test(arg.text)) values.push(Number(arg.text));
      else cursor.fail();
      if (!cursor.isPunct(',')) break;
      cursor.next();
    }
    cursor.expectPunct(')');
    args = values;
  }
  return declaredType(token.text, args, variable);
}

const textLimit = (unicode: boolean) => (unicode ? 4000 : 8000);

/** `left + right` as SQL Server evaluates it: concatenation (truncated without a MAX operand), or a sum. */
export function add(left: TypedValue, right: TypedValue): TypedValue {
  if (left.t === 'null' || right.t === 'null') return { t: 'null' };
  if (left.t === 'text' && right.t === 'text') {
    const unicode = left.unicode || right.unicode;
    const max = left.max || right.max;
    const joined = left.value + right.value;
    // Without a MAX operand the result is limited to 4,000 (8,000 ANSI) characters, silently.
    return { t: 'text', unicode, max, value: max ? joined : joined.slice(0, textLimit(unicode)) };
  }
  if (left.t === 'binary' && right.t === 'binary') {
    const max = left.max || right.max;
    const joined = new Uint8Array([...left.value, ...right.value]);
    return { t: 'binary', max, value: max ? joined : joined.subarray(0, 8000) };
  }
  if (left.t === 'number' || right.t === 'number') {
    // Numbers take precedence over text: the text operand must convert (245 otherwise).
    const [a, b] = [left, right].map((v) => numericOperand(v, left.t === 'number' ? left : right));
    if (a !== undefined && b !== undefined) {
      const integers = /^-?\d+$/.test(a) && /^-?\d+$/.test(b);
      const sum = integers ? String(BigInt(a) + BigInt(b)) : String(Number(a) + Number(b));
      return { t: 'number', text: sum, float: !integers && (isFloat(left) || isFloat(right)) };
    }
  }
  throw new TsqlError(
    mssqlError(
      402,
      `The data types ${sqlTypeName(left)} and ${sqlTypeName(right)} are incompatible in the add operator.`,
    ),
  );
}

function isFloat(value: TypedValue): boolean {
  return value.t === 'number' && value.float;
}

function numericOperand(value: TypedValue, numeric: TypedValue): string | undefined {
  if (value.t === 'number') return value.text;
  if (value.t !== 'text') return undefined;
  const target = sqlTypeName(numeric);
  if (!/^\s*[+-]?\d+(\.\d+)?\s*$/.test(value.value)) {
    throw new TsqlError(mssqlErrors.conversion(sqlTypeName(value), value.value, target));
  }
  return value.value.trim().replace(/^\+/, '');
}

function negate(value: TypedValue, cursor: TokenCursor): TypedValue {
  if (value.t === 'null') return value;
  if (value.t !== 'number') cursor.fail();
  const text = value.text.startsWith('-') ? value.text.slice(1) : `-${value.text}`;
  return { t: 'number', text, float: value.float };
}

function charFunction(cursor: TokenCursor, scope: Scope, unicode: boolean): TypedValue {
  cursor.expectPunct('(');
  const code = readExpression(cursor, scope);
  cursor.expectPunct(')');
  if (code.t === 'null') return code;
  if (code.t !== 'number' || !/^\d+$/.test(code.text)) cursor.fail();
  const n = Number(code.text);
  // NCHAR takes a UTF-16 code unit (0-65535), CHAR a code page byte (0-255); out of range is NULL.
  if (n > (unicode ? 0xffff : 0xff)) return { t: 'null' };
  return { t: 'text', unicode, max: false, value: String.fromCharCode(n) };
}

function castOf(value: TypedValue, type: DeclaredType, scope: Scope): TypedValue {
  return typedFromVariable(type, convertTo(value, type, scope.dateFormat));
}

function readTerm(cursor: TokenCursor, scope: Scope): TypedValue {
  const token = cursor.next();
  switch (token.kind) {
    case 'string': {
      const max = token.value.length > textLimit(token.unicode);
      return { t: 'text', unicode: token.unicode, max, value: token.value };
    }
    case 'binary':
      return { t: 'binary', max: token.value.length > 8000, value: token.value };
    case 'number':
      return { t: 'number', text: token.text, float: /e/i.test(token.text) };
    case 'variable': {
      const variable = lookup(scope, token.text);
      return typedFromVariable(variable.type, variable.value);
    }
    case 'punct':
      if (token.text === '(') {
        const inner = readExpression(cursor, scope);
        cursor.expectPunct(')');
        return inner;
      }
      if (token.text === '-') return negate(readTerm(cursor, scope), cursor);
      if (token.text === '+') return readTerm(cursor, scope);
      break;
    case 'word': {
      const word = token.text.toUpperCase();
      if (word === 'NULL') return { t: 'null' };
      if (word === 'NCHAR' || word === 'CHAR') return charFunction(cursor, scope, word === 'NCHAR');
      if (word === 'CAST') {
        cursor.expectPunct('(');
        const value = readExpression(cursor, scope);
        cursor.expectWord('AS');
        const type = readType(cursor, '');
        cursor.expectPunct(')');
        return castOf(value, type, scope);
      }
      if (word === 'CONVERT') {
        cursor.expectPunct('(');
        const type = readType(cursor, '');
        cursor.expectPunct(',');
        const value = readExpression(cursor, scope);
        cursor.expectPunct(')');
        return castOf(value, type, scope);
      }
      break;
    }
    default:
      break;
  }
  // Step back is not possible; name the token that could not start a term.
  throw new TsqlError(mssqlErrors.syntaxNear(token.text === '' ? ';' : token.text));
}

/** Reads `term (+|- term)*`: literals, variables, NULL, NCHAR(n), CHAR(n), CAST and CONVERT. */
export function readExpression(cursor: TokenCursor, scope: Scope): TypedValue {
  let value = readTerm(cursor, scope);
  for (;;) {
    if (cursor.isPunct('+')) {
      cursor.next();
      value = add(value, readTerm(cursor, scope));
    } else if (cursor.isPunct('-')) {
      cursor.next();
      value = add(value, negate(readTerm(cursor, scope), cursor));
    } else return value;
  }
}

/** A value as the reader hands it to a handler or a result row. */
export function sqlValueOf(value: TypedValue): SqlValue {
  switch (value.t) {
    case 'null':
      return null;
    case 'text':
    case 'binary':
      return value.value;
    case 'number':
      if (!value.float && /^-?\d+$/.test(value.text) && !Number.isSafeInteger(Number(value.text)))
        return BigInt(value.text);
      return Number(value.text);
    case 'value':
      return value.value;
  }
}
