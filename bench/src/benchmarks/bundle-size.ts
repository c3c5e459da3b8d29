import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { BenchConfig } from '../config.js';
import { snapshotPath } from '../dist-snapshot/snapshot.js';
import { atMost, formatKb } from '../measure.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';
import { esbuildSplit, loadMoment, rolldownSplit, type SplitBundle, shortPath } from './bundle-split.js';

const benchmark = '6. Bundle size';
const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** What a browser app imports from each library: ours the builder and the client, Medplum its client. */
export const entries = {
  ours: "export { search, createFhirClient } from '@halo-fhir/fhir-client';",
  builder: "export { search } from '@halo-fhir/fhir-client';",
  medplum: "export { MedplumClient } from '@medplum/core';",
  ky: "export { default } from 'ky';",
} as const;

export interface Size {
  readonly minified: number;
  readonly gzipped: number;
  /** Minified bytes each input file contributes, largest first: what to look at when a bundle is big. */
  readonly inputs: ReadonlyArray<readonly [string, number]>;
}

/**
 * Bundles ours from the dist snapshot taken at start (so a build elsewhere cannot change it mid-run),
 * resolving its own dependencies from the package's node_modules as they would be in place.
 */
function snapshotAlias(conditions: readonly string[]) {
  const snapshot = snapshotPath('fhir-client', 'dist/index.js');
  if (conditions.length > 0 || snapshot === undefined) return {};
  return {
    alias: { '@halo-fhir/fhir-client': snapshot },
    nodePaths: [fileURLToPath(new URL('../../../packages/fhir-client/node_modules', import.meta.url))],
  };
}

/** esbuild's options for a browser ESM bundle of `contents`, as an app would build it (minified). */
export function browserBuildOptions(contents: string, conditions: readonly string[] = []) {
  return {
    stdin: { contents, resolveDir: benchDir, loader: 'js' as const, sourcefile: 'entry.js' },
    bundle: true,
    platform: 'browser' as const,
    format: 'esm' as const,
    minify: true,
    write: false as const,
    logLevel: 'silent' as const,
    target: 'es2022',
    metafile: true as const,
    conditions: [...conditions],
    ...snapshotAlias(conditions),
  };
}

/** min+gzip of a browser ESM bundle of `contents`, built with esbuild's JS API as an app would. */
export async function bundleSize(contents: string, conditions: readonly string[] = []): Promise<Size> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build(browserBuildOptions(contents, conditions));
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .map(
      ([path, info]) =>
        [
          path.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, ''),
          info.bytesInOutput,
        ] as const,
    )
    .sort((a, b) => b[1] - a[1]);
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, inputs };
}

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message.split('\n').slice(0, 2).join(' ') : String(error);

/** Whether bundling ours failed only because dist/ is missing (not built, or a build in progress). */
const distMissing = (error: unknown): boolean => String(error).includes('Could not resolve "@halo-fhir/');

/** min+gzip of one bundle of `contents` (no splitting): the Medplum and ky baselines. */
async function measure(contents: string): Promise<Measurement> {
  try {
    const size = await bundleSize(contents);
    if (size.minified < 200)
      return notAvailable(`the bundle is empty (${size.minified} bytes): nothing to measure`);
    return value(size.gzipped, `${formatKb(size.gzipped)} min+gzip (${formatKb(size.minified)} min)`);
  } catch (error) {
    return notAvailable(`esbuild failed: ${errorMessage(error)}`);
  }
}

/** Ours split by `bundler`, from dist/ or, when dist/ is missing, from src/. */
async function split(
  bundler: 'esbuild' | 'rolldown',
): Promise<{ bundle: SplitBundle; conditions: string[] }> {
  const run = bundler === 'esbuild' ? esbuildSplit : rolldownSplit;
  try {
    return { bundle: await run(entries.ours), conditions: [] };
  } catch (error) {
    if (!distMissing(error) && !String(error).includes('@halo-fhir/fhir-client')) throw error;
    return { bundle: await run(entries.ours, ['@halo-fhir/source']), conditions: ['@halo-fhir/source'] };
  }
}

/** The lazy chunks of `bundle`, one line each: file, size and when it loads. */
function lazyChunkLines(bundle: SplitBundle): string[] {
  return [...bundle.lazy]
    .sort((a, b) => b.gzipped - a.gzipped)
    .map(
      (chunk) =>
        `${chunk.file}: ${formatKb(chunk.gzipped)} min+gzip (${formatKb(chunk.minified)} min, ${chunk.inputs.length} modules), loads ${loadMoment(chunk)}`,
    );
}

const figureOf = (bundle: SplitBundle, part: 'initial' | 'total', origin: string): Measurement => {
  const gzipped = part === 'initial' ? bundle.initialGzipped : bundle.totalGzipped;
  const minified = part === 'initial' ? bundle.initialMinified : bundle.totalMinified;
  const chunks = part === 'initial' ? bundle.initial.length : bundle.initial.length + bundle.lazy.length;
  return value(
    gzipped,
    `${formatKb(gzipped)} min+gzip (${formatKb(minified)} min, ${chunks} chunks${origin})`,
  );
};

/**
 * Benchmark 6: bytes a browser app ships for the builder and the client (ours includes ky, which it is
 * built on), split as the app's bundler splits it: the initial chunks (loaded before the first query)
 * against the 20 KB target, and the total with every lazy chunk; by esbuild and by Rolldown (Vite).
 */
export async function bundleSizes(
  _config: BenchConfig,
  emit: (figure: Figure) => void,
  detail: (text: string) => void,
): Promise<void> {
  const medplum = await measure(entries.medplum);
  const ky = await measure(entries.ky);
  for (const bundler of ['esbuild', 'rolldown'] as const) {
    const label = bundler === 'esbuild' ? 'esbuild' : "Rolldown, Vite's bundler";
    let result: Awaited<ReturnType<typeof split>>;
    try {
      result = await split(bundler);
    } catch (error) {
      const failed = notAvailable(`${bundler} failed: ${errorMessage(error)}`);
      emit({
        benchmark,
        name: `bundle.initial (${label}) vs @medplum/core MedplumClient`,
        ours: failed,
        baseline: medplum,
        better: 'lower',
      });
      continue;
    }
    const { bundle, conditions } = result;
    const origin = conditions.length > 0 ? ', from src/ as dist/ was missing' : '';
    const initial = figureOf(bundle, 'initial', origin);
    emit({
      benchmark,
      name: `bundle.initial (${label}) vs @medplum/core MedplumClient`,
      ours: initial,
      baseline: medplum,
      better: 'lower',
      target: atMost('at most 20 KB min+gzip before the first query', bundle.initialGzipped / 1024, 20, 'KB'),
      note: `${label}, splitting, platform browser, format esm, minify; ours = search + createFhirClient (dist, as published): the entry chunk and every chunk it imports statically; Medplum = its whole client in one bundle`,
    });
    emit({
      benchmark,
      name: `bundle.total with lazy chunks (${label}) vs ky alone (the floor under ours)`,
      ours: figureOf(bundle, 'total', origin),
      baseline: ky,
      better: 'lower',
      note: 'every chunk, each gzipped alone (as each is fetched); ours is built on ky, so ky is part of every ours bundle',
    });
    detail(`${label}: lazy chunks (each fetched the first time a call needs it):`);
    for (const line of lazyChunkLines(bundle)) detail(`- ${line}`);
    const kyChunks = bundle.lazy.filter((chunk) => chunk.loadedFor.some((module) => /\/ky\//.test(module)));
    const firstQuery = bundle.initialGzipped + kyChunks.reduce((sum, chunk) => sum + chunk.gzipped, 0);
    detail(
      `${label}: what a first successful query needs (the initial chunks and ky's, which a client starts loading when made): ${formatKb(firstQuery)} min+gzip`,
    );
    const top = bundle.initial
      .flatMap((chunk) => chunk.inputs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([path, bytes]) => `${shortPath(path)} ${formatKb(bytes)}`);
    detail(
      `${label}: largest inputs of the initial chunks (minified${bundler === 'rolldown' ? ', before minifying' : ''}): ${top.join(', ')}`,
    );
    const { bundleComposition, compositionTable } = await import('./bundle-composition.js');
    const parts = await bundleComposition(entries.ours, bundler, conditions);
    detail(
      `${label}: what the initial chunks pay for (gzip shares estimated: each part gzipped alone, scaled to the initial total):`,
    );
    const what =
      bundler === 'esbuild'
        ? 'the initial chunks (esbuild)'
        : "the initial chunks (Rolldown; minified per part estimated from each module's length before minifying)";
    for (const row of compositionTable(parts, what)) detail(row);
  }
  try {
    // The builder alone: synchronous and checked against R4, so all of it is initial in any split.
    const builder = await rolldownSplit(entries.builder);
    detail(
      `the builder alone (\`export { search }\`, Rolldown): ${formatKb(builder.initialGzipped)} min+gzip initial, of a 20 KB target for builder + client`,
    );
  } catch (error) {
    detail(`the builder alone: rolldown failed: ${errorMessage(error)}`);
  }
  try {
    const whole = await bundleSize(entries.ours);
    detail(
      `for comparison, ours in one bundle without splitting (esbuild): ${formatKb(whole.gzipped)} min+gzip (${formatKb(whole.minified)} min)`,
    );
  } catch (error) {
    detail(`ours in one bundle: esbuild failed: ${errorMessage(error)}`);
  }
}
