import type { BenchConfig } from '../config.js';
import { atMost, formatMb, median } from '../measure.js';
import type { ChildOutcome } from '../paging/child-protocol.js';
import type { PagingContenderId } from '../paging/contenders.js';
import { isMeasurement, labelOf, pagingPeers, runChecked, Transport } from '../paging/lineup.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';
import { startPagingServerProcess } from '../servers/run-paging-server.js';

const benchmark = '2. Memory while paging';

type Measured = Extract<ChildOutcome, { kind: 'measured' }>;

/**
 * Peak heap growth over a whole paging run, for N and for 2N pages: each contender in a fresh
 * `--expose-gc` process, heapUsed sampled after a forced GC (every page up to 100 pages, then every
 * N/100), growth taken from a baseline after the client is built. A flat contender shows the same
 * growth at N and 2N; growth is also expressed in parsed pages (heap held by one `JSON.parse`d page).
 */
export async function pagingMemory(config: BenchConfig, emit: (figure: Figure) => void): Promise<void> {
  const sizes = [config.memoryPages, config.memoryPages * 2] as const;
  const results = new Map<string, Measured | Measurement>();
  // The ky floor (the hand-written loop calling ky as the client does) splits what ours holds over the
  // loop into ky's part and the client's own.
  const lineup: readonly PagingContenderId[] = ['ours', 'kyFloor', ...pagingPeers];
  for (const pages of sizes) {
    const server = await startPagingServerProcess({ pageSize: config.pageSize, pages });
    try {
      for (const contender of lineup) {
        results.set(
          `${contender}@${pages}`,
          await runChecked(config, {
            contender,
            transport: Transport.GlobalFetch,
            baseUrl: server.baseUrl,
            pages,
            mode: 'memory',
          }),
        );
      }
    } finally {
      server.stop();
    }
  }
  const [n, twoN] = sizes;
  // Heap of one parsed page: the same text in every process, so the median over all runs is the
  // steadiest estimate (one run's own figure is at the mercy of its GC timing).
  const pageHeaps = [...results.values()]
    .filter((r): r is Measured => !isMeasurement(r) && r.heapPerPageBytes > 0)
    .map((r) => r.heapPerPageBytes);
  const pageHeap = pageHeaps.length > 0 ? median(pageHeaps) : undefined;
  const measurement = (contender: PagingContenderId): Measurement => {
    const atN = results.get(`${contender}@${n}`);
    const at2N = results.get(`${contender}@${twoN}`);
    if (!atN || !at2N) return notAvailable('not measured');
    if (isMeasurement(atN)) return atN;
    if (isMeasurement(at2N)) return at2N;
    const pagesOf = (m: Measured) => (pageHeap ? m.peakHeapGrowthBytes / pageHeap : Number.NaN);
    return value(
      at2N.peakHeapGrowthBytes,
      `${formatMb(atN.peakHeapGrowthBytes)} @${n} pages (≈${pagesOf(atN).toFixed(1)} parsed pages), ${formatMb(at2N.peakHeapGrowthBytes)} @${twoN} pages (≈${pagesOf(at2N).toFixed(1)} parsed pages)`,
    );
  };
  const ours = measurement('ours');
  const measured = (key: string): Measured | undefined => {
    const m = results.get(key);
    return m && !isMeasurement(m) ? m : undefined;
  };
  const oursAtN = measured(`ours@${n}`);
  const oursAt2N = measured(`ours@${twoN}`);
  const loopAtN = measured(`handFetch@${n}`);
  const loopAt2N = measured(`handFetch@${twoN}`);
  // Flat means: doubling the pages adds under one page more than it adds to the hand-written loop, and
  // ours holds at most about two pages more than that loop. The loop holds one page at a time, so what
  // its own peak gains from N to 2N (about 1.8 pages in the runs of 2026-12-06: V8 lets the heap grow
  // further between collections in a longer run) is the measure's drift, not something held; ours is
  // judged over that drift rather than against zero, which the loop itself does not meet.
  const excessPages =
    oursAtN && oursAt2N && loopAtN && loopAt2N && pageHeap
      ? Math.max(
          (oursAt2N.peakHeapGrowthBytes -
            oursAtN.peakHeapGrowthBytes -
            (loopAt2N.peakHeapGrowthBytes - loopAtN.peakHeapGrowthBytes)) /
            pageHeap,
          (oursAt2N.peakHeapGrowthBytes - loopAt2N.peakHeapGrowthBytes) / pageHeap - 1,
        )
      : undefined;
  for (const peer of pagingPeers) {
    emit({
      benchmark,
      name: `paging.memory peak heap growth vs ${labelOf(peer)}`,
      ours,
      baseline: measurement(peer),
      better: 'lower',
      ...(peer === 'handFetch'
        ? {
            target: atMost(
              "flat: 2N pages add < 1 parsed page over N beyond the loop's own drift, and ours holds ≤ 2 pages more than this loop",
              excessPages,
              1,
              'pages',
            ),
          }
        : {}),
      note: `ratio on the 2N run; one parsed page ≈ ${pageHeap ? formatMb(pageHeap) : 'n/a'}; global fetch`,
    });
  }
  const kyFloor = measurement('kyFloor');
  emit({
    benchmark,
    name: 'paging.memory peak heap growth, ours vs ky floor loop (what the client holds on top of ky)',
    ours,
    baseline: kyFloor,
    better: 'lower',
    note: 'ratio on the 2N run; the ky floor passes a signal per request, as ours does',
  });
  emit({
    benchmark,
    name: "paging.memory peak heap growth, ky's own: ky floor loop vs hand-written loop",
    ours: kyFloor,
    baseline: measurement('handFetch'),
    better: 'lower',
    note: 'ratio on the 2N run; what any client built on ky holds over the bare loop',
  });
}
