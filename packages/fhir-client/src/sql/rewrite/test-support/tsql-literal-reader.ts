/**
 * An independent reader of the T-SQL batches the storedProcedure rewrite writes, used by the tests to
 * decode every literal back to its value. It follows SQL Server's rules, not the encoder's code:
 * - `N'…'` and `'…'` constants with `''` for `'`; a backslash followed by LF or CR LF inside a string or
 *   binary constant is a line continuation, and both are removed;
 * - `--` and nested `/* … *\/` comments outside constants are skipped (and counted);
 * - `0x…` binary constants, numbers (with a unary minus), `NULL`, `NCHAR(n)`, `CAST(x AS NVARCHAR(MAX))`;
 * - `+` concatenation, which truncates to 4 000 characters unless an operand is `nvarchar(max)` (an
 *   `N'…'` constant over 4 000 characters, or a CAST to MAX).
 * A `GO` anywhere outside a constant is an error: it is a client-tool separator, not T-SQL.
 */

import { type Token, tokenise } from './tsql-tokens.js';

/** A value an expression evaluates to. `max` marks an `nvarchar(max)` string. */
export type TsqlValue =
  | { kind: 'string'; text: string; max: boolean }
  | { kind: 'binary'; hex: string }
  | { kind: 'number'; text: string }
  | { kind: 'null' };

/** One statement of a batch. */
export type TsqlStatement =
  | { kind: 'declare'; variable: string; type: string }
  | { kind: 'set'; variable: string; value: TsqlValue }
  | {
      kind: 'exec';
      returnVariable: string | undefined;
      procedure: string[];
      arguments: { name: string; variable: string; output: boolean }[];
    }
  | { kind: 'select'; columns: { variable: string; alias: string }[] };

/** A read batch: its statements, how many comments it held and how many lines of text it spans. */
export interface TsqlBatch {
  statements: TsqlStatement[];
  comments: number;
}

/** Read `text` as a batch of DECLARE, SET, EXEC and SELECT statements; throws on anything else. */
export function readTsqlBatch(text: string): TsqlBatch {
  const { tokens, comments } = tokenise(text);
  const reader = new Parser(tokens);
  const statements: TsqlStatement[] = [];
  while (!reader.done()) {
    statements.push(reader.statement());
    reader.expectSymbol(';');
  }
  return { statements, comments };
}

/** Evaluate a single T-SQL expression (as on the right of `SET @v =`). */
export function readTsqlExpression(text: string): TsqlValue {
  const reader = new Parser(tokenise(text).tokens);
  const value = reader.expression();
  if (!reader.done()) throw new Error(`unexpected text after the expression at token ${reader.position}`);
  return value;
}

class Parser {
  position = 0;
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.position >= this.tokens.length;
  }

  statement(): TsqlStatement {
    const keyword = this.word().toUpperCase();
    if (keyword === 'DECLARE') {
      const variable = this.variable();
      let type = this.word().toUpperCase();
      if (this.peekSymbol('(')) {
        this.position++;
        const args: string[] = [];
        do args.push(this.takeArgument());
        while (this.skipSymbol(','));
        this.expectSymbol(')');
        type += `(${args.join(', ')})`;
      }
      return { kind: 'declare', variable, type };
    }
    if (keyword === 'SET') {
      const variable = this.variable();
      this.expectSymbol('=');
      return { kind: 'set', variable, value: this.expression() };
    }
    if (keyword === 'EXEC' || keyword === 'EXECUTE') return this.exec();
    if (keyword === 'SELECT') {
      const columns: { variable: string; alias: string }[] = [];
      do {
        const variable = this.variable();
        if (this.word().toUpperCase() !== 'AS') throw new Error('expected AS');
        const alias = this.next();
        if (alias.kind !== 'bracketed') throw new Error('expected a bracketed alias');
        columns.push({ variable, alias: alias.text });
      } while (this.skipSymbol(','));
      return { kind: 'select', columns };
    }
    throw new Error(`unexpected statement ${keyword}`);
  }

  private exec(): TsqlStatement {
    let returnVariable: string | undefined;
    const first = this.tokens[this.position];
    if (first?.kind === 'word' && first.text.startsWith('@')) {
      returnVariable = this.variable();
      this.expectSymbol('=');
    }
    const procedure: string[] = [];
    do {
      const part = this.next();
      if (part.kind !== 'bracketed' && part.kind !== 'word')
        throw new Error('expected a procedure name part');
      procedure.push(part.text);
    } while (this.skipSymbol('.'));
    const args: { name: string; variable: string; output: boolean }[] = [];
    if (!this.peekSymbol(';')) {
      do {
        const name = this.variable();
        this.expectSymbol('=');
        const variable = this.variable();
        const after = this.tokens[this.position];
        const output = after?.kind === 'word' && after.text.toUpperCase() === 'OUTPUT';
        if (output) this.position++;
        args.push({ name, variable, output });
      } while (this.skipSymbol(','));
    }
    return { kind: 'exec', returnVariable, procedure, arguments: args };
  }

  expression(): TsqlValue {
    let value = this.term();
    while (this.skipSymbol('+')) value = concatenate(value, this.term());
    return value;
  }

  private term(): TsqlValue {
    if (this.skipSymbol('-')) {
      const operand = this.term();
      if (operand.kind !== 'number') throw new Error('unary minus on a non-number');
      return { kind: 'number', text: `-${operand.text}` };
    }
    const token = this.next();
    if (token.kind === 'string') return { kind: 'string', text: token.text, max: token.text.length > 4000 };
    if (token.kind === 'binary') return token;
    if (token.kind === 'number') return token;
    if (token.kind === 'symbol' && token.text === '(') {
      const inner = this.expression();
      this.expectSymbol(')');
      return inner;
    }
    if (token.kind !== 'word') throw new Error(`unexpected ${token.kind} in an expression`);
    const word = token.text.toUpperCase();
    if (word === 'NULL') return { kind: 'null' };
    if (word === 'NCHAR') {
      this.expectSymbol('(');
      const code = this.next();
      this.expectSymbol(')');
      if (code.kind !== 'number') throw new Error('NCHAR needs a number');
      return { kind: 'string', text: String.fromCharCode(Number(code.text)), max: false };
    }
    if (word === 'CAST') {
      this.expectSymbol('(');
      const inner = this.expression();
      if (this.word().toUpperCase() !== 'AS' || this.word().toUpperCase() !== 'NVARCHAR') {
        throw new Error('only CAST(… AS NVARCHAR(MAX)) is understood');
      }
      this.expectSymbol('(');
      if (this.word().toUpperCase() !== 'MAX') throw new Error('only NVARCHAR(MAX) is understood');
      this.expectSymbol(')');
      this.expectSymbol(')');
      if (inner.kind !== 'string') throw new Error('CAST of a non-string');
      return { kind: 'string', text: inner.text, max: true };
    }
    throw new Error(`unexpected word ${token.text} in an expression`);
  }

  private takeArgument(): string {
    const token = this.next();
    if (token.kind === 'number' || token.kind === 'word') return token.text.toUpperCase();
    throw new Error('expected a type argument');
  }

  private next(): Token {
    const token = this.tokens[this.position++];
    if (token === undefined) throw new Error('unexpected end of batch');
    return token;
  }

  private word(): string {
    const token = this.next();
    if (token.kind !== 'word') throw new Error(`expected a word, got ${token.kind}`);
    return token.text;
  }

  private variable(): string {
    const name = this.word();
    if (!name.startsWith('@')) throw new Error(`expected a variable, got ${name}`);
    return name;
  }

  private peekSymbol(symbol: string): boolean {
    const token = this.tokens[this.position];
    return token?.kind === 'symbol' && token.text === symbol;
  }

  private skipSymbol(symbol: string): boolean {
    if (!this.peekSymbol(symbol)) return false;
    this.position++;
    return true;
  }

  expectSymbol(symbol: string): void {
    if (!this.skipSymbol(symbol)) throw new Error(`expected ${symbol} at token ${this.position}`);
  }
}

function concatenate(left: TsqlValue, right: TsqlValue): TsqlValue {
  if (left.kind !== 'string' || right.kind !== 'string') throw new Error('+ is only understood for strings');
  const max = left.max || right.max;
  const text = left.text + right.text;
  return { kind: 'string', text: max ? text : text.slice(0, 4000), max };
}
