/**
 * Child-process entry for one paging measurement: one contender, one transport, one mode, in a fresh
 * process so no contender inherits another's JIT state or heap. Receives a `ChildJob` as JSON in argv[2]
 * and answers one `ChildOutcome` over IPC.
 */
import { keep } from '../measure.js';
import { preparePages } from '../servers/prepared-pages.js';
import { createMemoryFetch, memoryBaseUrl } from '../transport/memory-fetch.js';
import { createNodeHttpFetch } from '../transport/node-http-fetch.js';
import { ContenderUnavailableError, type PagingTarget, Transport } from './contender.js';
import { isPagingContenderId, pagingContenders } from './contenders.js';
import type { ChildJob, ChildOutcome } from './child-protocol.js';

const job = JSON.parse(process.argv[2] ?? '{}') as ChildJob;

function targetFor(job: ChildJob): PagingTarget {
  const pages = preparePages({ pageSize: job.pageSize, pages: job.pages });
  const body = (page: number) => pages.body(page, memoryBaseUrl);
  switch (job.transport) {
    case Transport.Memory:
      return {
        baseUrl: memoryBaseUrl,
        transport: job.transport,
        fetch: createMemoryFetch(pages),
        pageSize: job.pageSize,
        body,
      };
    case Transport.NodeHttp:
      return {
        baseUrl: job.baseUrl,
        transport: job.transport,
        fetch: createNodeHttpFetch(),
        pageSize: job.pageSize,
        body,
      };
    default:
      return {
        baseUrl: job.baseUrl,
        transport: job.transport,
        fetch: globalThis.fetch,
        pageSize: job.pageSize,
        body,
      };
  }
}

const gc = (globalThis as { gc?: () => void }).gc;

async function measure(job: ChildJob): Promise<ChildOutcome> {
  if (!isPagingContenderId(job.contender))
    return { kind: 'failed', reason: `unknown contender ${job.contender}` };
  const contender = pagingContenders[job.contender];
  const target = targetFor(job);
  // Warm up (JIT, connection, lazily built module state) on a short run of the same search, so the
  // measured run and the memory baseline see a client in its steady state.
  const warmUpTarget =
    job.transport === Transport.Memory
      ? targetFor({ ...job, pages: Math.min(job.pages, 20) })
      : { ...target, baseUrl: target.baseUrl.replace('/fhir/', '/warmup/fhir/') };
  const warm = await contender.prepare(warmUpTarget);
  await warm(() => {});
  const run = await contender.prepare(target);
  let heapPerPage = 0;
  let baseline = 0;
  let peak = 0;
  let page = 0;
  const sampleEvery = Math.max(1, Math.floor(job.pages / 100));
  if (job.mode === 'memory') {
    if (!gc) return { kind: 'failed', reason: 'memory mode needs --expose-gc' };
    // Heap held by one parsed page: 20 copies held at once, after repeated collections so garbage
    // from the warm-up (freed only by a later cycle) cannot make the difference negative.
    for (let i = 0; i < 3; i++) gc();
    const before = process.memoryUsage().heapUsed;
    const copies = 20;
    keep(Array.from({ length: copies }, () => JSON.parse(target.body(1)) as unknown));
    gc();
    heapPerPage = Math.max(0, (process.memoryUsage().heapUsed - before) / copies);
    keep(undefined);
    for (let i = 0; i < 3; i++) gc();
    baseline = process.memoryUsage().heapUsed;
  }
  const onPage =
    job.mode === 'memory' && gc
      ? () => {
          if (++page % sampleEvery !== 0 && page !== 1) return;
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
        }
      : () => {};
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const result = await run(onPage);
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    kind: 'measured',
    matches: result.matches,
    pages: result.pages,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakHeapGrowthBytes: peak,
    heapPerPageBytes: heapPerPage,
  };
}

let outcome: ChildOutcome;
try {
  outcome = await measure(job);
} catch (error) {
  outcome =
    error instanceof ContenderUnavailableError
      ? { kind: 'unavailable', reason: error.message }
      : {
          kind: 'failed',
          reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        };
}
process.send?.(outcome, () => process.exit(0));
