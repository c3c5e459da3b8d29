import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDemoQueryTable } from './test-support/readme-sql-table.js';

const readme = readFileSync(new URL('../../../../../README.md', import.meta.url), 'utf8');

describe('README testkit section, SQL passthrough mock', () => {
  it('lists every demo database query as demoQueries defines it', () => {
    expect(readme).toContain(renderDemoQueryTable());
  });
});
