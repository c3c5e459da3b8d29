import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { BenchConfig } from '../config.js';
import { snapshotPath } from '../dist-snapshot/snapshot.js';
import { atMost, formatKb } from '../measure.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';

const benchmark = '6. Bundle size';
const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** What a browser app imports from each library: ours the builder and the client, Medplum its client. */
export const entries = {
  ours: "export { search, createFhirClient } from '@halo-fhir/fhir-client';",
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

async function measure(contents: string, detail?: (text: string) => void): Promise<Measurement> {
  try {
    let fromSource = false;
    const size = await bundleSize(contents).catch(async (error: unknown) => {
      // dist/ missing (not built, or a build in progress): bundle the TypeScript sources instead.
      if (!String(error).includes('Could not resolve "@halo-fhir/')) throw error;
      fromSource = true;
      return bundleSize(contents, ['@halo-fhir/source']);
    });
    if (detail) {
      const top = size.inputs
        .slice(0, 8)
        .map(
          ([path, bytes]) =>
            `${path.replace(/^(\.\.\/packages\/|\.dist-snapshot\/\d+\/)/, '')} ${formatKb(bytes)}`,
        );
      detail(`largest inputs of the ours bundle (minified, before gzip): ${top.join(', ')}`);
      const { bundleComposition, compositionTable } = await import('./bundle-composition.js');
      const parts = await bundleComposition(contents, size.gzipped, fromSource ? ['@halo-fhir/source'] : []);
      detail(
        'what the ours bundle pays for (gzip shares estimated: each part gzipped alone, scaled to the total):',
      );
      for (const row of compositionTable(parts)) detail(row);
    }
    if (size.minified < 200)
      return notAvailable(`the bundle is empty (${size.minified} bytes): nothing to measure`);
    const origin = fromSource ? ', from src/ as dist/ was missing' : '';
    return value(
      size.gzipped,
      `${formatKb(size.gzipped)} min+gzip (${formatKb(size.minified)} min${origin})`,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n').slice(0, 2).join(' ') : String(error);
    return notAvailable(`esbuild failed: ${message}`);
  }
}

/** Benchmark 6: bytes a browser app ships for the client; ours includes ky, which it is built on. */
export async function bundleSizes(
  _config: BenchConfig,
  emit: (figure: Figure) => void,
  detail: (text: string) => void,
): Promise<void> {
  const ours = await measure(entries.ours, detail);
  const oursKb = ours.kind === 'value' ? ours.value / 1024 : undefined;
  emit({
    benchmark,
    name: 'bundle.minGzip vs @medplum/core MedplumClient',
    ours,
    baseline: await measure(entries.medplum),
    better: 'lower',
    target: atMost('at most 20 KB min+gzip', oursKb, 20, 'KB'),
    note: 'esbuild, platform browser, format esm, minify; ours = search + createFhirClient (dist, as published)',
  });
  emit({
    benchmark,
    name: 'bundle.minGzip vs ky alone (the floor under ours)',
    ours,
    baseline: await measure(entries.ky),
    better: 'lower',
    note: 'ours is built on ky, so ky is part of every ours bundle',
  });
}
