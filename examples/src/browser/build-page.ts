import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The page's files by URL path: `/index.html` (also served at `/`) and `/main.js`, the bundle. */
export type PageFiles = ReadonlyMap<string, { readonly type: string; readonly body: string }>;

const pageDir = new URL('./page/', import.meta.url);

/**
 * Bundles the page (`page/main.ts` with the client and the builder) for browsers with esbuild, in
 * memory, and returns it with its HTML. The workspace packages are read from their TypeScript sources
 * (the `@halo-fhir/source` condition), so no build of the packages is needed first.
 */
export async function buildPage(): Promise<PageFiles> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('main.ts', pageDir))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@halo-fhir/source'],
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0];
  if (bundle === undefined) throw new Error('esbuild produced no bundle for the browser example page');
  const html = await readFile(new URL('index.html', pageDir), 'utf8');
  return new Map([
    ['/index.html', { type: 'text/html; charset=utf-8', body: html }],
    ['/main.js', { type: 'text/javascript; charset=utf-8', body: bundle.text }],
  ]);
}
