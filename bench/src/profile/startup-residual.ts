/**
 * Experiment behind PROFILE.md's "Start-up residual: what it is": time per page, pages 1..N, of the ky
 * floor loop and the client with every ablation patch applied (`ablation-patches.ts`), interleaved in
 * one process (order rotating each round), each run a fresh iterator, as `ablation-child.ts` measures.
 * Options: --pages=N --runs=N; --no-gc (no forced GC before a run); --reuse (one prepare(), so one
 * client, for all runs of a contender); --mark (prints `@@page 1/10/40` inside each run, and `@@run` /
 * `@@end` always, to split node's --trace-gc or --trace-opt --trace-deopt output by run and segment).
 * Run: `pnpm --filter @halo-fhir/bench exec tsx --expose-gc --single-threaded
 * src/profile/startup-residual.ts [options]` (node flags such as --trace-deopt go before the script).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from '../measure.js';
import type { OnPage, PagingContender, PagingRun, PagingTarget } from '../paging/contender.js';
import { kyFloorLoop } from '../peers/ky-floor-loop.js';
import { oursResourcesFrom } from '../peers/ours-paging.js';
import { memoryTarget } from '../transport/memory-fetch.js';
import { makeVariants } from './ablation-copies.js';
import { ablationPatches } from './ablation-patches.js';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const flag = (name: string) => process.argv.includes(`--${name}`);
const pages = Number(option('pages') ?? 100);
const runs = Number(option('runs') ?? 8);
const noGc = flag('no-gc');
const reuse = flag('reuse');
/** Print `@@page 1/10/40` markers, to split --trace-gc / --trace-deopt output by segment. */
const mark = flag('mark');
const pageSize = 100;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

/** The all-off copy, in a folder of its own (not the ablation's, which another run may be rewriting). */
const copyFolder = join(tmpdir(), `halo-fhir-startup-residual-${process.pid}`);
const [allOff] = makeVariants([{ id: 'all off', patches: ablationPatches }], copyFolder);

function target(): PagingTarget {
  return memoryTarget(pageSize, pages);
}

const entry = allOff!.entry;
const contenders: Record<string, PagingContender> = {
  floor: kyFloorLoop,
  allOff: oursResourcesFrom('all off', () => import(entry)),
};
const ids = Object.keys(contenders);
type Run = (onPage: OnPage) => Promise<PagingRun>;
const prepared = new Map<string, Run>();
async function runOf(id: string): Promise<Run> {
  if (!reuse) return contenders[id]!.prepare(target());
  if (!prepared.has(id)) prepared.set(id, await contenders[id]!.prepare(target()));
  return prepared.get(id)!;
}

/** µs per page, page by page. */
async function timed(id: string, label: string): Promise<number[]> {
  const run = await runOf(id);
  if (!noGc) gc!();
  console.log(`@@run ${label}`);
  const times: number[] = [];
  let last = process.hrtime.bigint();
  await run(() => {
    const now = process.hrtime.bigint();
    times.push(Number(now - last) / 1000);
    if (mark && (times.length === 1 || times.length === 10 || times.length === 40))
      console.log(`@@page ${times.length}`);
    last = process.hrtime.bigint();
  });
  console.log(`@@end ${label}`);
  return times;
}

for (const id of ids) for (let i = 0; i < 2; i++) await timed(id, `warm-${id}-${i}`);
const all: Record<string, number[][]> = { floor: [], allOff: [] };
for (let r = 0; r < runs; r++) {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[(i + r) % ids.length]!;
    all[id]!.push(await timed(id, `${id}-${r}`));
  }
}
const segments: [number, number][] = [
  [0, 1],
  [1, 10],
  [10, 40],
  [40, pages],
];
const seg = (t: number[], [a, b]: [number, number]) => t.slice(a, b).reduce((s, x) => s + x, 0) / (b - a);
const row: string[] = [];
for (const s of segments) {
  const f = median(all.floor!.map((t) => seg(t, s)));
  const o = median(all.allOff!.map((t) => seg(t, s)));
  row.push(
    `pages ${s[0] + 1}-${s[1]}: floor ${f.toFixed(0)} µs, all off ${o.toFixed(0)} µs, ratio ${(o / f).toFixed(2)}`,
  );
}
const tot = (id: string) => median(all[id]!.map((t) => t.reduce((s, x) => s + x, 0) / 1000));
console.log(`pages=${pages} runs=${runs} gc=${!noGc} reuse=${reuse} ${process.execArgv.join(' ')}`);
console.log(row.join('\n'));
console.log(
  `total ms: floor ${tot('floor').toFixed(1)}, all off ${tot('allOff').toFixed(1)}, ratio ${(tot('allOff') / tot('floor')).toFixed(3)}`,
);
rmSync(copyFolder, { recursive: true, force: true });
