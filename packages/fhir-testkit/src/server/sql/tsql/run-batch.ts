import { mssqlError } from '../database-errors.js';
import { parameterKey } from '../procedure-name.js';
import type { SqlCallParameter, SqlHandlerResult, SqlValue } from '../sql-mock-types.js';
import { convertTo, type DateFormat } from './convert.js';
import { TokenCursor } from './cursor.js';
import { constantType, type DeclaredType } from './declared-type.js';
import { lookup, readExpression, readType, type Scope, sqlValueOf } from './expression.js';
import { tokenize } from './lexer.js';
import { TsqlError } from './tsql-error.js';
import type { TypedValue } from './typed-value.js';
import { typedOfSqlValue } from './typed-of-sql-value.js';

type Row = Readonly<Record<string, SqlValue>>;

/** How the batch reaches the procedures it EXECutes. */
export interface TsqlBatchHooks {
  /** Runs `procedure` (as written, brackets removed) with its arguments; errors abort the batch. */
  exec(procedure: string, parameters: readonly SqlCallParameter[]): Promise<SqlHandlerResult>;
}

/** What a batch returned: every result set's rows in order, and the last EXEC's rows affected. */
export interface TsqlBatchResult {
  readonly rows: readonly Row[];
  readonly rowsAffected: number | undefined;
}

const statementStarts = new Set(['DECLARE', 'SET', 'EXEC', 'EXECUTE', 'SELECT']);
const dateFormats = new Set(['dmy', 'mdy', 'ymd', 'ydm', 'myd', 'dym']);

/** True when the text starts as a DECLARE/SET/EXEC batch (what the storedProcedure workaround sends). */
export function startsTsqlBatch(text: string): boolean {
  const withoutComments = text.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, '');
  return /^(?:DECLARE|SET|EXEC|EXECUTE)\b/i.test(withoutComments);
}

function atStatementEnd(cursor: TokenCursor): boolean {
  const token = cursor.peek();
  return (
    token.kind === 'end' ||
    cursor.isPunct(';') ||
    (token.kind === 'word' && statementStarts.has(token.text.toUpperCase()))
  );
}

function declare(cursor: TokenCursor, scope: Scope): void {
  cursor.next();
  for (;;) {
    const token = cursor.next();
    if (token.kind !== 'variable') cursor.fail();
    if (cursor.isWord('AS')) cursor.next();
    if (cursor.isWord('TABLE') || cursor.isWord('CURSOR')) throw unsupported(cursor.peek().text);
    const type = readType(cursor, token.text);
    if (scope.variables.has(token.text.toLowerCase())) throw new TsqlError(duplicate(token.text));
    const variable = { name: token.text, type, value: null as SqlValue };
    scope.variables.set(token.text.toLowerCase(), variable);
    if (cursor.isPunct('=')) {
      cursor.next();
      variable.value = convertTo(readExpression(cursor, scope), type, scope.dateFormat);
    }
    if (!cursor.isPunct(',')) return;
    cursor.next();
  }
}

function duplicate(name: string) {
  return mssqlError(
    134,
    `The variable name '${name}' has already been declared. Variable names must be unique within a query batch or stored procedure.`,
  );
}

function unsupported(what: string): TsqlError {
  return new TsqlError(
    mssqlError(
      50000,
      `The mock's T-SQL reader runs DECLARE, SET, EXEC and SELECT of variables only; it cannot run ${what}.`,
    ),
  );
}

function set(cursor: TokenCursor, scope: Scope): void {
  cursor.next();
  const target = cursor.next();
  if (target.kind === 'word') {
    const option = target.text.toUpperCase();
    const value = cursor.next();
    if (option === 'DATEFORMAT' && dateFormats.has(value.text.toLowerCase())) {
      scope.dateFormat = value.text.toLowerCase() as DateFormat;
      return;
    }
    if (value.kind === 'word' && (value.text.toUpperCase() === 'ON' || value.text.toUpperCase() === 'OFF'))
      return;
    cursor.fail();
  }
  if (target.kind !== 'variable') cursor.fail();
  const variable = lookup(scope, target.text);
  let compound = false;
  if (cursor.isPunct('+') && cursor.isPunct('=', 1)) {
    cursor.next();
    compound = true;
  }
  cursor.expectPunct('=');
  const value = readExpression(cursor, scope);
  const current = typedOfVariable(variable.type, variable.value);
  const assigned = compound ? readCompound(current, value) : value;
  variable.value = convertTo(assigned, variable.type, scope.dateFormat);
}

function typedOfVariable(type: DeclaredType, value: SqlValue): TypedValue {
  return typedOfSqlValue(value, type);
}

function readCompound(current: TypedValue, value: TypedValue): TypedValue {
  if (current.t === 'null' || value.t === 'null') return { t: 'null' };
  if (current.t === 'text' && value.t === 'text') return { ...current, value: current.value + value.value };
  if (current.t === 'number' && value.t === 'number')
    return { t: 'number', text: String(Number(current.text) + Number(value.text)), float: true };
  throw new TsqlError(mssqlError(402, 'The data types are incompatible in the add operator.'));
}

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

async function exec(
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

function select(cursor: TokenCursor, scope: Scope, rows: Row[]): void {
  cursor.next();
  const row: Record<string, SqlValue> = {};
  let retrieves = false;
  let assigns = false;
  for (;;) {
    const token = cursor.peek();
    if (cursor.isPunct('*')) throw unsupported('SELECT *');
    if (token.kind === 'variable' && cursor.isPunct('=', 1)) {
      cursor.next();
      cursor.next();
      const variable = lookup(scope, token.text);
      variable.value = convertTo(readExpression(cursor, scope), variable.type, scope.dateFormat);
      assigns = true;
    } else {
      const bareVariable =
        token.kind === 'variable' && (cursor.isPunct(',', 1) || cursor.peek(1).kind !== 'punct');
      const value = bareVariable
        ? lookup(scope, cursor.next().text).value
        : sqlValueOf(readExpression(cursor, scope));
      let alias = '';
      if (cursor.isWord('AS')) cursor.next();
      const next = cursor.peek();
      if (
        next.kind === 'quoted' ||
        next.kind === 'string' ||
        (next.kind === 'word' &&
          !statementStarts.has(next.text.toUpperCase()) &&
          next.text.toUpperCase() !== 'FROM')
      ) {
        alias = next.kind === 'string' ? next.value : next.text;
        cursor.next();
      }
      row[alias] = value;
      retrieves = true;
    }
    if (cursor.isWord('FROM') || cursor.isWord('WHERE')) throw unsupported(`SELECT … ${cursor.peek().text}`);
    if (!cursor.isPunct(',')) break;
    cursor.next();
  }
  if (assigns && retrieves) {
    throw new TsqlError(
      mssqlError(
        141,
        'A SELECT statement that assigns a value to a variable must not be combined with data-retrieval operations.',
      ),
    );
  }
  if (retrieves) rows.push(row);
}

/**
 * Runs the T-SQL subset of the storedProcedure workaround the way SQL Server would: DECLARE (types,
 * sizes, `= value`), SET (literals, NULL, `NCHAR(n)`, `+`, CAST/CONVERT; `SET NOCOUNT`, `SET
 * DATEFORMAT`), EXEC with `[@rv =]`, named or positional arguments and OUTPUT, and SELECT of
 * variables and literals. What SQL Server would reject fails with its number and message as a
 * {@link TsqlError}; what it silently truncates is truncated.
 */
export async function runTsqlBatch(text: string, hooks: TsqlBatchHooks): Promise<TsqlBatchResult> {
  const cursor = new TokenCursor(tokenize(text));
  const scope: Scope = { variables: new Map(), dateFormat: 'dmy' };
  const rows: Row[] = [];
  let rowsAffected: number | undefined;
  let first = true;
  while (!cursor.atEnd()) {
    if (cursor.isPunct(';')) {
      cursor.next();
      continue;
    }
    const token = cursor.peek();
    const word = token.kind === 'word' ? token.text.toUpperCase() : undefined;
    if (word === 'DECLARE') declare(cursor, scope);
    else if (word === 'SET') set(cursor, scope);
    else if (word === 'EXEC' || word === 'EXECUTE')
      rowsAffected = (await exec(cursor, scope, hooks, rows, false)) ?? rowsAffected;
    else if (word === 'SELECT') select(cursor, scope, rows);
    // A batch may start with a bare procedure name (so a leading `GO` is "Could not find stored procedure 'GO'").
    else if (first && (token.kind === 'word' || token.kind === 'quoted'))
      rowsAffected = (await exec(cursor, scope, hooks, rows, true)) ?? rowsAffected;
    else cursor.fail();
    first = false;
    if (!atStatementEnd(cursor)) cursor.fail();
  }
  return { rows, rowsAffected };
}
