import { mssqlError, mssqlErrors } from '../database-errors.js';
import { TsqlError } from './tsql-error.js';

/** One token of a T-SQL batch. */
export type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'variable'; readonly text: string }
  | { readonly kind: 'quoted'; readonly text: string }
  | { readonly kind: 'string'; readonly unicode: boolean; readonly value: string; readonly text: string }
  | { readonly kind: 'binary'; readonly value: Uint8Array; readonly text: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'punct'; readonly text: string }
  | { readonly kind: 'end'; readonly text: '' };

const wordStart = /[A-Za-z_#\u00C0-\uFFFF]/;
const wordPart = /[\w@#$\u00C0-\uFFFF]/;
const punctuation = new Set(['(', ')', ',', '=', '+', '-', ';', '.', '*']);

/**
 * Reads a backslash line continuation at `at` (a `\` then LF or CR LF inside a string or binary
 * constant, which SQL Server removes): the length to skip, or 0 when there is none.
 */
function continuation(text: string, at: number): number {
  if (text[at] !== '\\') return 0;
  if (text[at + 1] === '\n') return 2;
  if (text[at + 1] === '\r' && text[at + 2] === '\n') return 3;
  return 0;
}

function readString(text: string, quoteAt: number): { value: string; end: number } {
  let value = '';
  let i = quoteAt + 1;
  while (i < text.length) {
    const skip = continuation(text, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    const ch = text[i]!;
    if (ch === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i += 1;
  }
  throw new TsqlError(mssqlErrors.unclosedQuote(text.slice(quoteAt + 1)));
}

function readBinary(text: string, start: number): { value: Uint8Array; end: number } {
  let hex = '';
  let i = start + 2;
  while (i < text.length) {
    const skip = continuation(text, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    if (!/[0-9A-Fa-f]/.test(text[i]!)) break;
    hex += text[i];
    i += 1;
  }
  // SQL Server reads an odd number of digits as if a leading 0 were there: 0x123 is 0x0123.
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return { value: new Uint8Array(Buffer.from(hex, 'hex')), end: i };
}

function readBracketed(text: string, start: number): { name: string; end: number } {
  let name = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === ']') {
      if (text[i + 1] === ']') {
        name += ']';
        i += 2;
        continue;
      }
      return { name, end: i + 1 };
    }
    name += text[i];
    i += 1;
  }
  throw new TsqlError(mssqlErrors.unclosedQuote(text.slice(start + 1)));
}

function skipComment(text: string, start: number): number {
  if (text.startsWith('--', start)) {
    const end = text.indexOf('\n', start);
    return end === -1 ? text.length : end + 1;
  }
  // Block comments nest in T-SQL.
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text.startsWith('/*', i)) {
      depth += 1;
      i += 2;
    } else if (text.startsWith('*/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else i += 1;
  }
  throw new TsqlError(mssqlError(113, "Missing end comment mark '*/'."));
}

/** Splits a batch into tokens, applying SQL Server's quoting, continuation and comment rules. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (text.startsWith('--', i) || text.startsWith('/*', i)) {
      i = skipComment(text, i);
    } else if ((ch === 'N' || ch === 'n') && text[i + 1] === "'") {
      const { value, end } = readString(text, i + 1);
      tokens.push({ kind: 'string', unicode: true, value, text: text.slice(i, end) });
      i = end;
    } else if (ch === "'") {
      const { value, end } = readString(text, i);
      tokens.push({ kind: 'string', unicode: false, value, text: text.slice(i, end) });
      i = end;
    } else if (ch === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
      const { value, end } = readBinary(text, i);
      tokens.push({ kind: 'binary', value, text: text.slice(i, end) });
      i = end;
    } else if (/\d/.test(ch) || (ch === '.' && /\d/.test(text[i + 1] ?? ''))) {
      const match = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400))!;
      tokens.push({ kind: 'number', text: match[0] });
      i += match[0].length;
    } else if (ch === '@') {
      let end = i + 1;
      while (end < text.length && wordPart.test(text[end]!)) end += 1;
      if (end === i + 1) throw new TsqlError(mssqlErrors.syntaxNear('@'));
      tokens.push({ kind: 'variable', text: text.slice(i, end) });
      i = end;
    } else if (ch === '[') {
      const { name, end } = readBracketed(text, i);
      tokens.push({ kind: 'quoted', text: name });
      i = end;
    } else if (wordStart.test(ch)) {
      let end = i + 1;
      while (end < text.length && wordPart.test(text[end]!)) end += 1;
      tokens.push({ kind: 'word', text: text.slice(i, end) });
      i = end;
    } else if (punctuation.has(ch)) {
      tokens.push({ kind: 'punct', text: ch });
      i += 1;
    } else {
      throw new TsqlError(mssqlErrors.syntaxNear(ch));
    }
  }
  tokens.push({ kind: 'end', text: '' });
  return tokens;
}
