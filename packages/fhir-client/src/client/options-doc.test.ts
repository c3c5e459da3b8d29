import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The options are documented twice: TSDoc in options.ts (for editors) and the README table (for
// readers). This keeps the two from drifting apart.
const source = readFileSync(new URL('./options.ts', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

function interfaceBody(name: string): string {
  const start = source.indexOf(`export interface ${name} {`);
  expect(start).toBeGreaterThan(-1);
  return source.slice(start, source.indexOf('\n}', start));
}

function documentedOptions(name: string): { option: string; doc: string }[] {
  const body = interfaceBody(name);
  return [...body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*readonly (\w+)\?:/g)].map((match) => ({
    option: match[2] ?? '',
    doc: match[1] ?? '',
  }));
}

describe('client options documentation', () => {
  const options = documentedOptions('FhirClientOptions');

  it('documents every option with a default', () => {
    expect(options.length).toBeGreaterThan(10);
    for (const { option, doc } of options) expect(doc, option).toContain('@default');
    for (const { option, doc } of documentedOptions('PagingDefaults'))
      expect(doc, option).toContain('@default');
  });

  it('lists every option in the README table, and nothing else', () => {
    const section = readme.slice(readme.indexOf('<!-- section:client -->'), readme.indexOf('### Operations'));
    const rows = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
    expect(rows.sort()).toEqual(options.map(({ option }) => option).sort());
  });
});
