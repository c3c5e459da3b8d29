// Writes README snippets to a scratch folder inside the repository, where the workspace packages
// resolve as a consumer imports them, and compiles them under the repository's own strict settings.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSnippets, type Snippet } from './extract-snippets.js';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const preludeFolder = join(repositoryRoot, 'scripts/readme-snippets/preludes');

/** The Markdown files whose TypeScript blocks are checked: the root README and each package's. */
export function documentedFiles(): string[] {
  const packages = join(repositoryRoot, 'packages');
  const files = ['README.md'];
  for (const name of readdirSync(packages).sort()) {
    if (existsSync(join(packages, name, 'README.md'))) files.push(`packages/${name}/README.md`);
  }
  return files;
}

/** Every snippet of every documented file. */
export function allSnippets(): Snippet[] {
  return documentedFiles().flatMap((file) =>
    extractSnippets(readFileSync(join(repositoryRoot, file), 'utf8'), file),
  );
}

/** A snippet written out as a module of the scratch folder. */
export interface WrittenSnippet {
  readonly snippet: Snippet;
  /** Absolute path of the module. */
  readonly path: string;
  /** Lines the prelude adds before the snippet's own first line. */
  readonly preludeLines: number;
}

/** The scratch folder: `.readme-snippets/run-*` at the repository root (git-ignored), removed by `dispose`. */
export interface SnippetWorkspace {
  readonly folder: string;
  readonly written: readonly WrittenSnippet[];
  dispose(): void;
}

function preludeOf(name: string, snippet: Snippet): string {
  const path = join(preludeFolder, `${name}.ts`);
  if (!existsSync(path)) {
    throw new Error(
      `${snippet.file}:${snippet.line}: no prelude "${name}" (expected ${relative(repositoryRoot, path)})`,
    );
  }
  return readFileSync(path, 'utf8');
}

function linkPackages(folder: string): void {
  const modules = join(folder, 'node_modules');
  for (const name of readdirSync(join(repositoryRoot, 'packages'))) {
    const manifest = join(repositoryRoot, 'packages', name, 'package.json');
    if (!existsSync(manifest)) continue;
    const packageName = (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name;
    mkdirSync(dirname(join(modules, packageName)), { recursive: true });
    symlinkSync(join(repositoryRoot, 'packages', name), join(modules, packageName), 'dir');
  }
  mkdirSync(join(modules, '@types'), { recursive: true });
  const fhirTypes = realpathSync(join(repositoryRoot, 'packages/fhir-client/node_modules/@types/fhir'));
  symlinkSync(fhirTypes, join(modules, '@types/fhir'), 'dir');
}

/**
 * Writes each snippet (prelude first) as its own module of `folder`, with a tsconfig over the
 * repository's tsconfig.base.json (plus `compilerOptions` given), every block its own module.
 */
export function writeSnippetFiles(
  folder: string,
  snippets: readonly Snippet[],
  compilerOptions: Record<string, unknown> = {},
): WrittenSnippet[] {
  const tsconfig = {
    extends: relative(folder, join(repositoryRoot, 'tsconfig.base.json')),
    // Every block is its own module, as a file pasted into a project would be.
    compilerOptions: { noEmit: true, moduleDetection: 'force', ...compilerOptions },
    include: ['*.ts'],
  };
  writeFileSync(join(folder, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return snippets.map((snippet) => {
    const prelude = snippet.marker.prelude === undefined ? '' : preludeOf(snippet.marker.prelude, snippet);
    const name = `${snippet.file.replace(/[^\w]+/g, '-')}-L${snippet.line}.ts`;
    const path = join(folder, name);
    writeFileSync(path, prelude + snippet.code);
    return { snippet, path, preludeLines: prelude === '' ? 0 : prelude.split('\n').length - 1 };
  });
}

/** Writes every snippet to a new scratch folder where the workspace packages resolve from source. */
export function writeSnippets(snippets: readonly Snippet[]): SnippetWorkspace {
  const scratch = join(repositoryRoot, '.readme-snippets');
  mkdirSync(scratch, { recursive: true });
  const folder = mkdtempSync(join(scratch, 'run-'));
  linkPackages(folder);
  writeFileSync(join(folder, 'package.json'), '{ "type": "module", "private": true }\n');
  const written = writeSnippetFiles(folder, snippets);
  return { folder, written, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Compiles the workspace with the repository's TypeScript and returns each error as
 * `README.md:123:5: error TS2304: …` (the Markdown line of the block), empty when all compile.
 */
export function compileSnippets(workspace: SnippetWorkspace): string[] {
  const tsc = join(repositoryRoot, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], {
    cwd: workspace.folder,
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status === 0) return [];
  if (result.error) throw result.error;
  const errors: string[] = [];
  let inSnippetError = false;
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): (error .*)$/.exec(line);
    if (!match) {
      // A continuation line of the error above; a line that is neither (a config error) is kept.
      if (inSnippetError && line.startsWith(' ')) errors[errors.length - 1] += `\n${line}`;
      else if (!line.startsWith(' ') && line.trim() !== '') errors.push(line);
      continue;
    }
    const [, file, row, column, message] = match;
    const written = workspace.written.find((w) => w.path === join(workspace.folder, file!));
    // Errors inside the packages' own sources are the root typecheck's to report, not a snippet's.
    inSnippetError = written !== undefined;
    if (!written) continue;
    const inSnippet = Number(row) - written.preludeLines;
    errors.push(
      inSnippet >= 1
        ? `${written.snippet.file}:${written.snippet.line + inSnippet - 1}:${column}: ${message}`
        : `prelude ${written.snippet.marker.prelude} (for ${written.snippet.file}:${written.snippet.line}):${row}:${column}: ${message}`,
    );
  }
  return errors;
}
