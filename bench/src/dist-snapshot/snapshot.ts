import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const workspace = new URL('../../../', import.meta.url);
const snapshotRoot = new URL('../../.dist-snapshot/', import.meta.url);
const packages = ['fhir-client', 'fhir-testkit'] as const;

/** The `--import` preload that makes a child process load the same snapshot. */
export const snapshotPreload = fileURLToPath(new URL('./preload.mjs', import.meta.url));

/**
 * Copies each workspace package's built `dist/` into `bench/.dist-snapshot/` and redirects module
 * resolution there, for this process and (through `HALO_BENCH_DIST_SNAPSHOT` and `snapshotPreload`)
 * its children. A full run takes many minutes on a shared machine; a `pnpm build` elsewhere deletes
 * and rewrites `dist/` meanwhile, which would make ours fail halfway. Returns the packages snapshotted;
 * a package without `dist/` is left to normal resolution (its figures become n/a with the reason).
 */
export function snapshotDist(): readonly string[] {
  rmSync(snapshotRoot, { recursive: true, force: true });
  const redirects: { from: string; to: string }[] = [];
  const aliases: Record<string, string> = {};
  for (const name of packages) {
    const root = new URL(`packages/${name}/`, workspace);
    const dist = new URL('dist/', root);
    if (!existsSync(dist)) continue;
    const copy = new URL(`${name}/dist/`, snapshotRoot);
    cpSync(dist, copy, { recursive: true });
    redirects.push({ from: dist.href, to: copy.href });
    // `@halo-fhir/<name>` and its export subpaths point straight into the copy.
    const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      exports?: Record<string, string | { default?: string }>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const file = typeof target === 'string' ? target : target.default;
      if (!file?.startsWith('./dist/')) continue;
      aliases[`@halo-fhir/${name}${subpath.slice(1)}`] = new URL(file.slice('./dist/'.length), copy).href;
    }
  }
  if (redirects.length > 0) {
    const data = { redirects, aliases };
    process.env.HALO_BENCH_DIST_SNAPSHOT = JSON.stringify(data);
    register('./hooks.mjs', import.meta.url, { data });
  }
  return redirects.map((r) => r.from.replace(workspace.href, ''));
}
