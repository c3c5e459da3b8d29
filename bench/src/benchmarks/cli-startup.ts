import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchConfig } from '../config.js';
import { snapshotPath } from '../dist-snapshot/snapshot.js';
import { atMostRatio, formatMs, median } from '../measure.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';
import { startPagingServerProcess } from '../servers/run-paging-server.js';

const benchmark = '7. CLI start-up';

/** The bin as published: the dist snapshot's when the run took one, else the live dist/. */
export function binPath(): string {
  const snapshot = snapshotPath('fhir-client', 'dist/cli/main.js');
  if (snapshot !== undefined) return snapshot;
  return fileURLToPath(new URL('../../../packages/fhir-client/dist/cli/main.js', import.meta.url));
}

/** One process to time: its arguments and the exit code that means it ran as intended. */
interface Command {
  readonly args: readonly string[];
  readonly exitCode: number;
}

/** Wall time of one process from spawn to exit; rejects when it exits with another code than `expected`. */
function wallMs(command: Command): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...command.args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-500);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code === command.exitCode) resolve(ms);
      else reject(new Error(`\`node ${command.args.join(' ')}\` exited ${code}: ${stderr.trim()}`));
    });
  });
}

// The floor under a search: what a hand-written script pays to fetch the same page and parse it.
// `bareFetch` sets the V8 flag the bin sets (see src/cli/main.ts: Node's fetch parses HTTP with a
// WebAssembly module that V8 otherwise recompiles and waits for at exit), so `cli.search vs bare fetch
// script` is what our code adds on top of the same fetch; `plainFetch` is the script as most people
// would write it, and `http` the same request over node:http, which loads no fetch at all.
const liftoffOnly = "require('node:v8').setFlagsFromString('--liftoff-only');";
const fetchPage = 'fetch(process.argv[1]).then((r) => r.text()).then((t) => JSON.parse(t));';
const httpPage = `require('node:http').get(process.argv[1], (r) => {
  let body = '';
  r.setEncoding('utf8');
  r.on('data', (chunk) => { body += chunk; });
  r.on('end', () => JSON.parse(body));
});`;

/**
 * The floor under any ky-based CLI: a script that fetches and parses the same page through ky, with
 * ky bundled into the one file as the bin bundles it, and the bin's V8 flag. ky evaluates a feature
 * check when it loads (it builds a `Request` with a `ReadableStream` body, which loads undici's
 * request and web streams code before the first fetch) and builds a `Request` per call; the bin pays
 * both, and the issue keeps ky as the HTTP layer, so `cli.search vs ky fetch script` is what our own
 * code adds. Written to a temporary folder for the run and removed after it.
 */
export async function writeKyFetchScript(): Promise<{ readonly path: string; readonly remove: () => void }> {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'halo-bench-ky-cli-'));
  const path = join(dir, 'ky-fetch.mjs');
  const result = await build({
    stdin: {
      contents: `import ky from 'ky';
JSON.parse(await ky(process.argv[2], { retry: 0, timeout: false }).text());`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    },
    // The flag is set before ky's own code runs, as the bin sets it before loading its chunks.
    banner: { js: "import v8 from 'node:v8'; v8.setFlagsFromString('--liftoff-only');" },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  writeFileSync(path, result.outputFiles[0]?.contents ?? '');
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Benchmark 7: how long a scripted call of the `fhir-client` bin takes, against starting Node itself
 * (`node -e 0`): `--help`, a usage error, and a one-page search (100 Appointments) against the local
 * paging server in its own process; and the search against the floor under it, a bare script fetching
 * the same page. The commands take turns, run after run (hyperfine-style, after one warm-up each), so a
 * busy patch of the machine hits all of them; medians are reported.
 */
export async function cliStartup(
  config: BenchConfig,
  emit: (figure: Figure) => void,
  detail: (text: string) => void,
): Promise<void> {
  const bin = binPath();
  const kyScript = await writeKyFetchScript();
  const server = await startPagingServerProcess({ pageSize: config.pageSize, pages: 1 });
  const query = 'Appointment?date=ge2026-11-26&date=lt2026-11-27&_count=100';
  const pageUrl = `${server.baseUrl}/${query}`;
  const ok = (...args: string[]): Command => ({ args, exitCode: 0 });
  const commands = {
    node: ok('-e', '0'),
    help: ok(bin, '--help'),
    usage: { args: [bin, 'search', query, '--max-page', '2'], exitCode: 2 },
    search: ok(bin, 'search', query, '--base-url', server.baseUrl, '--dates', 'fhir'),
    bareFetch: ok('-e', liftoffOnly + fetchPage, pageUrl),
    plainFetch: ok('-e', fetchPage, pageUrl),
    http: ok('-e', httpPage, pageUrl),
    kyFetch: ok(kyScript.path, pageUrl),
  } as const satisfies Record<string, Command>;
  type Id = keyof typeof commands;
  const ids = Object.keys(commands) as Id[];
  const samples = Object.fromEntries(ids.map((id) => [id, [] as number[]])) as Record<Id, number[]>;
  const failures: Partial<Record<Id, string>> = {};
  try {
    for (let run = 0; run <= config.cliRuns; run++) {
      for (const id of ids) {
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
    kyScript.remove();
  }
  detail(`search: \`fhir-client search '${query}' --base-url <local paging server> --dates fhir\``);
  detail(`usage error: \`fhir-client search '${query}' --max-page 2\` (exit 2, "did you mean --max-pages?")`);
  const measurement = (id: Id): Measurement => {
    const failure = failures[id];
    if (failure) return notAvailable(failure);
    const ms = median(samples[id]);
    return value(ms, `${formatMs(ms)} wall (median of ${samples[id].length})`);
  };
  const node = measurement('node');
  const note = `${config.cliRuns} interleaved runs each after a warm-up; the bin as published (dist/cli/main.js)`;
  const vsNode = (id: Id, label: string, maximum?: number): Figure => {
    const ours = measurement(id);
    return {
      benchmark,
      name: `cli.${id} ${label} vs node -e 0`,
      ours,
      baseline: node,
      better: 'lower',
      ...(maximum === undefined
        ? {}
        : {
            target: atMostRatio(`at most ${maximum}× node -e 0`, numberOf(ours), numberOf(node), maximum),
          }),
      note,
    };
  };
  emit(vsNode('help', 'fhir-client --help', 1.5));
  emit(vsNode('usage', 'fhir-client with a usage error', 1.5));
  emit(vsNode('search', 'fhir-client search (one page of 100, local server)', 1.5));
  const search = measurement('search');
  const bareFetch = measurement('bareFetch');
  emit({
    benchmark,
    name: 'cli.search vs bare fetch script (the floor: one global fetch of the same page, text(), JSON.parse)',
    ours: search,
    baseline: bareFetch,
    better: 'lower',
    target: atMostRatio('at most 1.2× the bare fetch script', numberOf(search), numberOf(bareFetch), 1.2),
    note: 'the script sets the same V8 flag as the bin (--liftoff-only), so the ratio is what ours adds to the same fetch',
  });
  const kyFetch = measurement('kyFetch');
  emit({
    benchmark,
    name: 'cli.search vs ky fetch script (the floor for a ky-based CLI: ky bundled, one call, text(), JSON.parse)',
    ours: search,
    baseline: kyFetch,
    better: 'lower',
    target: atMostRatio('at most 1.2× the ky fetch script', numberOf(search), numberOf(kyFetch), 1.2),
    note: 'same V8 flag; the ratio is what our own code adds to ky and fetch',
  });
  emit(vsNode('kyFetch', 'ky fetch script (the floor under a ky-based search)'));
  emit(vsNode('bareFetch', 'bare fetch script (the floor under a search)'));
  emit(vsNode('plainFetch', 'bare fetch script without --liftoff-only'));
  emit(vsNode('http', 'bare node:http script (no fetch loaded)'));
}

function numberOf(measurement: Measurement): number | undefined {
  return measurement.kind === 'value' ? measurement.value : undefined;
}
