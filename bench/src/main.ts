/**
 * `pnpm bench [--quick] [--only=name,name] [--out=path]`: runs every benchmark, prints each figure as
 * one line `name: ours=… baseline=… ratio=…` as soon as it is measured, and writes the whole run to
 * bench/RESULTS.md (quick runs to bench/RESULTS-quick.md, so CI never overwrites the committed full run).
 * Benchmarks report; they assert nothing about time. A benchmark that throws is reported as n/a and the
 * run goes on, so the process exits 0 whenever the suite itself ran.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchmarks } from './benchmarks/index.js';
import { configFor } from './config.js';
import { snapshotDist } from './dist-snapshot/snapshot.js';
import { extractAnalysis, type Figure, formatLine, notAvailable, renderMarkdown } from './report.js';

function parseArgs(argv: readonly string[]) {
  const quick = argv.includes('--quick');
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
    .filter(Boolean);
  const out = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
  const unknown = argv.filter(
    (a) => a !== '--quick' && !a.startsWith('--only=') && !a.startsWith('--out=') && a !== '--',
  );
  if (unknown.length > 0) {
    console.error(
      `unknown argument(s): ${unknown.join(' ')}; usage: pnpm bench [--quick] [--only=${benchmarks.map((b) => b.id).join(',')}] [--out=path]`,
    );
    process.exit(2);
  }
  return { quick, only, out };
}

const args = parseArgs(process.argv.slice(2));
const config = configFor(args.quick);
const selected = benchmarks.filter((b) => !args.only || args.only.includes(b.id));
const figures: Figure[] = [];
const emit = (figure: Figure) => {
  figures.push(figure);
  console.log(formatLine(figure));
};
const details = new Map<string, string[]>();

const started = performance.now();
console.log(`halo-fhir benchmarks (${args.quick ? 'quick' : 'full'}), Node ${process.version}`);
const snapshotted = snapshotDist();
console.log(
  `ours from a snapshot of: ${snapshotted.length > 0 ? snapshotted.join(', ') : 'nothing (no dist/ found)'}`,
);
// Ours is measured as published (dist/), which `pnpm bench` builds first; say so plainly when it is missing.
for (const name of ['@halo-fhir/fhir-client', '@halo-fhir/fhir-testkit']) {
  const resolved = fileURLToPath(import.meta.resolve(name));
  if (!existsSync(resolved)) {
    console.warn(
      `warning: ${resolved} is missing: run \`pnpm build\` first (\`pnpm bench\` does); ours will be n/a`,
    );
  }
}
for (const b of selected) {
  console.log(`\n# ${b.title}`);
  try {
    await b.run(config, emit, (text) => details.set(b.title, [...(details.get(b.title) ?? []), text]));
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    emit({
      benchmark: b.title,
      name: `${b.id} (whole benchmark)`,
      ours: notAvailable(reason),
      baseline: notAvailable(reason),
      better: 'higher',
    });
  }
}

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const outPath = args.out ?? `${benchDir}${args.quick ? 'RESULTS-quick.md' : 'RESULTS.md'}`;
const previous = await readFile(`${benchDir}RESULTS.md`, 'utf8').catch(() => undefined);
const cpu = cpus();
const markdown = renderMarkdown(
  {
    date: new Date().toISOString(),
    nodeVersion: process.version,
    machine: `${process.platform} ${process.arch}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    mode: `${args.quick ? 'quick (`pnpm bench --quick`)' : 'full (`pnpm bench`)'}${args.only ? `, only ${args.only.join(', ')}` : ''}`,
    sizes: selected.map((b) => `${b.title}: ${b.describe(config)}`),
    durationSeconds: (performance.now() - started) / 1000,
  },
  figures,
  details,
  extractAnalysis(previous),
);
await writeFile(outPath, markdown);
const missing = figures.filter((f) => f.ours.kind === 'n/a' || f.baseline.kind === 'n/a').length;
const missed = figures.filter((f) => f.target?.met === false).length;
console.log(
  `\n${figures.length} figures (${missing} with a side n/a), ${figures.filter((f) => f.target).length} judged against a target (${missed} missed); wrote ${outPath}`,
);
process.exit(0);
