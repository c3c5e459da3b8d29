import { gzipSync } from 'node:zlib';
import { formatKb } from '../measure.js';

/**
 * What each part of the builder + client bundle pays for, first matching rule wins (paths as esbuild
 * names its inputs, from dist/ or src/). The order matters: the R4 table's decoder lives under search/,
 * the paging errors under paging/, the client's own errors under client/.
 */
export const bundleParts: ReadonlyArray<readonly [part: string, pattern: RegExp]> = [
  ['ky', /\/ky\//],
  [
    'R4 search table (packed data + decoder)',
    /search\/(?:r4-search-parameters\.generated|parameter-types|r4-resource-types|search-parameter-definition|rules\/r4-details)\./,
  ],
  ['date profiles & time zones (date-fns)', /search\/dates\.|date-fns|normalize\//],
  ['search builder & rules', /fhir-client\/(?:dist|src)\/(?:search|suggest)\//],
  [
    'error model & catalog',
    /fhir-client\/(?:dist|src)\/errors\/|client\/(?:invalid-[a-z-]*-error|request-errors|exchange-failure)\./,
  ],
  ['resilience policy', /fhir-client\/(?:dist|src)\/resilience\//],
  [
    'paging hardening',
    /fhir-client\/(?:dist|src)\/paging\/|client\/(?:paged-search|response-shape|json-depth)\./,
  ],
  ['transport & client', /fhir-client\/(?:dist|src)\/(?:client|lazy)\//],
];

/** One part of the bundle: its minified bytes and its estimated share of the gzipped bundle. */
export interface BundlePart {
  readonly part: string;
  readonly minified: number;
  readonly gzipShare: number;
  readonly inputs: number;
}

/** The part an input path pays for. */
export function partOf(path: string): string {
  return bundleParts.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
}

/**
 * Splits the *initial* chunks of the split bundle of `contents` (what the page loads before its first
 * query, see bundle-split.ts) into the parts above. For esbuild, minified bytes come from its metafile
 * (exact); Rolldown reports each module's length before minifying, so its minified bytes per part are
 * those lengths scaled to the chunks' minified size (an estimate). gzip does not add up per file, so
 * each part's gzip share is estimated: the bundle is built again without whitespace minification,
 * where each input's code follows a `// path` comment naming it;
 * each part's code is gzipped on its own, and the initial gzip size is shared out in proportion. An
 * estimate (a part compresses less on its own than beside the rest), but it says which parts weigh.
 */
export async function bundleComposition(
  contents: string,
  bundler: 'esbuild' | 'rolldown',
  conditions: readonly string[] = [],
): Promise<BundlePart[]> {
  const { esbuildSplit, rolldownSplit } = await import('./bundle-split.js');
  const split =
    bundler === 'esbuild'
      ? await esbuildSplit(contents, conditions)
      : await rolldownSplit(contents, conditions);
  const marked =
    bundler === 'esbuild'
      ? await esbuildSplit(contents, conditions, {
          minify: false,
          minifySyntax: true,
          minifyIdentifiers: true,
        })
      : await rolldownSplit(contents, conditions, { minify: false });
  const parts = new Map<string, { minified: number; inputs: number; code: string[] }>();
  const partFor = (path: string) => {
    const part = partOf(path);
    const entry = parts.get(part) ?? { minified: 0, inputs: 0, code: [] };
    parts.set(part, entry);
    return entry;
  };
  for (const chunk of split.initial) {
    const rendered = chunk.inputs.reduce((sum, [, bytes]) => sum + bytes, 0);
    // esbuild's bytes are exact; Rolldown's are before minifying, so scale them to the chunk.
    const scale = bundler === 'esbuild' || rendered === 0 ? 1 : chunk.minified / rendered;
    for (const [path, bytes] of chunk.inputs) {
      const entry = partFor(path);
      entry.minified += Math.round(bytes * scale);
      entry.inputs += 1;
    }
  }
  // Both write each input's code after a `// path` line when whitespace is not minified.
  const heading = /^\/\/ (\S+\.[cm]?[jt]s)\n/m;
  for (const chunk of marked.initial) {
    // Each input's code follows its heading line; keep the path, then gzip each part's code on its own.
    const sections = new TextDecoder().decode(chunk.code).split(heading);
    for (let index = 1; index < sections.length; index += 2) {
      partFor(sections[index] ?? '').code.push(sections[index + 1] ?? '');
    }
  }
  const gzipped = new Map(
    [...parts].map(([part, entry]) => {
      const code = entry.code.join('');
      return [part, code === '' ? 0 : gzipSync(code, { level: 9 }).byteLength] as const;
    }),
  );
  const gzipSum = [...gzipped.values()].reduce((sum, bytes) => sum + bytes, 0);
  return [...parts]
    .filter(([, entry]) => entry.minified > 0)
    .map(([part, entry]) => ({
      part,
      minified: entry.minified,
      gzipShare: gzipSum === 0 ? 0 : ((gzipped.get(part) ?? 0) / gzipSum) * split.initialGzipped,
      inputs: entry.inputs,
    }))
    .sort((a, b) => b.minified - a.minified);
}

/** The composition as markdown table rows (header first), for RESULTS.md. */
export function compositionTable(parts: readonly BundlePart[], what = 'the initial chunks'): string[] {
  const minifiedTotal = parts.reduce((sum, part) => sum + part.minified, 0);
  const gzipTotal = parts.reduce((sum, part) => sum + part.gzipShare, 0);
  const percent = (part: number, total: number) => `${((part / total) * 100).toFixed(0)}%`;
  return [
    `| part of ${what} | modules | minified | share | min+gzip (estimated) | share |`,
    '|---|---|---|---|---|---|',
    ...parts.map(
      (part) =>
        `| ${part.part} | ${part.inputs} | ${formatKb(part.minified)} | ${percent(part.minified, minifiedTotal)} | ${formatKb(part.gzipShare)} | ${percent(part.gzipShare, gzipTotal)} |`,
    ),
    `| total | ${parts.reduce((sum, part) => sum + part.inputs, 0)} | ${formatKb(minifiedTotal)} | 100% | ${formatKb(gzipTotal)} | 100% |`,
  ];
}
