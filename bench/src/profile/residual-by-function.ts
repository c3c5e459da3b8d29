/**
 * Where the client with every ablation patch applied (`ablation-patches.ts`) still spends more than the
 * ky floor loop: both over the in-memory fetch in one process, one prepared client each, no forced GC
 * between runs (unlike the ablation harness, whose forced GC makes V8 re-optimise the iterator each run:
 * see `startup-residual.ts`), rounds alternating, each round 3 runs of 100 pages under the inspector's
 * CPU profiler. Prints the wall ratio, self time by kind (JSON.parse is charged to the function that
 * calls it: `parseJsonBody` for ours, the loop itself for the floor), and the functions ours spends
 * most time in over the floor. Run: `pnpm --filter @halo-fhir/bench exec tsx --expose-gc
 * src/profile/residual-by-function.ts [rounds]` after `pnpm build`.
 */
import { rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OnPage, PagingContender, PagingRun } from '../paging/contender.js';
import { kyFloorLoop } from '../peers/ky-floor-loop.js';
import { oursResourcesFrom } from '../peers/ours-paging.js';
import { memoryTarget } from '../transport/memory-fetch.js';
import { makeVariants } from './ablation-copies.js';
import { ablationPatches } from './ablation-patches.js';
import { type CpuProfile, selfTimes } from './self-time.js';

type Side = 'floor' | 'allOff';
const rounds = Number(process.argv[2] ?? 16);
const folder = join(tmpdir(), `halo-fhir-residual-${process.pid}`);
const [allOff] = makeVariants([{ id: 'all off', patches: ablationPatches }], folder);
if (allOff === undefined) throw new Error('no all-off copy was made');
const contenders: Record<Side, PagingContender> = {
  floor: kyFloorLoop,
  allOff: oursResourcesFrom('all off', () => import(allOff.entry)),
};

/** What a profile row is: the parse (and the floor's loop around it), ours, ky, undici, GC, the rest. */
function kindOf(key: string): string {
  if (key.startsWith('parseJsonBody ') || key.includes('ky-floor-loop.ts'))
    return 'JSON.parse (+ the floor loop)';
  if (key.includes(folder)) return "ours' own functions";
  if (key.startsWith('(garbage collector)')) return 'garbage collector';
  if (key.includes(' ky/')) return 'ky';
  if (key.includes('undici')) return "undici (Node's fetch)";
  if (key.includes('bench/src')) return 'bench (in-memory fetch, consumer)';
  return 'other (Node internals, native, program)';
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });
const selfMs: Record<Side, Map<string, number>> = { floor: new Map(), allOff: new Map() };
const wallMs: Record<Side, number> = { floor: 0, allOff: 0 };
const runs = {} as Record<Side, (onPage: OnPage) => Promise<PagingRun>>;
for (const side of ['floor', 'allOff'] as const) {
  runs[side] = await contenders[side].prepare(memoryTarget(100, 100));
  for (let i = 0; i < 5; i++) await runs[side](() => {});
}
try {
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['allOff', 'floor'] as const) : (['floor', 'allOff'] as const)) {
      await session.post('Profiler.start');
      const start = process.hrtime.bigint();
      for (let k = 0; k < 3; k++) await runs[side](() => {});
      wallMs[side] += Number(process.hrtime.bigint() - start) / 1e6;
      const { profile } = await session.post('Profiler.stop');
      for (const row of selfTimes(profile as unknown as CpuProfile)) {
        const key = `${row.functionName} ${row.location}`;
        selfMs[side].set(key, (selfMs[side].get(key) ?? 0) + row.selfMs);
      }
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
const ms = (value: number) => value.toFixed(1);
console.log(
  `wall: floor ${ms(wallMs.floor)} ms, all off ${ms(wallMs.allOff)} ms, ratio ${(wallMs.allOff / wallMs.floor).toFixed(3)} (${rounds} rounds of 3 x 100 pages)`,
);
const keys = new Set([...selfMs.floor.keys(), ...selfMs.allOff.keys()]);
const byKind = new Map<string, { allOff: number; floor: number }>();
const rows = [...keys].map((key) => {
  const row = { key, allOff: selfMs.allOff.get(key) ?? 0, floor: selfMs.floor.get(key) ?? 0 };
  const sum = byKind.get(kindOf(key)) ?? { allOff: 0, floor: 0 };
  sum.allOff += row.allOff;
  sum.floor += row.floor;
  byKind.set(kindOf(key), sum);
  return row;
});
console.log('\n| kind | all off ms | floor ms | over the floor |\n|---|---|---|---|');
for (const [kind, sum] of [...byKind].sort((a, b) => b[1].allOff - b[1].floor - (a[1].allOff - a[1].floor))) {
  console.log(`| ${kind} | ${ms(sum.allOff)} | ${ms(sum.floor)} | ${ms(sum.allOff - sum.floor)} |`);
}
console.log("\n| ours' own function (all off) | self ms |\n|---|---|");
for (const row of rows
  .filter((r) => kindOf(r.key) === "ours' own functions")
  .sort((a, b) => b.allOff - a.allOff)
  .slice(0, 15)) {
  console.log(`| \`${row.key.replace(`${folder}/variant-0/`, '')}\` | ${ms(row.allOff)} |`);
}
process.exit(0);
