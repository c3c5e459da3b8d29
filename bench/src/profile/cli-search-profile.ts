/**
 * The CLI section of `pnpm bench:profile`: where a one-page `fhir-client search` spends its time over
 * the floor under any ky-based CLI (benchmark 7's ky fetch script: ky bundled, one call, `text()`,
 * `JSON.parse`). Each is run `runs` times, taking turns, under `node --cpu-prof`; self time is averaged
 * per function over the runs, and the table lists what the bin spends beyond the script, function by
 * function and by kind (compiling our chunks, Node's own modules, undici, ours, ky, GC).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binPath, writeKyFetchScript } from '../benchmarks/cli-startup.js';
import { startPagingServerProcess } from '../servers/run-paging-server.js';
import { type CpuProfile, type SelfTimeRow, selfTimes } from './self-time.js';

type Side = 'ours' | 'floor';

/** Mean self ms per `function@location` over the profiles of one side. */
type Means = Map<string, { readonly row: SelfTimeRow; ms: number }>;

/** What a profile row is, for the summary by kind. */
function kindOf(row: SelfTimeRow): string {
  const { functionName: name, location } = row;
  if (name === 'compileSourceTextModule' || name === 'compileFunction')
    return 'compiling modules (V8 parse of the loaded files)';
  if (name === '(garbage collector)') return 'garbage collector';
  if (name === '(idle)') return 'idle (waiting for the server or the disk)';
  if (location.includes('undici')) return "undici (Node's fetch)";
  if (location.startsWith('fhir-client/')) return 'ours (fhir-client source)';
  if (location.startsWith('ky/')) return 'ky';
  if (location.startsWith('node:internal/modules') || location.startsWith('node:internal/bootstrap')) {
    return "loading modules (Node's loader, built-in modules compiled on first use)";
  }
  if (location === '(native)') return 'other native (program, bindings)';
  return 'other Node internals (streams, URL, fs, net)';
}

function profileOnce(dir: string, args: readonly string[]): SelfTimeRow[] {
  for (const file of readdirSync(dir)) rmSync(join(dir, file));
  execFileSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, ...args],
    {
      stdio: 'ignore',
    },
  );
  const [file] = readdirSync(dir);
  if (file === undefined) throw new Error(`node --cpu-prof wrote no profile for ${args.join(' ')}`);
  return selfTimes(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile);
}

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Profiles the bin's one-page search and the ky fetch script; returns the Markdown section. */
export async function profileCliSearch(title: string, runs: number): Promise<string> {
  const server = await startPagingServerProcess({ pageSize: 100, pages: 1 });
  const kyScript = await writeKyFetchScript();
  const dir = mkdtempSync(join(tmpdir(), 'halo-cli-profile-'));
  const query = 'Appointment?date=ge2026-11-26&date=lt2026-11-27&_count=100';
  const args: Record<Side, readonly string[]> = {
    ours: [binPath(), 'search', query, '--base-url', server.baseUrl, '--dates', 'fhir'],
    floor: [kyScript.path, `${server.baseUrl}/${query}`],
  };
  const means: Record<Side, Means> = { ours: new Map(), floor: new Map() };
  try {
    for (let run = 0; run <= runs; run++) {
      for (const side of ['ours', 'floor'] as const) {
        const rows = profileOnce(dir, args[side]);
        if (run === 0) continue; // warms the file system cache
        for (const row of rows) {
          const key = `${row.functionName}@${row.location}`;
          const mean = means[side].get(key) ?? { row, ms: 0 };
          mean.ms += row.selfMs / runs;
          means[side].set(key, mean);
        }
      }
    }
  } finally {
    server.stop();
    kyScript.remove();
    rmSync(dir, { recursive: true, force: true });
  }
  const total = (side: Side) => [...means[side].values()].reduce((sum, m) => sum + m.ms, 0);
  const extra = [...new Set([...means.ours.keys(), ...means.floor.keys()])].map((key) => {
    const row = (means.ours.get(key) ?? means.floor.get(key))?.row as SelfTimeRow;
    const ours = means.ours.get(key)?.ms ?? 0;
    const floor = means.floor.get(key)?.ms ?? 0;
    return { row, ours, floor, extra: ours - floor };
  });
  const byKind = new Map<string, { ours: number; floor: number }>();
  for (const { row, ours, floor } of extra) {
    const sum = byKind.get(kindOf(row)) ?? { ours: 0, floor: 0 };
    sum.ours += ours;
    sum.floor += floor;
    byKind.set(kindOf(row), sum);
  }
  const ms = (value: number) => value.toFixed(1);
  return [
    `## ${title}`,
    '',
    `- generated: ${new Date().toISOString()}, Node ${process.version}`,
    `- the bin: \`fhir-client search '${query}' --base-url <local paging server> --dates fhir\`; the floor: benchmark 7's ky fetch script`,
    `- profiled time (from the profiler's start, after Node's own bootstrap), mean of ${runs} runs each: ours ${ms(total('ours'))} ms, floor ${ms(total('floor'))} ms, ours over the floor ${ms(total('ours') - total('floor'))} ms`,
    '',
    '### By kind: mean self ms, ours and the floor',
    '',
    table(
      ['kind', 'ours', 'floor', 'ours over the floor'],
      [...byKind.entries()]
        .sort((a, b) => b[1].ours - b[1].floor - (a[1].ours - a[1].floor))
        .map(([kind, sum]) => [kind, ms(sum.ours), ms(sum.floor), ms(sum.ours - sum.floor)]),
    ),
    '',
    '### Top 20 functions by self time over the floor',
    '',
    table(
      ['#', 'function', 'file:line', 'ours ms', 'floor ms', 'over'],
      extra
        .sort((a, b) => b.extra - a.extra)
        .slice(0, 20)
        .map((e, i) => [
          String(i + 1),
          `\`${e.row.functionName}\``,
          `\`${e.row.location}\``,
          ms(e.ours),
          ms(e.floor),
          ms(e.extra),
        ]),
    ),
  ].join('\n');
}
