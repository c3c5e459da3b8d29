import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchConfig } from '../config.js';
import { atMostRatio, formatMs, median } from '../measure.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';
import { startPagingServerProcess } from '../servers/run-paging-server.js';

const benchmark = '7. CLI start-up';

/** The bin as published: the dist snapshot's when the run took one, else the live dist/. */
function binPath(): string {
  const snapshot = fileURLToPath(
    new URL('../../.dist-snapshot/fhir-client/dist/cli/main.js', import.meta.url),
  );
  if (process.env.HALO_BENCH_DIST_SNAPSHOT && existsSync(snapshot)) return snapshot;
  return fileURLToPath(new URL('../../../packages/fhir-client/dist/cli/main.js', import.meta.url));
}

/** Wall time of one process from spawn to exit; rejects when it exits non-zero. */
function wallMs(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-500);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve(ms);
      else reject(new Error(`\`node ${args.join(' ')}\` exited ${code}: ${stderr.trim()}`));
    });
  });
}

/**
 * Benchmark 7: how long a scripted call of the `fhir-client` bin takes, against starting Node itself
 * (`node -e 0`): `--help`, and a one-page search (100 Appointments) against the local paging server in
 * its own process. The three commands take turns, run after run (hyperfine-style, after one warm-up
 * each), so a busy patch of the machine hits all of them; medians are reported.
 */
export async function cliStartup(
  config: BenchConfig,
  emit: (figure: Figure) => void,
  detail: (text: string) => void,
): Promise<void> {
  const bin = binPath();
  const server = await startPagingServerProcess({ pageSize: config.pageSize, pages: 1 });
  const query = 'Appointment?date=ge2026-11-26&date=lt2026-11-27&_count=100';
  const commands = {
    node: ['-e', '0'],
    help: [bin, '--help'],
    search: [bin, 'search', query, '--base-url', server.baseUrl, '--dates', 'fhir'],
  } as const;
  type Id = keyof typeof commands;
  const samples: Record<Id, number[]> = { node: [], help: [], search: [] };
  const failures: Partial<Record<Id, string>> = {};
  try {
    for (let run = 0; run <= config.cliRuns; run++) {
      for (const id of Object.keys(commands) as Id[]) {
        if (failures[id]) continue;
        try {
          const ms = await wallMs(commands[id]);
          if (run > 0) samples[id].push(ms); // run 0 warms the file system cache
        } catch (error) {
          failures[id] = error instanceof Error ? error.message : String(error);
        }
      }
    }
  } finally {
    server.stop();
  }
  detail(`search: \`fhir-client search '${query}' --base-url <local paging server> --dates fhir\``);
  const measurement = (id: Id): Measurement => {
    const failure = failures[id];
    if (failure) return notAvailable(failure);
    const ms = median(samples[id]);
    return value(ms, `${formatMs(ms)} wall (median of ${samples[id].length})`);
  };
  const node = measurement('node');
  for (const [id, label] of [
    ['help', 'fhir-client --help'],
    ['search', 'fhir-client search (one page of 100, local server)'],
  ] as const) {
    const ours = measurement(id);
    emit({
      benchmark,
      name: `cli.${id} ${label} vs node -e 0`,
      ours,
      baseline: node,
      better: 'lower',
      target: atMostRatio(
        'at most 1.5× node -e 0',
        ours.kind === 'value' ? ours.value : undefined,
        node.kind === 'value' ? node.value : undefined,
        1.5,
      ),
      note: `${config.cliRuns} interleaved runs each after a warm-up; the bin as published (dist/cli/main.js)`,
    });
  }
}
