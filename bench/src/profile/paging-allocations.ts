/**
 * `pnpm bench:paging-allocations [--pages=N] [--top=N]`: what the client allocates and how many promises
 * it makes per page, against the ky floor loop, over the in-memory fetch. Promises are counted with an
 * async hook (every promise V8 creates, awaits included); allocations are sampled with the inspector's
 * heap sampler (objects collected by minor and major GCs kept in the samples, so short-lived garbage
 * counts), by allocating function. Reads only; prints a table and writes nothing.
 */
import { createHook } from 'node:async_hooks';
import { Session } from 'node:inspector';
import type { PagingContender, PagingTarget } from '../paging/contender.js';
import { kyFloorLoop } from '../peers/ky-floor-loop.js';
import { oursResources } from '../peers/ours-paging.js';
import { memoryTarget } from '../transport/memory-fetch.js';

const argv = process.argv.slice(2);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const pages = Number(option('pages') ?? 100);
const top = Number(option('top') ?? 25);
const pageSize = 100;

function target(pageCount: number): PagingTarget {
  return memoryTarget(pageSize, pageCount);
}

let promises = 0;
const hook = createHook({
  init(_id, type) {
    if (type === 'PROMISE') promises++;
  },
});

async function promisesPerPage(contender: PagingContender): Promise<number> {
  const run = await contender.prepare(target(pages));
  promises = 0;
  hook.enable();
  await run(() => {});
  hook.disable();
  return promises / pages;
}

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))),
  );
}

/** Bytes allocated per page by allocating function (`name file:line`), from the heap sampler. */
async function allocationsPerPage(contender: PagingContender): Promise<Map<string, number>> {
  const run = await contender.prepare(target(pages));
  const session = new Session();
  session.connect();
  await post(session, 'HeapProfiler.enable');
  await post(session, 'HeapProfiler.startSampling', {
    samplingInterval: 256,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await run(() => {});
  const { profile } = await post<{ profile: { head: SamplingNode } }>(session, 'HeapProfiler.stopSampling');
  session.disconnect();
  const bytes = new Map<string, number>();
  const walk = (node: SamplingNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(
      /^.*\/(node_modules\/\.pnpm\/[^/]+\/node_modules\/|packages\/|bench\/src\/)/,
      '',
    );
    const key = `${functionName || '(anonymous)'} ${file || '(native)'}:${lineNumber + 1}`;
    if (node.selfSize > 0) bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize / pages);
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  return bytes;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const contender of [kyFloorLoop, oursResources]) {
  await (await contender.prepare(target(20)))(() => {});
  await (await contender.prepare(target(20)))(() => {});
}
const floorPromises = await promisesPerPage(kyFloorLoop);
const oursPromises = await promisesPerPage(oursResources);
const floorBytes = await allocationsPerPage(kyFloorLoop);
const oursBytes = await allocationsPerPage(oursResources);
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
console.log(`promises per page: ky floor ${floorPromises.toFixed(1)}, ours ${oursPromises.toFixed(1)}`);
console.log(`sampled allocation per page: ky floor ${kb(total(floorBytes))}, ours ${kb(total(oursBytes))}`);
console.log(`\n| allocating function | ours per page | ky floor per page |\n|---|---|---|`);
const rows = [...oursBytes.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
for (const [key, value] of rows)
  console.log(`| \`${key}\` | ${kb(value)} | ${kb(floorBytes.get(key) ?? 0)} |`);
process.exit(0);
