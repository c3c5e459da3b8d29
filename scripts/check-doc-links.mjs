#!/usr/bin/env node
// After typedoc: every link the READMEs make into the API reference (docs/api/…) names a page that
// was generated, so a renamed export or module cannot leave the table of contents pointing nowhere.
// Part of `pnpm api-docs`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmes = [
  'README.md',
  ...readdirSync(join(root, 'packages'))
    .map((name) => `packages/${name}/README.md`)
    .filter((path) => existsSync(join(root, path))),
];
const broken = [];
let checked = 0;
for (const readme of readmes) {
  const text = readFileSync(join(root, readme), 'utf8');
  for (const [, target] of text.matchAll(/\]\(((?:\.\.\/)*docs\/api\/[^)#\s]+)(?:#[^)]*)?\)/g)) {
    checked++;
    const path = join(root, dirname(readme), target);
    if (!existsSync(path)) broken.push(`${readme}: ${target} was not generated`);
  }
}
for (const line of broken) console.log(line);
console.log(`API reference links: ${checked} checked, ${broken.length} broken`);
process.exitCode = broken.length === 0 ? 0 : 1;
