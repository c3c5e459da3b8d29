// Regenerates the error table in README.md (between the errors-table markers) from the error
// catalog, packages/fhir-client/src/errors/catalog.ts, the single source of truth.
// Usage: pnpm exec tsx scripts/generate-error-table.ts           (writes README.md)
//        pnpm exec tsx scripts/generate-error-table.ts --check   (exits 1 if README.md is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { replaceErrorTable } from '../packages/fhir-client/src/errors/catalog-markdown.js';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const current = readFileSync(readmePath, 'utf8');
const next = replaceErrorTable(current);

if (process.argv.includes('--check')) {
  if (next !== current) {
    process.stderr.write(
      'README.md error table is stale: run pnpm exec tsx scripts/generate-error-table.ts\n',
    );
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(readmePath, next);
  process.stdout.write('README.md error table regenerated\n');
}
