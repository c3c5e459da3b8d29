import { mssqlError } from '../database-errors.js';
import { parameterKey } from '../procedure-name.js';
import type { SqlCallParameter, SqlValue } from '../sql-mock-types.js';
import { convertTo } from './convert.js';
import { atStatementEnd, type TokenCursor } from './cursor.js';
import { constantType, type DeclaredType } from './declared-type.js';
import { lookup, type Scope } from './expression.js';
import type { TsqlBatchHooks } from './run-batch.js';
import { TsqlError } from './tsql-error.js';
import { typedOfSqlValue } from './typed-of-sql-value.js';

type Row = Readonly<Record<string, SqlValue>>;

interface Argument {
  readonly name: string | undefined;
  readonly variable: string | undefined;
  readonly parameter: SqlCallParameter | undefined;
  readonly output: boolean;
}

function constantArgument(cursor: TokenCursor): { type: DeclaredType; value: SqlValue } | 'default' {
  const token = cursor.peek();
  if (token.kind === 'word' && token.text.toUpperCase() === 'DEFAULT') {
    cursor.next();
    return 'default';
  }
  if (token.kind === 'word' && token.text.toUpperCase() === 'NULL') {
    cursor.next();
    return { type: constantType('unicode'), value: null };
  }
  const negative = cursor.isPunct('-');
  if (negative) cursor.next();
  const literal = cursor.next();
  if (literal.kind === 'string')
    return { type: constantType(literal.unicode ? 'unicode' : 'ansi'), value: literal.value };
  if (literal.kind === 'binary') return { type: constantType('binary'), value: literal.value };
  if (literal.kind === 'number') {
    const text = negative ? `-${literal.text}` : literal.text;
    if (/e/i.test(text)) return { type: constantType('float'), value: Number(text) };
    if (text.includes('.')) return { type: constantType('decimal'), value: text };
    const value = Number(text);
    return Number.isSafeInteger(value)
      ? { type: constantType('integer'), value }
      : { type: constantType('decimal'), value: text };
  }
  return cursor.fail();
}

function readArgument(cursor: TokenCursor, scope: Scope, position: number): Argument {
  let name: string | undefined;
  const first = cursor.peek();
  if (first.kind === 'variable' && cursor.isPunct('=', 1)) {
    name = first.text;
    cursor.next();
    cursor.next();
  }
  const paramName = name ?? `@${position}`;
  let variable: string | undefined;
  let parameter: SqlCallParameter | undefined;
  const token = cursor.peek();
  if (token.kind === 'variable') {
    cursor.next();
    const declared = lookup(scope, token.text);
    variable = token.text;
    parameter = { name: paramName, type: declared.type.dbType, direction: 'input', value: declared.value };
  } else {
    const constant = constantArgument(cursor);
    if (constant !== 'default')
      parameter = { name: paramName, type: constant.type.dbType, direction: 'input', value: constant.value };
  }
  let output = false;
  if (cursor.isWord('OUTPUT') || cursor.isWord('OUT')) {
    cursor.next();
    if (variable === undefined)
      throw new TsqlError(
        mssqlError(179, 'Cannot use the OUTPUT option when passing a constant to a stored procedure.'),
      );
    output = true;
    if (parameter !== undefined)
      parameter = { ...parameter, direction: parameter.value === null ? 'output' : 'inputOutput' };
  }
  return { name, variable, parameter, output };
}

function readProcedureName(cursor: TokenCursor): string {
  const parts: string[] = [];
  for (;;) {
    const token = cursor.next();
    if (token.kind !== 'word' && token.kind !== 'quoted') cursor.fail();
    parts.push(token.text);
    if (!cursor.isPunct('.')) break;
    cursor.next();
  }
  if (parts.length > 4) cursor.fail();
  return parts.join('.');
}

/**
 * `EXEC [@rv =] name [@Name =] value [OUTPUT], …`: runs the procedure through `hooks`, then sets
 * the OUTPUT variables and the return variable. Returns the rows affected the procedure reported.
 */
export async function exec(
  cursor: TokenCursor,
  scope: Scope,
  hooks: TsqlBatchHooks,
  rows: Row[],
  bare: boolean,
): Promise<number | undefined> {
  if (!bare) cursor.next();
  let returnTo: string | undefined;
  if (cursor.peek().kind === 'variable' && cursor.isPunct('=', 1)) {
    returnTo = cursor.next().text;
    lookup(scope, returnTo);
    cursor.next();
  }
  const procedure = readProcedureName(cursor);
  const args: Argument[] = [];
  let named = false;
  while (!atStatementEnd(cursor)) {
    if (args.length > 0) cursor.expectPunct(',');
    const argument = readArgument(cursor, scope, args.length + 1);
    if (named && argument.name === undefined) {
      throw new TsqlError(
        mssqlError(
          119,
          `Must pass parameter number ${args.length + 1} and subsequent parameters as '@name = value'. After the form '@name = value' has been used, all subsequent parameters must be passed in the form '@name = value'.`,
        ),
      );
    }
    named ||= argument.name !== undefined;
    args.push(argument);
  }
  const parameters = args.flatMap((a) => (a.parameter === undefined ? [] : [a.parameter]));
  const result = await hooks.exec(procedure, parameters);
  if ('error' in result) throw new TsqlError(result.error);
  const outputs = new Map(Object.entries(result.outputs ?? {}).map(([k, v]) => [parameterKey(k), v]));
  for (const argument of args) {
    if (!argument.output || argument.variable === undefined || argument.parameter === undefined) continue;
    const key = parameterKey(argument.parameter.name);
    if (!outputs.has(key)) continue;
    const variable = lookup(scope, argument.variable);
    variable.value = convertTo(typedOfSqlValue(outputs.get(key) ?? null), variable.type, scope.dateFormat);
  }
  if (returnTo !== undefined) {
    const variable = lookup(scope, returnTo);
    variable.value = convertTo(typedOfSqlValue(result.returnValue ?? 0), variable.type, scope.dateFormat);
  }
  if ('rows' in result) rows.push(...result.rows);
  if ('scalar' in result) rows.push({ '': result.scalar });
  return 'rowsAffected' in result ? result.rowsAffected : undefined;
}
