import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exitCodeMeanings } from './exit-codes.js';
import { cliOptions } from './options-table.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('<!-- section:cli -->');
const section = readme.slice(start, readme.indexOf('\n## ', start));

describe("the README's CLI section", () => {
  it('lists every exit code with the meaning --help prints', () => {
    expect(start).toBeGreaterThan(-1);
    for (const [code, meaning] of exitCodeMeanings) expect(section).toContain(`| ${code} | ${meaning} |`);
  });

  it('documents every option the CLI accepts', () => {
    for (const name of Object.keys(cliOptions)) expect(section).toContain(`--${name}`);
  });
});
