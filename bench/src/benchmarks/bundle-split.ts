import { gzipSync } from 'node:zlib';
import { browserBuildOptions } from './bundle-size.js';

/**
 * The builder + client bundle as an app's bundler splits it. Under the `browser` condition with a
 * build mode (`production` or `development`, which Vite and webpack set), the client loads some parts
 * on first need with `import()` (the typed errors of a failed request, the policy's failure handling;
 * see the package's `#lazy-parts` import), and it always loads ky that way; the bundler puts each in
 * a chunk of its own. What the page loads before its first query is the entry chunk and every chunk it
 * imports statically (`initial`); the rest (`lazy`) is fetched when a call first needs it. Measured
 * with esbuild (the bundler benchmark 6 always used; it sets no build-mode condition, so it gets the
 * parts with the module, as before) and with Rolldown resolving as a Vite production build does.
 * esbuild would not split these parts out anyway: it assigns whole files to chunks by which entry
 * points *reach* them, and the package's index re-exports every public name, so a public module (the
 * error catalogue, the error classes) reaches the entry through the index and lands in a chunk the
 * entry imports, even when only a lazy chunk uses it (evanw/esbuild#3531, "suboptimal-output"), and
 * its wrappers for lazily initialised modules cost bytes. Rolldown, like Rollup and webpack with
 * `sideEffects: false`, follows only the imports that are used.
 */

/** One output chunk: its bytes, what it holds and (for a lazy one) the modules it is loaded for. */
export interface Chunk {
  readonly file: string;
  readonly minified: number;
  /** Gzip level 9 of this chunk alone: what is fetched for it. */
  readonly gzipped: number;
  /** Minified bytes each input file contributes (as the bundler names it), largest first. */
  readonly inputs: ReadonlyArray<readonly [string, number]>;
  /** For a chunk reached only by `import()`: the modules whose `import()` loads it. */
  readonly loadedFor: readonly string[];
  /** The chunk's code as written. */
  readonly code: Uint8Array;
}

/** A split bundle: the initial chunks, the lazy ones, and their sums (gzip summed chunk by chunk). */
export interface SplitBundle {
  readonly bundler: 'esbuild' | 'rolldown';
  readonly initial: readonly Chunk[];
  readonly lazy: readonly Chunk[];
  readonly initialMinified: number;
  readonly initialGzipped: number;
  readonly totalMinified: number;
  readonly totalGzipped: number;
}

/** When each lazy part loads, by the module its `import()` names (first match wins). */
export const lazyLoadMoments: ReadonlyArray<readonly [pattern: RegExp, moment: string]> = [
  [
    /client\/request-errors\./,
    'on the first failed request (error status, redirect, unusable body, timeout, network failure)',
  ],
  [
    /resilience\/failure-path\./,
    "on the first failed attempt (the policy's retry, backoff, pause and breaker decisions)",
  ],
  [/\/ky\//, 'when a client is made (createFhirClient starts loading ky; every request needs it)'],
];

/** When a lazy chunk loads, in words. */
export function loadMoment(chunk: Pick<Chunk, 'loadedFor'>): string {
  const moments = chunk.loadedFor.map(
    (module) => lazyLoadMoments.find(([pattern]) => pattern.test(module))?.[1] ?? `with ${shortPath(module)}`,
  );
  const unique = [...new Set(moments)];
  return unique.length === 1 ? (unique[0] ?? '') : `with the first of: ${unique.join('; ')}`;
}

/** An input path without the package manager's directories. */
export function shortPath(path: string): string {
  return path
    .replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
    .replace(/^.*?(?:packages\/|\.dist-snapshot\/\d+\/)/, '');
}

const byBytes = (a: readonly [string, number], b: readonly [string, number]) => b[1] - a[1];

/** A chunk's sizes from its code, with its inputs' bytes (largest first, empty ones left out). */
function chunkOf(
  file: string,
  code: Uint8Array,
  inputs: ReadonlyArray<readonly [string, number]>,
  loadedFor: readonly string[],
): Chunk {
  return {
    file,
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    inputs: inputs.filter(([, bytes]) => bytes > 0).sort(byBytes),
    loadedFor,
    code,
  };
}

function summed(bundler: SplitBundle['bundler'], initial: Chunk[], lazy: Chunk[]): SplitBundle {
  const sum = (chunks: readonly Chunk[], key: 'minified' | 'gzipped') =>
    chunks.reduce((total, chunk) => total + chunk[key], 0);
  return {
    bundler,
    initial,
    lazy,
    initialMinified: sum(initial, 'minified'),
    initialGzipped: sum(initial, 'gzipped'),
    totalMinified: sum(initial, 'minified') + sum(lazy, 'minified'),
    totalGzipped: sum(initial, 'gzipped') + sum(lazy, 'gzipped'),
  };
}

/** The chunks reachable from `roots` by static imports, `roots` included. */
function staticClosure(roots: readonly string[], imports: (file: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of imports(file)) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}

/** Which dynamic-import targets (by module) each lazy chunk is loaded for: the targets whose chunk imports it statically. */
function loadedForOf(
  lazyFiles: readonly string[],
  targetOf: (file: string) => string | undefined,
  imports: (file: string) => readonly string[],
): Map<string, string[]> {
  const loadedFor = new Map<string, string[]>(lazyFiles.map((file) => [file, []]));
  for (const file of lazyFiles) {
    const target = targetOf(file);
    if (target === undefined) continue;
    for (const reached of staticClosure([file], imports)) loadedFor.get(reached)?.push(target);
  }
  return loadedFor;
}

/** `contents` bundled by esbuild with `splitting: true`, as an app would build it (minified, browser ESM). */
export async function esbuildSplit(
  contents: string,
  conditions: readonly string[] = [],
  overrides: { minify?: boolean; minifySyntax?: boolean; minifyIdentifiers?: boolean } = {},
): Promise<SplitBundle> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    ...browserBuildOptions(contents, conditions),
    ...overrides,
    splitting: true,
    outdir: '/split-out',
  });
  const outputs = result.metafile.outputs;
  const files = Object.keys(outputs);
  const staticImports = (file: string) =>
    (outputs[file]?.imports ?? [])
      .filter((entry) => entry.kind === 'import-statement')
      .map((entry) => entry.path);
  const entry = files.find((file) => outputs[file]?.entryPoint === 'entry.js' || /\/stdin\.js$/.test(file));
  if (entry === undefined) throw new Error('esbuild wrote no entry chunk');
  const initialFiles = staticClosure([entry], staticImports);
  const lazyFiles = files.filter((file) => !initialFiles.has(file));
  const loadedFor = loadedForOf(lazyFiles, (file) => outputs[file]?.entryPoint, staticImports);
  const baseName = (path: string) => path.replace(/^.*\//, '');
  const code = new Map(result.outputFiles.map((output) => [baseName(output.path), output.contents]));
  const chunk = (file: string): Chunk =>
    chunkOf(
      baseName(file),
      code.get(baseName(file)) ?? new Uint8Array(),
      Object.entries(outputs[file]?.inputs ?? {}).map(([path, info]) => [path, info.bytesInOutput] as const),
      loadedFor.get(file) ?? [],
    );
  return summed('esbuild', [...initialFiles].map(chunk), lazyFiles.map(chunk));
}

/**
 * `contents` bundled by Rolldown (Vite's production bundler), minified browser ESM. The dist snapshot
 * alias and the source condition are passed as esbuild's are.
 */
export async function rolldownSplit(
  contents: string,
  conditions: readonly string[] = [],
  overrides: { minify?: boolean } = {},
): Promise<SplitBundle> {
  const { rolldown } = await import('rolldown');
  const options = browserBuildOptions(contents, conditions);
  const entryId = '\0bench-entry.js';
  const bundle = await rolldown({
    input: entryId,
    platform: 'browser',
    logLevel: 'silent',
    resolve: {
      // As a Vite production build resolves (Vite adds `module`, `browser` and `production`).
      conditionNames: [...conditions, 'module', 'browser', 'production', 'import', 'default'],
      ...('alias' in options ? { alias: options.alias } : {}),
      ...('nodePaths' in options ? { modules: [...options.nodePaths, 'node_modules'] } : {}),
    },
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (id) => (id === entryId ? id : null),
        load: (id) => (id === entryId ? contents : null),
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'esm', minify: overrides.minify ?? true });
    const chunks = output.flatMap((item) => (item.type === 'chunk' ? [item] : []));
    const byFile = new Map(chunks.map((item) => [item.fileName, item]));
    const staticImports = (file: string) => byFile.get(file)?.imports ?? [];
    const entry = chunks.find((item) => item.isEntry)?.fileName;
    if (entry === undefined) throw new Error('rolldown wrote no entry chunk');
    const initialFiles = staticClosure([entry], staticImports);
    const lazyFiles = chunks.map((item) => item.fileName).filter((file) => !initialFiles.has(file));
    const loadedFor = loadedForOf(
      lazyFiles,
      (file) => {
        const item = byFile.get(file);
        return item?.isDynamicEntry ? (item.facadeModuleId ?? undefined) : undefined;
      },
      staticImports,
    );
    const chunk = (file: string): Chunk => {
      const item = byFile.get(file);
      // Rolldown reports each module's length as rendered before minifying: a share, not exact bytes.
      const inputs = Object.entries(item?.modules ?? {}).map(
        ([path, info]) => [path, info.renderedLength] as const,
      );
      return chunkOf(file, Buffer.from(item?.code ?? ''), inputs, loadedFor.get(file) ?? []);
    };
    return summed('rolldown', [...initialFiles].map(chunk), lazyFiles.map(chunk));
  } finally {
    await bundle.close();
  }
}

/** Input paths of a set of chunks matching `pattern`. */
export function inputsMatching(chunks: readonly Chunk[], pattern: RegExp): string[] {
  return chunks.flatMap((chunk) => chunk.inputs.map(([path]) => path).filter((path) => pattern.test(path)));
}
