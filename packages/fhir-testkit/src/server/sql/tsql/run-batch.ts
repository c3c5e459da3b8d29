import { mssqlError } from '../database-errors.js';
import type { SqlCallParameter, SqlHandlerResult, SqlValue } from '../sql-mock-types.js';
import { convertTo, type DateFormat } from './convert.js';
import { atStatementEnd, statementStarts, TokenCursor } from './cursor.js';
import { exec } from './exec-statement.js';
import { add, lookup, readExpression, readType, type Scope, sqlValueOf } from './expression.js';
import { tokenize } from './lexer.js';
import { TsqlError } from './tsql-error.js';
import { typedFromVariable } from './typed-value.js';

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

const dateFormats = new Set(['dmy', 'mdy', 'ymd', 'ydm', 'myd', 'dym']);

/** True when the text starts as a DECLARE/SET/EXEC batch (what the storedProcedure workaround sends). */
export function startsTsqlBatch(text: string): boolean {
  const withoutComments = text.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, '');
  return /^(?:DECLARE|SET|EXEC|EXECUTE)\b/i.test(withoutComments);
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
  // `SET @v += x` is `SET @v = @v + x`.
  const assigned = compound ? add(typedFromVariable(variable.type, variable.value), value) : value;
  variable.value = convertTo(assigned, variable.type, scope.dateFormat);
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
