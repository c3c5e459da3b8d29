import { mssqlErrors } from '../database-errors.js';
import type { Token } from './lexer.js';
import { TsqlError } from './tsql-error.js';

/** Reads tokens in order; errors name the token they stopped at, as SQL Server's 102 does. */
export class TokenCursor {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index += 1;
    return token;
  }

  atEnd(): boolean {
    return this.peek().kind === 'end';
  }

  isWord(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'word' && token.text.toUpperCase() === word;
  }

  isPunct(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'punct' && token.text === text;
  }

  /** Consumes the punctuation or fails with 102 near what is there instead. */
  expectPunct(text: string): void {
    if (!this.isPunct(text)) this.fail();
    this.next();
  }

  /** Consumes the keyword or fails with 102. */
  expectWord(word: string): void {
    if (!this.isWord(word)) this.fail();
    this.next();
  }

  /** Fails with `Incorrect syntax near '…'` at the current token (the previous one at the end). */
  fail(): never {
    const token = this.peek();
    const near = token.kind === 'end' ? (this.tokens[this.index - 1]?.text ?? '') : token.text;
    throw new TsqlError(mssqlErrors.syntaxNear(near));
  }
}

/** Keywords that start a statement of the subset the reader runs. */
export const statementStarts: ReadonlySet<string> = new Set(['DECLARE', 'SET', 'EXEC', 'EXECUTE', 'SELECT']);

/** True at `;`, the end, or a keyword that starts the next statement (T-SQL needs no `;`). */
export function atStatementEnd(cursor: TokenCursor): boolean {
  const token = cursor.peek();
  return (
    token.kind === 'end' ||
    cursor.isPunct(';') ||
    (token.kind === 'word' && statementStarts.has(token.text.toUpperCase()))
  );
}
