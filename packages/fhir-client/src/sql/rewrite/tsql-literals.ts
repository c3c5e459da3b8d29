import type { ParsedSqlValue } from '../parameters/parse-value.js';

/**
 * The T-SQL literal for a parsed parameter value. Every form here is exact: the server reads back
 * precisely the value that was checked.
 */
export function tsqlLiteral(value: Exclude<ParsedSqlValue, { kind: 'opaque' }>): string {
  switch (value.kind) {
    case 'text':
      return unicodeStringExpression(value.text);
    case 'binary':
      return binaryLiteral(value.bytes);
    case 'number':
    case 'decimal':
      return value.literal;
    case 'temporal':
    case 'guid':
      return unicodeStringExpression(value.text);
  }
}

const maxPrefix = "CAST(N'' AS NVARCHAR(MAX))";

/**
 * A string as a T-SQL expression: `N'…'` with every `'` doubled and nothing else escaped, except
 * - a backslash before CR or LF ends its piece (inside a constant SQL Server would read backslash +
 *   newline as a line continuation and drop both), so the newline starts the next piece;
 * - U+0000 is written `NCHAR(0)` between pieces.
 *
 * Several pieces are joined with `+` after `CAST(N'' AS NVARCHAR(MAX))`, so the concatenation is
 * `nvarchar(max)` and never truncated at 4 000 characters. One piece stays a single `N'…'` (a constant
 * over 4 000 characters is already `nvarchar(max)`).
 */
export function unicodeStringExpression(text: string): string {
  const pieces: string[] = [];
  text.split('\u0000').forEach((segment, index) => {
    if (index > 0) pieces.push('NCHAR(0)');
    for (const part of segment.split(/(?<=\\)(?=[\r\n])/)) {
      if (part !== '') pieces.push(`N'${part.replaceAll("'", "''")}'`);
    }
  });
  if (pieces.length === 0) return "N''";
  if (pieces.length === 1 && pieces[0] !== 'NCHAR(0)') return pieces[0]!;
  return [maxPrefix, ...pieces].join(' + ');
}

/** `0x` and two upper-case hex digits per byte; `0x` alone for no bytes (an empty value, not NULL). */
export function binaryLiteral(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += hexDigits[byte];
  return `0x${hex}`;
}

const hexDigits = Array.from({ length: 256 }, (_, byte) => byte.toString(16).toUpperCase().padStart(2, '0'));
