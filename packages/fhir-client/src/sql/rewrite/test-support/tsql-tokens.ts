/**
 * The tokeniser of the test-only T-SQL reader (see `tsql-literal-reader.ts`): constants decoded as SQL
 * Server decodes them (`''` for `'`, backslash + LF or CR LF removed inside string and binary
 * constants), comments skipped and counted, and `GO` refused outside constants.
 */

/** A token of the batch text. */
export type Token =
  | { kind: 'string'; text: string; unicode: boolean }
  | { kind: 'binary'; hex: string }
  | { kind: 'number'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'bracketed'; text: string }
  | { kind: 'symbol'; text: string };

/** The tokens of `text`, and how many comments it held. */
export function tokenise(text: string): { tokens: Token[]; comments: number } {
  const tokens: Token[] = [];
  let comments = 0;
  let index = 0;
  const continuation = (at: number): number =>
    text[at] === '\\' && text[at + 1] === '\n'
      ? 2
      : text[at] === '\\' && text.startsWith('\r\n', at + 1)
        ? 3
        : 0;
  while (index < text.length) {
    const char = text[index]!;
    if (/\s/.test(char)) {
      index++;
    } else if (text.startsWith('--', index)) {
      comments++;
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end + 1;
    } else if (text.startsWith('/*', index)) {
      comments++;
      let depth = 0;
      do {
        if (text.startsWith('/*', index)) {
          depth++;
          index += 2;
        } else if (text.startsWith('*/', index)) {
          depth--;
          index += 2;
        } else if (index >= text.length) {
          throw new Error('unterminated comment');
        } else {
          index++;
        }
      } while (depth > 0);
    } else if (char === "'" || ((char === 'N' || char === 'n') && text[index + 1] === "'")) {
      const unicode = char !== "'";
      index += unicode ? 2 : 1;
      let value = '';
      while (true) {
        if (index >= text.length) throw new Error('unterminated string constant');
        const skip = continuation(index);
        if (skip > 0) {
          index += skip;
        } else if (text[index] === "'") {
          if (text[index + 1] !== "'") {
            index++;
            break;
          }
          value += "'";
          index += 2;
        } else {
          value += text[index];
          index++;
        }
      }
      tokens.push({ kind: 'string', text: value, unicode });
    } else if (char === '0' && (text[index + 1] === 'x' || text[index + 1] === 'X')) {
      index += 2;
      let hex = '';
      while (index < text.length) {
        const skip = continuation(index);
        if (skip > 0) index += skip;
        else if (/[0-9A-Fa-f]/.test(text[index]!)) hex += text[index++];
        else break;
      }
      if (hex.length % 2 === 1) hex = `0${hex}`;
      tokens.push({ kind: 'binary', hex: hex.toUpperCase() });
    } else if (/[0-9.]/.test(char) && /^\.?\d/.test(text.slice(index, index + 2))) {
      const match = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(index, index + 400_000))!;
      tokens.push({ kind: 'number', text: match[0] });
      index += match[0].length;
    } else if (/[A-Za-z_@#]/.test(char)) {
      const match = /^[A-Za-z_@#][A-Za-z0-9_@$#]*/.exec(text.slice(index, index + 300))!;
      if (match[0].toUpperCase() === 'GO') throw new Error('GO outside a constant');
      tokens.push({ kind: 'word', text: match[0] });
      index += match[0].length;
    } else if (char === '[') {
      let value = '';
      index++;
      while (true) {
        if (index >= text.length) throw new Error('unterminated bracketed identifier');
        if (text[index] === ']') {
          if (text[index + 1] !== ']') break;
          value += ']';
          index += 2;
        } else {
          value += text[index++];
        }
      }
      index++;
      tokens.push({ kind: 'bracketed', text: value });
    } else if ('(),;=+-.'.includes(char)) {
      tokens.push({ kind: 'symbol', text: char });
      index++;
    } else {
      throw new Error(`unexpected character ${JSON.stringify(char)} at ${index}`);
    }
  }
  return { tokens, comments };
}
