#!/usr/bin/env node
// Packs every publishable package (`pnpm pack`, as `pnpm publish` would) and checks the tarball:
// it holds README.md, LICENSE, CHANGELOG.md, package.json, every file `exports`/`main`/`types`/`bin` name, and
// every file a dist module imports; no tests, test support, fixtures of our own tests, build
// configuration or workspace/catalog version specifiers; and every source map resolves inside it.
//
// Source maps and `src/`: we ship both. `dist/*.js.map` and `dist/*.d.ts.map` point into `src/*.ts`,
// so a consumer's stack traces and "go to definition" land on the TypeScript a reader can follow
// rather than on compiled output; the cost is about 1 MB unpacked, nothing in a bundle.
//
// Usage: node scripts/check-pack.mjs (after `pnpm build`). check-consumer-types.mjs runs it first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Paths no tarball may hold, with the reason. */
const forbidden = [
  [/\.test(-d)?\.(ts|js|d\.ts|mts|mjs)$/, 'a test file'],
  [/(^|\/)test-support\//, 'test support'],
  [/(^|\/)__(fixtures|tests|mocks|snapshots)__\//, 'test fixtures'],
  [/\.snap$/, 'a test snapshot'],
  [/(^|\/)tsconfig[^/]*\.json$/, 'build configuration'],
  [/\.tsbuildinfo$/, 'a build cache'],
  [/(^|\/)node_modules\//, 'installed dependencies'],
  [/(^|\/)\.vitest-report\.json$/, 'a test report'],
];

/** The packages under packages/ that are not private: what `pnpm publish -r` would publish. */
export function publishablePackages() {
  return readdirSync(join(root, 'packages'))
    .sort()
    .map((name) => join(root, 'packages', name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true);
}

/** Packs one package into `destination` and returns the tarball's path. */
export function pack(dir, destination) {
  const result = spawnSync('pnpm', ['pack', '--pack-destination', destination, '--json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`pnpm pack failed in ${dir}:\n${result.stdout}${result.stderr}`);
  const start = result.stdout.indexOf('{');
  return JSON.parse(result.stdout.slice(start)).filename;
}

/** Reads a tarball's files into a map of path (without `package/`) to contents. */
function readTarball(tarball) {
  const work = mkdtempSync(join(tmpdir(), 'halo-fhir-pack-'));
  try {
    const extract = spawnSync('tar', ['-xzf', tarball, '-C', work], { encoding: 'utf8' });
    if (extract.status !== 0) throw new Error(`tar could not read ${tarball}: ${extract.stderr}`);
    const files = new Map();
    const walk = (dir, prefix) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory()) walk(join(dir, entry.name), path);
        else files.set(path, readFileSync(join(dir, entry.name), 'utf8'));
      }
    };
    walk(join(work, 'package'), '');
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function exportTargets(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) exportTargets(v, out);
  return out;
}

const relativeImport = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Everything wrong with one tarball, as sentences; empty when it is fine. */
export function tarballProblems(files) {
  const problems = [];
  const has = (path) => files.has(posix.normalize(path.replace(/^\.\//, '')));
  for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    if (!files.has(required)) problems.push(`lacks ${required}`);
  }
  for (const path of files.keys()) {
    for (const [pattern, what] of forbidden) if (pattern.test(path)) problems.push(`holds ${what}: ${path}`);
  }
  const manifest = JSON.parse(files.get('package.json') ?? '{}');
  // What the registry page and `npm` need: where the code lives, where to report, which Node.
  for (const [field, value] of [
    ['license', manifest.license],
    ['repository.url', manifest.repository?.url],
    ['homepage', manifest.homepage],
    ['bugs.url', manifest.bugs?.url],
    ['engines.node', manifest.engines?.node],
  ]) {
    if (typeof value !== 'string' || value === '') problems.push(`package.json has no ${field}`);
  }
  const named = [
    ...exportTargets(manifest.exports),
    ...exportTargets(manifest.bin),
    ...[manifest.main, manifest.types].filter(Boolean),
  ].filter((target) => !target.includes('*'));
  for (const target of named) if (!has(target)) problems.push(`lacks ${target}, which package.json names`);
  if (![...files.keys()].some((path) => path.startsWith('dist/') && path.endsWith('.d.ts'))) {
    problems.push('lacks type declarations (dist/**/*.d.ts)');
  }
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|catalog):/.test(range)) problems.push(`${field}.${name} is still "${range}"`);
    }
  }
  for (const [path, text] of files) {
    if (path.startsWith('dist/') && /\.(js|d\.ts)$/.test(path)) {
      for (const [, specifier] of text.matchAll(relativeImport)) {
        const target = posix.join(posix.dirname(path), specifier);
        const candidates = path.endsWith('.d.ts') ? [target, target.replace(/\.js$/, '.d.ts')] : [target];
        if (!candidates.some((c) => files.has(c)))
          problems.push(`${path} imports ${specifier}, which is not packed`);
      }
    }
    if (path.endsWith('.map')) {
      const map = JSON.parse(text);
      (map.sources ?? []).forEach((source, index) => {
        // A dependency bundled into a file (the CLI bundles ky and date-fns) maps to its own
        // package, not to ours: that part of the map is the dependency's to resolve.
        if (source.includes('/node_modules/') || typeof map.sourcesContent?.[index] === 'string') return;
        const target = posix.join(posix.dirname(path), map.sourceRoot ?? '', source);
        if (!files.has(target)) problems.push(`${path} maps to ${source}, which is not packed`);
      });
    }
  }
  return [...new Set(problems)];
}

/**
 * Packs every publishable package into `destination`, checks each tarball, prints a line per
 * package, and returns the tarballs with their problems.
 */
export function packAndCheck(destination) {
  return publishablePackages().map(({ dir, manifest }) => {
    const tarball = pack(dir, destination);
    const files = readTarball(tarball);
    const problems = tarballProblems(files);
    const size = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    console.log(
      `pack ${manifest.name}: ${files.size} files, ${(size / 1024).toFixed(0)} KB unpacked: ${problems.length === 0 ? 'ok' : 'FAILED'}`,
    );
    for (const problem of problems) console.log(`  ${manifest.name} ${problem}`);
    return { name: manifest.name, tarball, problems };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const destination = mkdtempSync(join(tmpdir(), 'halo-fhir-tarballs-'));
  try {
    const results = packAndCheck(destination);
    process.exitCode = results.some((r) => r.problems.length > 0) ? 1 : 0;
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}
