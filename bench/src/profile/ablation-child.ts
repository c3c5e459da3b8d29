/**
 * Child process of `pnpm bench:paging-ablation`: the ky floor loop, the client as built and one patched
 * copy of it, measured interleaved in this one process (the order rotates each round) over the
 * in-memory fetch: CPU per run after a forced GC, then peak heap (forced GC after every page). One
 * process per variant, so ky and the loop code see only these three callers, as in benchmark 1b.
 */
import { median } from '../measure.js';
import type { PagingContender, PagingTarget } from '../paging/contender.js';
import { kyFloorLoop } from '../peers/ky-floor-loop.js';
import { oursResourcesFrom } from '../peers/ours-paging.js';
import { preparePages } from '../servers/prepared-pages.js';
import { memoryBaseUrl, memoryTarget } from '../transport/memory-fetch.js';

/** What the parent asks for. */
export interface AblationJob {
  readonly asBuilt: string;
  readonly variant: string;
  readonly rounds: number;
  readonly pages: number;
  readonly heapPages: number;
}

/** CPU ms per run and peak heap growth bytes, per contender, plus the heap of one parsed page. */
export interface AblationOutcome {
  readonly kind: 'measured';
  readonly cpuMs: Record<AblationContender, number[]>;
  readonly heapBytes: Record<AblationContender, number>;
  readonly pageHeapBytes: number;
}
export type AblationContender = 'floor' | 'asBuilt' | 'variant';

const pageSize = 100;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');
const forceGc = gc;

function target(pages: number): PagingTarget {
  return memoryTarget(pageSize, pages);
}

async function cpuMs(contender: PagingContender, pages: number): Promise<number> {
  const run = await contender.prepare(target(pages));
  forceGc();
  const before = process.cpuUsage();
  const { matches } = await run(() => {});
  const used = process.cpuUsage(before);
  if (matches !== pages * pageSize) throw new Error(`${contender.label}: ${matches} matches`);
  return (used.user + used.system) / 1000;
}

async function peakHeapBytes(contender: PagingContender, pages: number): Promise<number> {
  const run = await contender.prepare(target(pages));
  forceGc();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  await run(() => {
    forceGc();
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  });
  return peak;
}

function parsedPageBytes(): number {
  const body = preparePages({ pageSize, pages: 3 }).body(2, memoryBaseUrl);
  const samples: number[] = [];
  let held: unknown;
  for (let i = 0; i < 5; i++) {
    held = undefined;
    forceGc();
    const before = process.memoryUsage().heapUsed;
    held = JSON.parse(body);
    forceGc();
    samples.push(process.memoryUsage().heapUsed - before);
  }
  return held === undefined ? Number.NaN : median(samples);
}

async function measure(job: AblationJob): Promise<AblationOutcome> {
  const contenders: Record<AblationContender, PagingContender> = {
    floor: kyFloorLoop,
    asBuilt: oursResourcesFrom('ours as built', () => import(job.asBuilt)),
    variant: oursResourcesFrom('ours, feature off', () => import(job.variant)),
  };
  const ids = Object.keys(contenders) as AblationContender[];
  for (const id of ids) for (let i = 0; i < 3; i++) await cpuMs(contenders[id], 20);
  const cpu: Record<AblationContender, number[]> = { floor: [], asBuilt: [], variant: [] };
  const heap: Record<AblationContender, number[]> = { floor: [], asBuilt: [], variant: [] };
  for (let round = 0; round < job.rounds; round++) {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[(i + round) % ids.length]!;
      cpu[id].push(await cpuMs(contenders[id], job.pages));
    }
  }
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[(i + round) % ids.length]!;
      heap[id].push(await peakHeapBytes(contenders[id], job.heapPages));
    }
  }
  return {
    kind: 'measured',
    cpuMs: cpu,
    heapBytes: { floor: median(heap.floor), asBuilt: median(heap.asBuilt), variant: median(heap.variant) },
    pageHeapBytes: parsedPageBytes(),
  };
}

const job = JSON.parse(process.argv[2] ?? '{}') as AblationJob;
const outcome = await measure(job).catch((error: unknown) => ({
  kind: 'failed' as const,
  reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
}));
// Forked by the parent: answer over IPC. Run by hand (an A/B of two builds): print the outcome.
if (process.send) process.send(outcome, () => process.exit(0));
else console.log(JSON.stringify(outcome));
