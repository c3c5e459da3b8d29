import { demoQueries } from '../demo-database.js';

// The README's demo database table, rendered from `demoQueries`; readme-sql-mock.test.ts keeps them equal.
export function renderDemoQueryTable(): string {
  const rows = demoQueries.map(
    (q) => `| \`${q.sql}\` | ${q.kind === 'storedProcedure' ? 'procedure' : 'text'} | ${q.description} |`,
  );
  return ['| SQL | type | answers |', '|---|---|---|', ...rows].join('\n');
}
