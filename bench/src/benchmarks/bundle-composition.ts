import { gzipSync } from 'node:zlib';
import { formatKb } from '../measure.js';
import { browserBuildOptions } from './bundle-size.js';

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
  ['error model & catalog', /fhir-client\/(?:dist|src)\/errors\/|client\/invalid-[a-z-]*-error\./],
  ['resilience policy', /fhir-client\/(?:dist|src)\/resilience\//],
  [
    'paging hardening',
    /fhir-client\/(?:dist|src)\/paging\/|client\/(?:paged-search|response-shape|json-depth)\./,
  ],
  ['transport & client', /fhir-client\/(?:dist|src)\/client\//],
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
 * Splits the bundle of `contents` into the parts above. Minified bytes come from esbuild's metafile
 * (exact). gzip does not add up per file, so each part's gzip share is estimated: the bundle is built
 * again without whitespace minification, where esbuild marks each input's code with a `// path`
 * comment; each part's code is gzipped on its own, and the total gzip size is shared out in
 * proportion. An estimate (a part compresses less on its own than beside the rest), but it says which
 * parts weigh, in every run.
 */
export async function bundleComposition(
  contents: string,
  gzippedTotal: number,
  conditions: readonly string[] = [],
): Promise<BundlePart[]> {
  const esbuild = await import('esbuild');
  const minified = await esbuild.build(browserBuildOptions(contents, conditions));
  const output = Object.values(minified.metafile.outputs)[0];
  const parts = new Map<string, { minified: number; inputs: number; code: string[] }>();
  const partFor = (path: string) => {
    const part = partOf(path);
    const entry = parts.get(part) ?? { minified: 0, inputs: 0, code: [] };
    parts.set(part, entry);
    return entry;
  };
  for (const [path, info] of Object.entries(output?.inputs ?? {})) {
    if (info.bytesInOutput === 0) continue;
    const entry = partFor(path);
    entry.minified += info.bytesInOutput;
    entry.inputs += 1;
  }
  const marked = await esbuild.build({
    ...browserBuildOptions(contents, conditions),
    minify: false,
    minifySyntax: true,
    minifyIdentifiers: true,
  });
  const text = marked.outputFiles[0]?.text ?? '';
  // Each input's code follows a `// path` line; keep the path, then gzip each part's code on its own.
  const sections = text.split(/^\/\/ (\S+\.[cm]?[jt]s)\n/m);
  for (let index = 1; index < sections.length; index += 2) {
    partFor(sections[index] ?? '').code.push(sections[index + 1] ?? '');
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
      gzipShare: gzipSum === 0 ? 0 : ((gzipped.get(part) ?? 0) / gzipSum) * gzippedTotal,
      inputs: entry.inputs,
    }))
    .sort((a, b) => b.minified - a.minified);
}

/** The composition as markdown table rows (header first), for RESULTS.md. */
export function compositionTable(parts: readonly BundlePart[]): string[] {
  const minifiedTotal = parts.reduce((sum, part) => sum + part.minified, 0);
  const gzipTotal = parts.reduce((sum, part) => sum + part.gzipShare, 0);
  const percent = (part: number, total: number) => `${((part / total) * 100).toFixed(0)}%`;
  return [
    '| part of the ours bundle | modules | minified | share | min+gzip (estimated) | share |',
    '|---|---|---|---|---|---|',
    ...parts.map(
      (part) =>
        `| ${part.part} | ${part.inputs} | ${formatKb(part.minified)} | ${percent(part.minified, minifiedTotal)} | ${formatKb(part.gzipShare)} | ${percent(part.gzipShare, gzipTotal)} |`,
    ),
    `| total | ${parts.reduce((sum, part) => sum + part.inputs, 0)} | ${formatKb(minifiedTotal)} | 100% | ${formatKb(gzipTotal)} | 100% |`,
  ];
}
