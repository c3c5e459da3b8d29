import { InvalidSqlParameterError } from './invalid-sql-parameter-error.js';

/**
 * A T-SQL regular identifier as the rewrite accepts it: ASCII letter or `_` first, then letters,
 * digits, `_`, `@`, `$`, `#`; at most 128 characters. Parameter names cannot be bracket-quoted in
 * T-SQL, so this is the only form a parameter name may take.
 */
const regularIdentifier = /^[A-Za-z_][A-Za-z0-9_@$#]{0,127}$/;

/** True when `text` is a regular identifier (see above). */
export function isRegularIdentifier(text: string): boolean {
  return regularIdentifier.test(text);
}

/**
 * The parameter name with its leading `@` (added when missing), or an
 * {@link InvalidSqlParameterError} for an empty name, `@@…`, spaces, `;`, brackets or non-ASCII.
 */
export function normaliseSqlParameterName(name: string): string {
  const bare = name.startsWith('@') ? name.slice(1) : name;
  if (!isRegularIdentifier(bare)) {
    throw new InvalidSqlParameterError({
      parameter: JSON.stringify(name),
      problem: `is an invalid parameter name (${nameProblem(bare)})`,
      accepted:
        'a name like @PatientID: an optional @, then an ASCII letter or _, then letters, digits, _, @, $ or # (at most 128)',
    });
  }
  return `@${bare}`;
}

function nameProblem(bare: string): string {
  if (bare === '') return 'it is empty';
  if (bare.startsWith('@')) return 'names starting @@ are reserved for system functions';
  if (bare.length > 128) return `it is ${bare.length} characters long, over 128`;
  return 'T-SQL cannot quote a parameter name, so only letters, digits, _, @, $ and # are allowed';
}
