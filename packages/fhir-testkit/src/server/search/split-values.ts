/**
 * FHIR search value escaping (R4 §3.1.1.1.7): `\,` `\|` `\$` `\\` stand for the literal character.
 * Splitting happens on unescaped separators only; unescaping happens last.
 */

/** Splits on every unescaped `separator`, keeping escapes in the parts. */
export function splitUnescaped(value: string, separator: ',' | '|' | '$'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + (value[i + 1] as string);
      i += 1;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** Splits `system|code` on the first unescaped `|`; `undefined` system when there is none. */
export function splitSystem(value: string): { system: string | undefined; code: string } {
  const parts = splitUnescaped(value, '|');
  if (parts.length === 1) return { system: undefined, code: parts[0] as string };
  return { system: parts[0] as string, code: parts.slice(1).join('|') };
}

/** Removes FHIR search escapes: `\,` → `,` and so on; a lone trailing `\` stays. */
export function unescapeValue(value: string): string {
  return value.replace(/\\([\\,|$])/g, '$1');
}
