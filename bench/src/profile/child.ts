/**
 * Child-process entry of `pnpm bench:profile`: runs one workload (warm-up first) under the inspector's
 * CPU profiler, writes the profile to the path it was given, and answers over IPC. Each workload runs in
 * a fresh process so one cannot leave JIT state or garbage to the next.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { keep } from '../measure.js';
import type { PagingContender, PagingTarget } from '../paging/contender.js';
import { Transport } from '../paging/contender.js';
import { bareParseLoop, handWrittenFetchLoop } from '../peers/hand-written-loop.js';
import { kyFloorLoop } from '../peers/ky-floor-loop.js';
import { oursResources } from '../peers/ours-paging.js';
import { preparePages } from '../servers/prepared-pages.js';
import { createMemoryFetch, memoryBaseUrl } from '../transport/memory-fetch.js';
import { createNodeHttpFetch } from '../transport/node-http-fetch.js';
import type { ProfileJob, ProfileOutcome } from './protocol.js';

const job = JSON.parse(process.argv[2] ?? '{}') as ProfileJob;
const pageSize = 100;

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))),
  );
}

function targetFor(pages: number): PagingTarget {
  const prepared = preparePages({ pageSize, pages });
  const body = (page: number) => prepared.body(page, memoryBaseUrl);
  if (job.workload === 'paging-node-http') {
    const baseUrl = pages === job.pages ? job.baseUrl : job.baseUrl.replace('/fhir/', '/warmup/fhir/');
    return { baseUrl, transport: Transport.NodeHttp, fetch: createNodeHttpFetch(), pageSize, body };
  }
  return {
    baseUrl: memoryBaseUrl,
    transport: Transport.Memory,
    fetch: createMemoryFetch(prepared),
    pageSize,
    body,
  };
}

/** CPU ms of one run of `contender` over `pages` pages (after a 20-page warm-up). */
async function cpuOf(contender: PagingContender, pages: number): Promise<number> {
  const warm = await contender.prepare(targetFor(Math.min(20, pages)));
  await warm(() => {});
  const run = await contender.prepare(targetFor(pages));
  const before = process.cpuUsage();
  await run(() => {});
  const cpu = process.cpuUsage(before);
  return (cpu.user + cpu.system) / 1000;
}

/** Queries built and formatted per second over `budgetMs`. */
function queriesPerSecond(query: () => string, budgetMs: number): number {
  const started = performance.now();
  const until = started + budgetMs;
  let built = 0;
  while (performance.now() < until) {
    for (let i = 0; i < 256; i++) keep(query());
    built += 256;
  }
  return (built * 1000) / (performance.now() - started);
}

async function workload(): Promise<{ start: () => Promise<unknown>; context: string[] }> {
  if (job.workload === 'builder' || job.workload === 'builder-varied') {
    const { oursQuery, oursVariedQuery } = await import('../peers/builders.js');
    const query = job.workload === 'builder' ? oursQuery : oursVariedQuery();
    // Unprofiled first: the rate the profile's shares apply to.
    const rate = queriesPerSecond(query, 1000);
    return {
      context: [
        `one query: \`${query()}\``,
        `unprofiled in this process: ${Math.round(rate).toLocaleString('en-US')} queries/s (${(1e6 / rate).toFixed(2)} µs a query)`,
      ],
      start: async () => queriesPerSecond(query, job.budgetMs),
    };
  }
  const context: string[] = [];
  if (job.workload === 'paging') {
    // Baselines in the same process, unprofiled: what the profiled time compares with.
    const bare = await cpuOf(bareParseLoop, job.pages);
    const hand = await cpuOf(handWrittenFetchLoop, job.pages);
    const kyFloor = await cpuOf(kyFloorLoop, job.pages);
    const ours = await cpuOf(oursResources, job.pages);
    const perMatch = (ms: number) => `${((ms * 1000) / (job.pages * pageSize)).toFixed(1)} µs`;
    context.push(
      `unprofiled CPU per match in this process: ours ${perMatch(ours)}, ky floor loop ${perMatch(kyFloor)}, hand-written fetch loop ${perMatch(hand)}, bare JSON.parse loop ${perMatch(bare)} (ours / bare = ${(ours / bare).toFixed(2)}×, ours / ky floor = ${(ours / kyFloor).toFixed(2)}×, ours / hand = ${(ours / hand).toFixed(2)}×)`,
    );
  }
  const warm = await oursResources.prepare(targetFor(20));
  await warm(() => {});
  const run = await oursResources.prepare(targetFor(job.pages));
  return { context, start: () => run(() => {}) };
}

async function profile(): Promise<ProfileOutcome> {
  const { start, context } = await workload();
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: job.samplingIntervalUs });
  await post(session, 'Profiler.start');
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  await start();
  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  const { profile: result } = await post<{ profile: unknown }>(session, 'Profiler.stop');
  session.disconnect();
  writeFileSync(job.out, JSON.stringify(result));
  return { kind: 'profiled', wallMs, cpuMs: (cpu.user + cpu.system) / 1000, context };
}

let outcome: ProfileOutcome;
try {
  outcome = await profile();
} catch (error) {
  outcome = {
    kind: 'failed',
    reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
}
process.send?.(outcome, () => process.exit(0));
