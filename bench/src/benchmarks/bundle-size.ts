import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { BenchConfig } from '../config.js';
import { atMost, formatKb } from '../measure.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';

const benchmark = '6. Bundle size';
const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** What a browser app imports from each library: ours the builder and the client, Medplum its client. */
const entries = {
  ours: "export { search, createFhirClient } from '@halo-fhir/fhir-client';",
  medplum: "export { MedplumClient } from '@medplum/core';",
  ky: "export { default } from 'ky';",
} as const;

interface Size {
  readonly minified: number;
  readonly gzipped: number;
}

/** min+gzip of a browser ESM bundle of `contents`, built with esbuild's JS API as an app would. */
async function bundleSize(contents: string): Promise<Size> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents, resolveDir: benchDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    target: 'es2022',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

async function measure(contents: string): Promise<Measurement> {
  try {
    const size = await bundleSize(contents);
    if (size.minified < 200)
      return notAvailable(`the bundle is empty (${size.minified} bytes): nothing to measure`);
    return value(size.gzipped, `${formatKb(size.gzipped)} min+gzip (${formatKb(size.minified)} min)`);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n').slice(0, 2).join(' ') : String(error);
    return notAvailable(`esbuild failed: ${message}`);
  }
}

/** Benchmark 6: bytes a browser app ships for the client; ours includes ky, which it is built on. */
export async function bundleSizes(_config: BenchConfig, emit: (figure: Figure) => void): Promise<void> {
  const ours = await measure(entries.ours);
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
