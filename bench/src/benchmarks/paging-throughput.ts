import type { BenchConfig } from '../config.js';
import { atLeastRatio, formatCount, median } from '../measure.js';
import { isMeasurement, labelOf, pagingPeers, runChecked, Transport } from '../paging/lineup.js';
import type { PagingContenderId } from '../paging/contenders.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';
import { startPagingServerProcess } from '../servers/run-paging-server.js';

const benchmark = '1. Paging throughput';

type Entry = readonly [PagingContenderId, Transport];

/** Every (contender, transport) pair timed against the local server. */
const entries: readonly Entry[] = [
  ['ours', Transport.GlobalFetch],
  ['handFetch', Transport.GlobalFetch],
  ['kyFloor', Transport.GlobalFetch],
  ['medplum', Transport.GlobalFetch],
  ['fhirclient', Transport.GlobalFetch],
  ['fhirKit', Transport.GlobalFetch],
  ['ours', Transport.NodeHttp],
  ['handFetch', Transport.NodeHttp],
  ['kyFloor', Transport.NodeHttp],
  ['nodeHttp', Transport.NodeHttp],
];

const key = ([id, transport]: Entry) => `${id}@${transport}`;

/**
 * Matches per second iterating the whole search from a paging server in another process. Rounds are
 * interleaved (every contender once per round, each in a fresh process) so drift on a busy machine hits
 * all of them alike; the median round is reported.
 */
export async function pagingThroughput(config: BenchConfig, emit: (figure: Figure) => void): Promise<void> {
  const server = await startPagingServerProcess({ pageSize: config.pageSize, pages: config.pagingPages });
  const rates = new Map<string, number[]>();
  const failures = new Map<string, string>();
  try {
    for (let round = 0; round < config.pagingRounds; round++) {
      for (const entry of entries) {
        if (failures.has(key(entry))) continue;
        const [contender, transport] = entry;
        const outcome = await runChecked(config, {
          contender,
          transport,
          baseUrl: server.baseUrl,
          pages: config.pagingPages,
          mode: 'throughput',
        });
        if (isMeasurement(outcome)) {
          failures.set(key(entry), outcome.kind === 'n/a' ? outcome.reason : 'no value');
          continue;
        }
        const list = rates.get(key(entry)) ?? [];
        list.push((outcome.matches * 1000) / outcome.wallMs);
        rates.set(key(entry), list);
      }
    }
  } finally {
    server.stop();
  }
  const measurement = (entry: Entry): Measurement => {
    const failure = failures.get(key(entry));
    if (failure) return notAvailable(failure);
    const r = median(rates.get(key(entry)) ?? []);
    return Number.isFinite(r) ? value(r, `${formatCount(r)} matches/s`) : notAvailable('not measured');
  };
  const numberOf = (m: Measurement) => (m.kind === 'value' ? m.value : undefined);
  const ours = measurement(['ours', Transport.GlobalFetch]);
  const size = `${config.pagingPages} pages of ${config.pageSize} matches + 65 includes, median of ${config.pagingRounds} round(s)`;
  for (const peer of pagingPeers) {
    const baseline = measurement([peer, Transport.GlobalFetch]);
    const handWritten = peer === 'handFetch';
    emit({
      benchmark,
      name: `paging.throughput vs ${labelOf(peer)}`,
      ours,
      baseline,
      better: 'higher',
      target: handWritten
        ? atLeastRatio('at least 0.95 of the hand-written loop', numberOf(ours), numberOf(baseline), 0.95)
        : atLeastRatio('ahead of every peer', numberOf(ours), numberOf(baseline), 1),
      note: `${size}; global fetch${peer === 'fhirclient' ? ' for ours, fhirclient uses its own cross-fetch (node-fetch)' : ''}`,
    });
  }
  const oursNodeHttp = measurement(['ours', Transport.NodeHttp]);
  const handNodeHttp = measurement(['handFetch', Transport.NodeHttp]);
  // The gap to the hand-written loop, split in two: what ky costs, and what the client adds on top.
  const kyFloorNote =
    'ky floor: the hand-written loop calling a ky instance made like ours (bench/src/peers/ky-floor-loop.ts)';
  for (const [transport, oursHere, handHere, via] of [
    [Transport.GlobalFetch, ours, measurement(['handFetch', Transport.GlobalFetch]), 'global fetch'],
    [Transport.NodeHttp, oursNodeHttp, handNodeHttp, 'node:http fetch'],
  ] as const) {
    const kyFloor = measurement(['kyFloor', transport]);
    emit({
      benchmark,
      name: `paging.throughput ours vs ky floor loop (${via})`,
      ours: oursHere,
      baseline: kyFloor,
      better: 'higher',
      target: atLeastRatio(
        'at least 0.9 of the ky floor loop (what the client adds on top of ky)',
        numberOf(oursHere),
        numberOf(kyFloor),
        0.9,
      ),
      note: `${size}; ${kyFloorNote}`,
    });
    emit({
      benchmark,
      name: `paging.throughput ky's own cost: ky floor loop vs hand-written loop (${via})`,
      ours: kyFloor,
      baseline: handHere,
      better: 'higher',
      note: `${size}; the most any client built on ky can reach against the hand-written loop`,
    });
  }
  emit({
    benchmark,
    name: 'paging.throughput (node:http fetch passed to ky) vs hand-written loop over the same fetch',
    ours: oursNodeHttp,
    baseline: handNodeHttp,
    better: 'higher',
    target: atLeastRatio(
      'at least 0.95 of the hand-written loop',
      numberOf(oursNodeHttp),
      numberOf(handNodeHttp),
      0.95,
    ),
    note: `${size}; both use bench/src/transport/node-http-fetch.ts`,
  });
  emit({
    benchmark,
    name: 'paging.throughput (node:http fetch passed to ky) vs bare node:http + JSON.parse loop',
    ours: oursNodeHttp,
    baseline: measurement(['nodeHttp', Transport.NodeHttp]),
    better: 'higher',
    note: `${size}; the bare loop has no fetch and no Response: the transport ceiling`,
  });
  emit({
    benchmark,
    name: 'paging.throughput transport cost: ours over global fetch vs ours over node:http fetch',
    ours,
    baseline: oursNodeHttp,
    better: 'higher',
    note: 'below 1 when the global fetch (undici) is the bottleneck',
  });
}
