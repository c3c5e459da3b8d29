/**
 * `pnpm bench:paging-ablation [--rounds=N] [--pages=N] [--heap-pages=N] [--only=id,...] [--no-write]`: what
 * each feature of the client costs over the ky floor. Copies the built client once per variant
 * (`ablation-copies.ts`), switches one feature off in each (`ablation-patches.ts`) and one copy with
 * all of them off, then measures each copy against the client as built and the ky floor loop, the three
 * interleaved in one child process per copy (`ablation-child.ts`; the order rotates each round), over
 * the in-memory fetch: CPU per match, and peak heap (forced GC after every page) in parsed pages. Writes the tables into bench/PROFILE.md between the ablation markers,
 * keeping the rest of the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runChildProcess } from '../child-process.js';
import { median, percentile } from '../measure.js';
import type { AblationJob, AblationOutcome } from './ablation-child.js';
import { makeVariants } from './ablation-copies.js';
import { ablationPatches } from './ablation-patches.js';

const argv = process.argv.slice(2);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const rounds = Number(option('rounds') ?? 15);
const pages = Number(option('pages') ?? 100);
const heapPages = Number(option('heap-pages') ?? 40);
const onlyIds = option('only')?.split(',');
const pageSize = 100;

const chosen = ablationPatches.filter((p) => onlyIds === undefined || onlyIds.includes(p.id));
const unknown = (onlyIds ?? []).filter((id) => !ablationPatches.some((p) => p.id === id));
if (unknown.length > 0) throw new Error(`unknown ablation(s) ${unknown.join(', ')}`);
const [asBuilt, ...variants] = makeVariants([
  { id: 'as built', patches: [] },
  // An unpatched copy measured like a variant: what it "saves" is the noise of this run.
  { id: 'A/A', patches: [] },
  ...chosen.map((patch) => ({ id: patch.id, patches: [patch] })),
  { id: 'all off', patches: chosen },
]);

interface Measured {
  readonly id: string;
  readonly outcome: AblationOutcome;
}
const measured: Measured[] = [];
for (const variant of variants) {
  const job: AblationJob = { asBuilt: asBuilt!.entry, variant: variant.entry, rounds, pages, heapPages };
  const outcome = await runChildProcess<AblationOutcome | { kind: 'failed'; reason: string }>(
    fileURLToPath(new URL('./ablation-child.ts', import.meta.url)),
    [JSON.stringify(job)],
    { timeoutMs: 600_000, nodeOptions: ['--expose-gc', '--single-threaded'] },
  );
  if (outcome.kind !== 'measured') throw new Error(`${variant.id}: ${outcome.reason}`);
  measured.push({ id: variant.id, outcome });
  const { cpuMs } = outcome;
  const ratio = (xs: number[]) => (percentile(xs, 10) / percentile(cpuMs.floor, 10)).toFixed(3);
  console.log(`${variant.id}: as built ${ratio(cpuMs.asBuilt)}, off ${ratio(cpuMs.variant)} of the ky floor`);
}

/**
 * Each contender's 10th-percentile run in its process: the load of a shared machine only ever slows a
 * run down, so a low percentile is steadier than a median or per-round pairs (the A/A row shows it).
 */
const low = (xs: readonly number[]) => percentile(xs, 10);
const over = (o: AblationOutcome, id: 'asBuilt' | 'variant') => low(o.cpuMs[id]) / low(o.cpuMs.floor) - 1;
const saving = (m: Measured) =>
  (low(m.outcome.cpuMs.asBuilt) - low(m.outcome.cpuMs.variant)) / low(m.outcome.cpuMs.floor);
const perMatchUs = (ms: number) => (ms * 1000) / (pages * pageSize);
const floorUs = perMatchUs(median(measured.map((m) => low(m.outcome.cpuMs.floor))));
const oursExcess = median(measured.map((m) => over(m.outcome, 'asBuilt')));
const byId = new Map(measured.map((m) => [m.id, m]));
const allOff = byId.get('all off')!;
const pageHeap = median(measured.map((m) => m.outcome.pageHeapBytes));
const heapPagesOf = (bytes: number) => bytes / pageHeap;
const heapFloor = median(measured.map((m) => heapPagesOf(m.outcome.heapBytes.floor)));
const heapAsBuilt = median(measured.map((m) => heapPagesOf(m.outcome.heapBytes.asBuilt)));
const pct = (x: number) => `${x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(1)}%`;
const offExcess = (m: Measured) => over(m.outcome, 'variant');
const heldPages = (m: Measured) =>
  heapPagesOf(m.outcome.heapBytes.asBuilt) - heapPagesOf(m.outcome.heapBytes.variant);

const sumOfSavings = chosen.reduce((sum, p) => sum + saving(byId.get(p.id)!), 0);
const row = (m: Measured, feature: string, promise: string) =>
  `| \`${m.id}\` | ${feature} | ${pct(offExcess(m))} | ${pct(saving(m))} | ${pct(saving(m) / oursExcess)} | ${heapPagesOf(m.outcome.heapBytes.variant).toFixed(2)} | ${heldPages(m).toFixed(2)} | ${promise} |`;
const rows = chosen
  .map((p) => ({ p, m: byId.get(p.id)! }))
  .sort((a, b) => saving(b.m) - saving(a.m))
  .map(({ p, m }) => row(m, p.feature, p.promise));
const section = [
  '## Paging ablation: what each feature costs over the ky floor',
  '',
  `- regenerated ${new Date().toISOString()} (\`pnpm bench:paging-ablation\`, \`bench/src/profile/paging-ablation.ts\`); Node ${process.version}`,
  `- each variant is a copy of the built client with one feature switched off by a textual patch of dist/ (\`bench/src/profile/ablation-patches.ts\`; a patch whose text is gone stops the run). Each variant runs in its own process with the client as built and the ky floor loop, the three interleaved (order rotating each round) over the in-memory fetch: ${rounds} rounds of ${pages} pages of ${pageSize} matches (+ 65 includes); CPU is process CPU per run after a forced GC; each contender's figure is its 10th-percentile run in its process (load only slows a run down), compared with the ky floor's in the same process`,
  `- ky floor ${floorUs.toFixed(2)} µs per match; ours as built **${pct(oursExcess)} over the ky floor**; all features off ${pct(offExcess(allOff))} over it`,
  `- sum of the single-feature savings ${pct(sumOfSavings)} of the ky floor's time; all off at once saves ${pct(saving(allOff))}. **Left over the ky floor with every feature off: ${pct(offExcess(allOff))}**: what no patch here switches off (the iterator's one promise per match, classifying entries, the transport's per-request objects and promises, and a start-up cost of each new client and iterator: see the hand-written notes below the table)`,
  `- peak heap: heapUsed after a forced GC after every page of a ${heapPages}-page run, growth over the heap after the client was built, median of 3 runs per process, in parsed pages (one parsed page ≈ ${(pageHeap / 1024 / 1024).toFixed(2)} MB): ky floor ${heapFloor.toFixed(2)}, ours as built ${heapAsBuilt.toFixed(2)}, all off ${heapPagesOf(allOff.outcome.heapBytes.variant).toFixed(2)}`,
  '',
  '| feature off | what is switched off | ours over the ky floor, feature off | saves (% of ky floor time) | share of ours over the floor | peak heap, feature off (pages) | pages the feature holds | the promise that needs it |',
  '|---|---|---|---|---|---|---|---|',
  ...rows,
  row(allOff, 'every row above at once', ''),
  row(byId.get('A/A')!, 'nothing: an unpatched copy, so its saving is the noise of this run', ''),
].join('\n');
console.log(`\n${section}`);

if (!argv.includes('--no-write')) {
  // This section only, by its title (as profile-file.ts does for bench:profile's sections); the rest stays.
  const path = fileURLToPath(new URL('../../PROFILE.md', import.meta.url));
  const current = existsSync(path) ? readFileSync(path, 'utf8').trimEnd() : '# CPU profiles';
  const title = section.slice(0, section.indexOf('\n'));
  const start = current.indexOf(`\n${title}\n`);
  const end = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
  const next =
    start === -1
      ? `${current}\n\n${section}\n`
      : `${current.slice(0, start)}\n${section}${end === -1 ? '\n' : `\n${current.slice(end)}\n`}`;
  writeFileSync(path, next);
  console.log(`\nwrote ${path}`);
}
process.exit(0);
