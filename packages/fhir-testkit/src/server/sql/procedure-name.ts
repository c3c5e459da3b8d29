/**
 * A procedure name as the mock compares it: brackets removed, `]]` read as `]`, the database part
 * dropped, `dbo` as the default schema, lower case (SQL Server's default collation ignores case).
 */
export function procedureKey(name: string): string {
  const parts: string[] = [];
  const pattern = /\s*(?:\[((?:[^\]]|\]\])*)\]|([^.[\]\s]+))\s*(?:\.|$)/y;
  let rest = name.trim();
  while (rest !== '') {
    pattern.lastIndex = 0;
    const match = pattern.exec(rest);
    if (!match) return name.trim().toLowerCase();
    parts.push(match[1] !== undefined ? match[1].replaceAll(']]', ']') : (match[2] ?? ''));
    rest = rest.slice(pattern.lastIndex);
  }
  const [procedure, schema = 'dbo'] = parts.reverse();
  return `${schema}.${procedure ?? ''}`.toLowerCase();
}

/** The text a mock compares exact-match handlers by: whitespace runs collapsed, a trailing `;` dropped. */
export function normaliseSqlText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*;$/, '');
}

/** A parameter name as the mock compares it: with its `@`, lower case. */
export function parameterKey(name: string): string {
  return (name.startsWith('@') ? name : `@${name}`).toLowerCase();
}
