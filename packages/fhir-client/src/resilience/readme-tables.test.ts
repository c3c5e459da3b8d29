import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { defaultsTable, failureHandlingTable } from './test-support/docs-tables.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('<!-- section:resilience -->'), readme.indexOf('## CLI'));

test("the README's table of failure handling is the one generated from failureHandling", () => {
  expect(section).toContain(failureHandlingTable());
});

test("the README's table of defaults is the one generated from resilienceDefaults", () => {
  expect(section).toContain(defaultsTable());
});
