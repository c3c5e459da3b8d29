/**
 * Turns a V8 CPU profile (the inspector's `Profiler.stop` result, the same format `node --cpu-prof`
 * writes) into a table of self time per function, largest first, with each function's place in the
 * TypeScript source when the profiled file has a source map beside it (ours is profiled from dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The parts of a `.cpuprofile` this reads. */
export interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
      readonly columnNumber: number;
    };
  }>;
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface SelfTimeRow {
  readonly functionName: string;
  /** `file:line` (1-based), in the TypeScript source where a source map says so. */
  readonly location: string;
  readonly selfMs: number;
  /** Share of the whole profile, 0-100. */
  readonly percent: number;
}

const maps = new Map<string, SourceMap | undefined>();

function sourceMapOf(file: string): SourceMap | undefined {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(
      file,
      existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined,
    );
  }
  return maps.get(file);
}

/** Shortens a path to what a reader recognises: `fhir-client/src/paging/pager.ts`, `ky/distribution/...`. */
function readablePath(path: string): string {
  return path
    .replace(/^.*\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
    .replace(/^.*\/(?:\.dist-snapshot\/\d+|packages)\/(fhir-client|fhir-testkit)\//, '$1/')
    .replace(/^.*\/bench\/src\//, 'bench/src/');
}

/** `file:line` of a call frame: the source-mapped TypeScript line when there is a map, else the JS line. */
function locate(url: string, line0: number, column0: number): string {
  if (url === '') return '(native)';
  if (!url.startsWith('file://')) return `${url}:${line0 + 1}`;
  const file = fileURLToPath(url);
  const entry = sourceMapOf(file)?.findEntry(line0, column0) as
    | { originalSource?: string; originalLine?: number }
    | undefined;
  if (entry?.originalSource !== undefined && entry.originalLine !== undefined) {
    const source = entry.originalSource.startsWith('file://')
      ? fileURLToPath(entry.originalSource)
      : new URL(entry.originalSource, url).pathname;
    return `${readablePath(source)}:${entry.originalLine + 1}`;
  }
  return `${readablePath(file)}:${line0 + 1}`;
}

/** Self time per function (summed over every node of the same function), largest first. */
export function selfTimes(profile: CpuProfile): SelfTimeRow[] {
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time from sample i-1 to sample i; that interval is charged to sample i-1's node
  // (what DevTools does), and the last sample gets the rest up to endTime.
  let time = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    time += deltas[i] ?? 0;
    const next = i + 1 < samples.length ? time + (deltas[i + 1] ?? 0) : profile.endTime;
    const id = samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, next - time));
  }
  const totalUs = Math.max(1, profile.endTime - profile.startTime);
  const byFunction = new Map<string, { functionName: string; location: string; us: number }>();
  for (const [id, us] of selfUs) {
    const frame = nodeById.get(id)?.callFrame;
    if (!frame) continue;
    const functionName = frame.functionName || '(anonymous)';
    const location = locate(frame.url, frame.lineNumber, frame.columnNumber);
    const key = `${functionName}@${location}`;
    const row = byFunction.get(key) ?? { functionName, location, us: 0 };
    row.us += us;
    byFunction.set(key, row);
  }
  return [...byFunction.values()]
    .sort((a, b) => b.us - a.us)
    .map((r) => ({
      functionName: r.functionName,
      location: r.location,
      selfMs: r.us / 1000,
      percent: (r.us / totalUs) * 100,
    }));
}

/** Self time grouped by file (the package-level picture: ky, undici, ours by folder, GC). */
export function selfTimesByFile(rows: readonly SelfTimeRow[]): SelfTimeRow[] {
  const byFile = new Map<string, { selfMs: number; percent: number }>();
  for (const row of rows) {
    const file = row.location.replace(/:\d+$/, '');
    const sum = byFile.get(file) ?? { selfMs: 0, percent: 0 };
    sum.selfMs += row.selfMs;
    sum.percent += row.percent;
    byFile.set(file, sum);
  }
  return [...byFile.entries()]
    .map(([location, sum]) => ({ functionName: '', location, ...sum }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

/** A Markdown table of the first `limit` rows. */
export function renderTable(rows: readonly SelfTimeRow[], limit = 20, byFile = false): string {
  const head = byFile
    ? ['| # | file | self ms | % |', '|---|---|---|---|']
    : ['| # | function | file:line | self ms | % |', '|---|---|---|---|---|'];
  const lines = rows.slice(0, limit).map((r, i) => {
    const cells = byFile
      ? [String(i + 1), `\`${r.location}\``]
      : [String(i + 1), `\`${r.functionName}\``, `\`${r.location}\``];
    return `| ${[...cells, r.selfMs.toFixed(1), r.percent.toFixed(1)].join(' | ')} |`;
  });
  return [...head, ...lines].join('\n');
}
