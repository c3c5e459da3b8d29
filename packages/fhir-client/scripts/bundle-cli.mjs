// Bundles the `fhir-client` bin, dist/cli/main.js (over tsc's output of src/cli/main.ts), so starting the
// CLI reads and compiles a few modules instead of resolving ~200 (plus ky and date-fns): the module graph,
// not the work of a command, was most of `fhir-client --help`'s start-up time. main.js itself is under
// 1 KB and answers `--help`/`--version`; the commands are split into chunks it imports when one runs.
// Runs after tsc in `pnpm build`. Minified (a quarter less for V8 to scan at start-up) with names kept,
// so classes and functions keep their names; the source map beside it points into src/.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/cli/', import.meta.url).pathname;
await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outdir,
  // main.js holds only what `--help` and `--version` need; the commands are chunks it imports when
  // a command runs (see src/cli/main.ts), under dist/cli/chunks/ beside tsc's per-module output.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ky and date-fns are bundled too (they are dependencies, so always installed; bundling saves their
  // resolution at start-up); Node's built-ins stay imports.
  packages: 'bundle',
  minify: true,
  keepNames: true,
  sourcemap: 'linked',
  sourcesContent: false,
  // Bundled dependencies' license comments (ky's MIT notice) are kept, gathered at the end of the file.
  legalComments: 'eof',
  logLevel: 'warning',
  tsconfig: new URL('../tsconfig.build.json', import.meta.url).pathname,
});
// The bin runs as `./main.js` from a checkout or a symlink, as it did when esbuild wrote it alone (with
// outfile, esbuild marks a file with a shebang executable; with splitting it does not).
chmodSync(`${outdir}main.js`, 0o755);
