import { isRegularIdentifier } from '../parameters/parameter-name.js';
import { loneSurrogateIndex } from '../parameters/text-values.js';
import { SqlRewriteError, SqlRewriteRefusal } from './sql-rewrite-error.js';

/** `text` bracket-quoted for T-SQL, with `]` doubled: `odd]name` → `[odd]]name]`. */
export function bracketQuote(text: string): string {
  return `[${text.replaceAll(']', ']]')}]`;
}

/**
 * The procedure name as 1-3 bracket-quoted parts (`dbo.sp_X` → `[dbo].[sp_X]`). Each part is a regular
 * identifier or a bracketed one (`]]` inside means `]`); anything else is refused: spaces outside
 * brackets, `;`, quotes, comments, an empty part, an unterminated bracket, more than 3 parts.
 * @throws {SqlRewriteError} with reason `invalidProcedureName`.
 */
export function quoteProcedureName(text: string): string {
  const parts = splitParts(text);
  return parts.map(bracketQuote).join('.');
}

function splitParts(text: string): string[] {
  const parts: string[] = [];
  let index = 0;
  while (true) {
    let part: string;
    if (text[index] === '[') {
      const close = closingBracket(text, index + 1);
      if (close === -1) refuse(text, 'a [ is never closed');
      part = text.slice(index + 1, close).replaceAll(']]', ']');
      index = close + 1;
      if (part.length > 128) refuse(text, 'a part is longer than 128 characters');
      if (loneSurrogateIndex(part) !== -1) refuse(text, 'a part contains invalid UTF-16');
    } else {
      const end = text.indexOf('.', index);
      part = text.slice(index, end === -1 ? text.length : end);
      index += part.length;
      if (part !== '' && !isRegularIdentifier(part)) {
        refuse(text, `${JSON.stringify(part)} is not a regular identifier; bracket-quote it`);
      }
    }
    if (part === '') refuse(text, 'a part is empty');
    parts.push(part);
    if (index === text.length) break;
    if (text[index] !== '.') refuse(text, `unexpected ${JSON.stringify(text[index])} after a bracketed part`);
    index++;
  }
  if (parts.length > 3)
    refuse(text, `${parts.length} parts, at most 3 (schema.procedure or database.schema.procedure)`);
  return parts;
}

/** Index of the `]` closing a bracketed identifier whose content starts at `from`, or -1. */
function closingBracket(text: string, from: number): number {
  let index = from;
  while (true) {
    const close = text.indexOf(']', index);
    if (close === -1) return -1;
    if (text[close + 1] !== ']') return close;
    index = close + 2;
  }
}

function refuse(text: string, why: string): never {
  throw new SqlRewriteError({
    reason: SqlRewriteRefusal.InvalidProcedureName,
    message: `procedure name ${JSON.stringify(text)} is not valid (${why}). Send 1-3 dot-separated parts, each a regular identifier (letters, digits, _, @, $, #) or bracket-quoted like [my proc].`,
  });
}
