import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogEntry, errorCatalog } from './catalog.js';
import {
  ERROR_TABLE_END,
  ERROR_TABLE_START,
  renderErrorTable,
  replaceErrorTable,
} from './catalog-markdown.js';
import { ErrorCategory } from './vocabulary.js';

const readme = fileURLToPath(new URL('../../../../README.md', import.meta.url));

describe('the error catalog', () => {
  it('has exactly one row per category', () => {
    const categories = errorCatalog.map((entry) => entry.category);
    expect([...categories].sort()).toEqual(Object.values(ErrorCategory).sort());
    for (const category of Object.values(ErrorCategory))
      expect(catalogEntry(category).category).toBe(category);
  });

  it('covers every status of Halo’s HTTP error table', () => {
    const documented = [400, 401, 403, 404, 406, 413, 429, 500, 503, 504];
    const covered = new Set(errorCatalog.flatMap((entry) => entry.statuses));
    for (const status of documented) expect(covered).toContain(status);
  });

  it('has each Halo Link code 0-5 exactly once', () => {
    const codes = errorCatalog.flatMap((entry) =>
      entry.haloLinkCode === undefined ? [] : [entry.haloLinkCode],
    );
    expect([...codes].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives each fallback status to one category only, so a bare status is never ambiguous', () => {
    const statuses = errorCatalog.flatMap((entry) => entry.fallbackStatuses);
    expect(new Set(statuses).size).toBe(statuses.length);
  });

  it('says why and what to do for every row', () => {
    for (const entry of errorCatalog) {
      expect(entry.cause.length, entry.category).toBeGreaterThan(10);
      expect(entry.action, entry.category).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('the README error table', () => {
  it('is the table generated from the catalog (run `pnpm exec tsx scripts/generate-error-table.ts`)', () => {
    const text = readFileSync(readme, 'utf8');
    const generated = text.slice(
      text.indexOf(ERROR_TABLE_START) + ERROR_TABLE_START.length,
      text.indexOf(ERROR_TABLE_END),
    );
    expect(generated.trim()).toBe(renderErrorTable());
  });

  it('has one row per category, with pipes in cells escaped', () => {
    const table = renderErrorTable();
    expect(table.split('\n')).toHaveLength(errorCatalog.length + 2);
    const withPipe = renderErrorTable([{ ...errorCatalog[0]!, action: 'a | b.' }]);
    expect(withPipe).toContain('a \\| b.');
  });

  it('replaces only what is between the markers, and refuses a README without them', () => {
    const text = `before\n${ERROR_TABLE_START}\nold\n${ERROR_TABLE_END}\nafter`;
    expect(replaceErrorTable(text, 'new')).toBe(
      `before\n${ERROR_TABLE_START}\nnew\n${ERROR_TABLE_END}\nafter`,
    );
    expect(() => replaceErrorTable('no markers', 'new')).toThrow(/markers/);
  });
});
