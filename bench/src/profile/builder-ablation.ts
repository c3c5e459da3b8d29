/**
 * `pnpm bench:builder-ablation [--rounds=N] [--budget-ms=N] [--before=<dist dir>] [--items=a,b|none] [--out=path|-]`: what each of
 * the builder's promises costs when values change on every call (benchmark 3's changing-values query).
 * Copies the built `packages/fhir-client/dist` into a temporary folder once per variant, switches one
 * thing off in each copy by the named textual patches of builder-ablation-patches.ts (and everything in
 * one more copy), then measures every variant and Medplum's `formatSearchQuery` taking turns in this one
 * process, round after round, so a slow patch of the shared machine hits them all. Each variant must
 * write exactly the URLs the shipped builder writes. Writes its table into bench/PROFILE.md between its
 * own markers (`--out=-`: print only). `--before` adds another dist (e.g. a copy taken before a change)
 * as a contender, for an interleaved A/B.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keep, percentile } from '../measure.js';
import { snapshotDist } from '../dist-snapshot/snapshot.js';
import { type AblationItem, ablationItems, type TextPatch } from './builder-ablation-patches.js';

const argv = process.argv.slice(2);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const rounds = Number(option('rounds') ?? 41);
const budgetMs = Number(option('budget-ms') ?? 40);
const before = option('before');
// `--items=none` (with `--before`) measures only the A/B; `--items=dates,freeze` only those items.
const itemIds = option('items')?.split(',');
// `--query=repeated`: benchmark 3's repeated query (the same values every call) instead of changing values.
const repeated = option('query') === 'repeated';
const benchDir = fileURLToPath(new URL('../../', import.meta.url));
const packageDir = fileURLToPath(new URL('../../../packages/fhir-client/', import.meta.url));
const outPath = option('out') ?? join(benchDir, 'PROFILE.md');

/**
 * Calls per second of CPU time this process spent (all its threads, so GC helpers count): on a machine
 * shared with other jobs, wall time would also count the time this process waited for a core.
 */
function callsPerCpuSecond(run: () => string, budgetMs: number): number {
  const cpuUs = () => {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
  };
  let sink = '';
  const warmUntil = cpuUs() + 5_000;
  while (cpuUs() < warmUntil) for (let i = 0; i < 64; i++) sink = run();
  let calls = 0;
  const start = cpuUs();
  let elapsed = 0;
  while (elapsed < budgetMs * 1000) {
    for (let i = 0; i < 256; i++) sink = run();
    calls += 256;
    elapsed = cpuUs() - start;
  }
  keep(sink);
  return (calls * 1e6) / elapsed;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** `items` in an order picked by `seed` (a small linear congruential generator, Fisher–Yates). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const order = [...items];
  let state = (seed * 2654435761 + 1) >>> 0;
  for (let index = order.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const other = state % (index + 1);
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/** Applies `patches` to the dist under `root`, throwing (with the item's name) where a text no longer matches. */
function applyPatches(root: string, item: string, patches: readonly TextPatch[]): void {
  for (const patch of patches) {
    const path = join(root, patch.file);
    const text = readFileSync(path, 'utf8');
    const found = text.split(patch.find).length - 1;
    if (found !== (patch.count ?? 1)) {
      throw new Error(
        `ablation item "${item}": expected ${patch.count ?? 1} of ${JSON.stringify(patch.find)} in dist/${patch.file}, found ${found}; update bench/src/profile/builder-ablation-patches.ts`,
      );
    }
    writeFileSync(path, text.split(patch.find).join(patch.replace));
  }
}

/** A copy of `dist` in its own folder under `workRoot`, whose bare imports resolve to the package's node_modules. */
function copyDist(workRoot: string, name: string, dist: string): string {
  const root = join(workRoot, name);
  cpSync(dist, join(root, 'dist'), { recursive: true });
  // The package's own manifest: its `type` and its `imports` (`#…` specifiers inside dist/).
  cpSync(join(packageDir, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(packageDir, 'node_modules'), join(root, 'node_modules'), 'dir');
  return join(root, 'dist');
}

interface Contender {
  readonly id: string;
  readonly label: string;
  readonly promise: string;
  readonly run: () => string;
}

// Each variant gets its own compiled copy of the benchmark's query function (and of the closure that
// feeds it values), so its call sites see one builder class, as in benchmark 3.
async function variantContender(
  id: string,
  label: string,
  promise: string,
  dist: string,
): Promise<Contender> {
  const module = (await import(
    pathToFileURL(join(dist, 'index.js')).href
  )) as typeof import('@halo-fhir/fhir-client');
  const scope = { ...peers.oursQueryScope, search: module.search };
  const query = new Function(...Object.keys(scope), `return ${peers.oursQueryFor.toString()}`)(
    ...Object.values(scope),
  ) as typeof peers.oursQueryFor;
  const feed = new Function('query', 'values', 'return () => query(values.gp(), values.changedSince())');
  return { id, label, promise, run: feed(query, valuesOf()) as () => string };
}

// The benchmark's own query (and `@halo-fhir/fhir-client` everywhere in this process) reads the bench's
// snapshot of dist/, which a build elsewhere cannot delete halfway; the variants are copies of it.
if (!snapshotDist().some((path) => path.includes('fhir-client/'))) {
  console.error(
    'ablation: no packages/fhir-client/dist: run `pnpm --filter @halo-fhir/fhir-client build` first',
  );
  process.exit(1);
}
const peers = await import('../peers/builders.js');
const valuesOf = repeated ? peers.repeatedValues : peers.variedValues;
const work = mkdtempSync(join(tmpdir(), 'halo-builder-ablation-'));
const snapshot = dirname(fileURLToPath(import.meta.resolve('@halo-fhir/fhir-client')));
const shipped = copyDist(work, 'shipped', snapshot);
const contenders: Contender[] = [];
try {
  contenders.push(await variantContender('shipped', 'nothing (as shipped)', 'every promise', shipped));
  if (before !== undefined) {
    const copy = copyDist(work, 'before', resolve(before));
    contenders.push(await variantContender('before', `nothing, ${before}`, 'every promise', copy));
  }
  const variants: AblationItem[] = [
    {
      id: 'copy',
      label: 'nothing: a second, identical copy (the noise floor)',
      promise: 'every promise',
      patches: [],
    },
    ...ablationItems,
    {
      id: 'all',
      label: 'all of the above',
      promise: 'none of the above',
      patches: ablationItems.flatMap((item) => item.patches),
    },
    // Everything off but one item: what that item costs where nothing else runs (the items interact).
    ...ablationItems.map((kept) => ({
      ...kept,
      id: `${kept.id}+`,
      patches: ablationItems.filter((item) => item !== kept).flatMap((item) => item.patches),
    })),
  ];
  for (const item of variants) {
    if (itemIds !== undefined && !itemIds.includes(item.id)) continue;
    const dist = copyDist(work, item.id, shipped);
    applyPatches(dist, item.id, item.patches);
    contenders.push(await variantContender(item.id, item.label, item.promise, dist));
  }
} finally {
  // Every module is loaded by now; the copies are no longer read.
  rmSync(work, { recursive: true, force: true });
}

// Every variant writes exactly what benchmark 3's own query function writes, value after value.
const checkCalls = 5_000;
const reference = valuesOf();
const expectedUrls = Array.from({ length: checkCalls }, () =>
  peers.oursQueryFor(reference.gp(), reference.changedSince()),
);
for (const contender of contenders) {
  for (let call = 0; call < checkCalls; call++) {
    const url = contender.run();
    if (url !== expectedUrls[call]) {
      throw new Error(
        `ablation variant "${contender.id}" wrote ${JSON.stringify(url)} where the builder writes ${JSON.stringify(expectedUrls[call])}`,
      );
    }
  }
}

const { medplum, medplumVaried } = await peers.loadPeerBuilders();
const baselineValues = valuesOf();
const references: Contender[] = [
  {
    id: 'medplum',
    label: '@medplum/core formatSearchQuery',
    promise: '',
    run: repeated ? medplum : medplumVaried,
  },
  {
    id: 'generation',
    label: 'the benchmark’s own value generation alone',
    promise: '',
    run: () => baselineValues.gp() + baselineValues.changedSince(),
  },
];
const everyone = [...contenders, ...references];
const rates = new Map<string, number[]>(everyone.map((c) => [c.id, []]));
const ratios = new Map<string, number[]>(everyone.map((c) => [c.id, []]));
console.log(`${everyone.length} contenders, ${rounds} rounds of ${budgetMs} ms each`);
for (let round = 0; round < rounds; round++) {
  const inRound = new Map<string, number>();
  // A new order every round (a fixed seed, so runs are comparable), and a full collection before each
  // turn when the script runs with --expose-gc: no contender always follows the same one or inherits its
  // garbage.
  for (const contender of shuffled(everyone, round)) {
    collectGarbage?.();
    inRound.set(contender.id, callsPerCpuSecond(contender.run, budgetMs));
  }
  for (const [id, rate] of inRound) {
    rates.get(id)!.push(rate);
    ratios.get(id)!.push(rate / inRound.get('medplum')!);
  }
  console.log(
    `round ${round + 1}: shipped ${(inRound.get('shipped')! / inRound.get('medplum')!).toFixed(3)}× Medplum`,
  );
}

const perQueryUs = (id: string) => rates.get(id)!.map((rate) => 1e6 / rate);
// Other jobs on the machine only ever add time, and in bursts: each contender's 10th-percentile round
// (one of its least disturbed) is its time, and costs and ratios are taken between those.
const fastUs = (id: string) => percentile(perQueryUs(id), 10);
const ratioOf = (id: string) => fastUs('medplum') / fastUs(id);
const costOf = (id: string) => fastUs('shipped') - fastUs(id);
const pointsOf = (id: string) => ratioOf(id) - ratioOf('shipped');
const spread = (id: string) => {
  const sorted = [...ratios.get(id)!].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(2)}–${sorted[sorted.length - 1]!.toFixed(2)}`;
};
const us = (n: number) => n.toFixed(2);
const signed = (n: number) => (n >= 0 ? `+${n.toFixed(2)}` : `−${Math.abs(n).toFixed(2)}`);

// What switching `id`'s item back on costs in the copy with everything else off.
const costAlone = (id: string) =>
  rates.has(`${id}+`) && rates.has('all') ? us(fastUs(`${id}+`) - fastUs('all')) : '';
const rows = contenders
  .filter((c) => !c.id.endsWith('+'))
  .map((c) =>
    c.id === 'shipped'
      ? `| ${c.label} | ${c.promise} | ${us(fastUs(c.id))} | | | ${ratioOf(c.id).toFixed(3)}× (${spread(c.id)}) | |`
      : `| ${c.label} | ${c.promise} | ${us(fastUs(c.id))} | ${us(costOf(c.id))} | ${costAlone(c.id)} | ${ratioOf(c.id).toFixed(3)}× (${spread(c.id)}) | ${signed(pointsOf(c.id) * 100)} |`,
  );
const itemCosts = ablationItems.filter((item) => rates.has(item.id)).map((item) => costOf(item.id));
const sumOfItems = itemCosts.reduce((a, b) => a + b, 0);
const sumAlone = ablationItems.reduce((sum, item) => sum + (Number(costAlone(item.id)) || 0), 0);
const valuesUs = fastUs('generation');
const medplumUs = fastUs('medplum');
const allOffUs = rates.has('all') ? fastUs('all') : Number.NaN;
/** Whether the gap to Medplum is what the items cost together, or what is left with all of them off. */
function verdict(): string {
  const gapUs = fastUs('shipped') - medplumUs;
  const allOffCost = costOf('all');
  const left = allOffUs - medplumUs;
  return left <= 0
    ? `- Gap to 1.0×: ${us(gapUs)} µs a query; every item off saves ${us(allOffCost)} µs and ours is then ${ratioOf('all').toFixed(2)}× Medplum, so the items together cover the whole gap: nothing else keeps ours under Medplum.`
    : `- Gap to 1.0×: ${us(gapUs)} µs a query; every item off saves ${us(allOffCost)} µs, and ${us(left)} µs a query remains with all of them off: that part of the gap is not what the promises cost.`;
}
const title = `## Search builder, ${repeated ? 'the same values every call' : 'values changing every call'}: what each promise costs (ablation)`;
const section = [
  title,
  '',
  '- Written by `pnpm bench:builder-ablation` (`bench/src/profile/builder-ablation.ts`), after `pnpm --filter @halo-fhir/fhir-client build`',
  `- Date: ${new Date().toISOString()}; Node ${process.version}; ${rounds} rounds of ${budgetMs} ms per contender, taking turns in one process, timed by the process’s CPU time`,
  '- Each row is the built dist/ with one thing switched off by named textual patches',
  '  (`bench/src/profile/builder-ablation-patches.ts`); every variant writes the same URLs as the shipped',
  '  builder for the benchmark’s values (checked over 5,000 calls). Each contender’s time is its',
  '  10th-percentile round (other jobs on the shared machine only add time, in bursts); the cost of an',
  '  item is the shipped time less the time with it off, and "with the rest off" what switching it back',
  '  on costs in the copy with every other item off. Ratios are Medplum’s time / ours, with the range',
  '  of single rounds in brackets; ratio points are the item’s ratio less the shipped one, ×100.',
  '',
  '| switched off | promise that needs it | µs a query | cost, µs | cost with the rest off, µs | vs Medplum | ratio points |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  `| (Medplum \`formatSearchQuery\`, same values) | | ${us(medplumUs)} | | | 1× | |`,
  `| (the benchmark’s value generation alone) | | ${us(valuesUs)} | | | | |`,
  '',
  `- Sum of the single items: ${us(sumOfItems)} µs; of each item with the rest off: ${us(sumAlone)} µs; all of them off at once: ${rates.has('all') ? us(costOf('all')) : 'not measured'} µs.`,
  ...(rates.has('all') ? [verdict()] : []),
  '- With every copy loaded in one process, a single-item row can read slower than the shipped copy',
  '  although it does less (not seen when the item runs alone against the shipped copy, `--items=<id>`:',
  '  then each single item is within about 0.1 µs of it). Read the all-off row and the rest-off column',
  '  first; the noise floor row is what two identical copies differ by.',
  `- Beyond the value generation (${us(valuesUs)} µs, which both pay): ours as shipped ${us(fastUs('shipped') - valuesUs)} µs, with every item off ${us(allOffUs - valuesUs)} µs, Medplum ${us(medplumUs - valuesUs)} µs.`,
].join('\n');
console.log(`\n${section}`);
if (outPath !== '-') {
  // Only this section is replaced (by its title); the other sections of the file are other scripts'.
  const current = existsSync(outPath) ? readFileSync(outPath, 'utf8').trimEnd() : '# CPU profiles';
  const start = current.indexOf(`\n${title}\n`);
  const end = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
  const updated =
    start === -1
      ? `${current}\n\n${section}`
      : `${current.slice(0, start)}\n${section}${end === -1 ? '' : `\n${current.slice(end)}`}`;
  writeFileSync(outPath, `${updated}\n`);
  console.log(`\nwrote ${outPath}`);
}
process.exit(0);
