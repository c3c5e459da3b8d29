/**
 * `pnpm size` (part of `pnpm test`, so CI runs it): fails when the browser bundle of `search` +
 * `createFhirClient` (with ky) grows past its budget, measured exactly as benchmark 6 measures it
 * (esbuild, browser ESM, minified, gzip level 9, ours from dist/ as published), and when the SQL
 * module (`@halo-fhir/fhir-client/sql`) ends up in that bundle: an app that does not import it must
 * not ship it. Sizes are bytes, not time, so this is a check, not a benchmark.
 */
import { bundleSize, entries, type Size } from './benchmarks/bundle-size.js';
import { formatKb } from './measure.js';

/**
 * The most the builder + client bundle may weigh, min+gzip. A ratchet, not the goal: issue 14's target
 * is 20 KB; lower this whenever the bundle shrinks so a regression cannot hide in the slack. It sits
 * 0.5 KB over the size measured on 2026-12-06 at 11:50 UTC (58.8 KB): issue 14's speed work (mostly
 * the builder's step memos and the pager's next-link shortcut) had added about 2.2 KB to the 57.3 KB of
 * that morning's full run, and @date-fns/tz's subpath imports and the index-encoded reference targets
 * of the packed R4 table took 0.7 KB back. A feature that needs more raises it in its own commit,
 * saying why.
 */
export const bundleBudgetBytes = 59.3 * 1024;

const sqlInput = /fhir-client\/(?:dist|src)\/sql\//;

function sqlInputs(size: Size): string[] {
  return size.inputs.map(([path]) => path).filter((path) => sqlInput.test(path));
}

const problems: string[] = [];
let ours: Size;
try {
  ours = await bundleSize(entries.ours);
} catch (error) {
  console.error(
    `size: could not bundle @halo-fhir/fhir-client (run \`pnpm build\` first): ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
console.log(
  `size: search + createFhirClient: ${formatKb(ours.gzipped)} min+gzip (${formatKb(ours.minified)} min), budget ${formatKb(bundleBudgetBytes)}`,
);
if (ours.gzipped > bundleBudgetBytes) {
  const top = ours.inputs.slice(0, 5).map(([path, bytes]) => `${path} ${formatKb(bytes)}`);
  problems.push(
    `the bundle is ${formatKb(ours.gzipped - bundleBudgetBytes)} over its budget of ${formatKb(bundleBudgetBytes)} min+gzip; largest inputs (minified): ${top.join(', ')}. Make it smaller, or raise bundleBudgetBytes in bench/src/bundle-budget.ts and say why in the commit.`,
  );
}
const leaked = sqlInputs(ours);
if (leaked.length > 0) {
  problems.push(
    `the SQL module is in a bundle that never imports @halo-fhir/fhir-client/sql: ${leaked.join(', ')}. Something under the main entry imports src/sql/; keep SQL behind its own export.`,
  );
}
// The check above must be able to fail: the SQL entry on its own has to show SQL inputs.
const sql = await bundleSize("export * from '@halo-fhir/fhir-client/sql';");
if (sqlInputs(sql).length === 0) {
  problems.push(
    'the SQL check found no SQL inputs even in a bundle of the SQL entry: its path pattern is stale',
  );
} else {
  console.log(
    `size: the SQL entry alone is ${formatKb(sql.gzipped)} min+gzip; none of it is in the bundle above`,
  );
}
for (const problem of problems) console.error(`size: FAILED: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
