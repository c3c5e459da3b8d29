import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const workspace = new URL('../../../', import.meta.url);
/** Each run's snapshots live in their own folder under this one, named by the run's process id. */
const snapshotsRoot = new URL('../../.dist-snapshot/', import.meta.url);
const snapshotRoot = new URL(`${process.pid}/`, snapshotsRoot);
const packages = ['fhir-client', 'fhir-testkit'] as const;

interface SnapshotData {
  readonly redirects: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  readonly aliases: Readonly<Record<string, string>>;
}

/**
 * The path of `file` (relative to the package's folder, e.g. `dist/cli/main.js`) in the snapshot this
 * process or its parent run took, or undefined when there is none (then use the live file).
 */
export function snapshotPath(name: (typeof packages)[number], file: string): string | undefined {
  const raw = process.env.HALO_BENCH_DIST_SNAPSHOT;
  if (!raw) return undefined;
  const data = JSON.parse(raw) as SnapshotData;
  const live = new URL(`packages/${name}/`, workspace).href;
  const redirect = data.redirects.find((r) => r.from.startsWith(live));
  if (!redirect || !file.startsWith('dist/')) return undefined;
  const path = fileURLToPath(new URL(file.slice('dist/'.length), redirect.to));
  return existsSync(path) ? path : undefined;
}

/** True while a process with this id runs (on this machine). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the snapshots of runs that have ended (killed runs leave theirs behind). */
function removeStaleSnapshots(): void {
  if (!existsSync(snapshotsRoot)) return;
  for (const entry of readdirSync(snapshotsRoot)) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid <= 0 || !running(pid)) {
      rmSync(new URL(`${entry}/`, snapshotsRoot), { recursive: true, force: true });
    }
  }
}

/** The `--import` preload that makes a child process load the same snapshot. */
export const snapshotPreload = fileURLToPath(new URL('./preload.mjs', import.meta.url));

/**
 * Copies each workspace package's built `dist/` into `bench/.dist-snapshot/<pid>/` and redirects module
 * resolution there, for this process and (through `HALO_BENCH_DIST_SNAPSHOT` and `snapshotPreload`)
 * its children. A full run takes many minutes on a shared machine; a `pnpm build` elsewhere deletes
 * and rewrites `dist/` meanwhile, which would make ours fail halfway. Returns the packages snapshotted;
 * a package without `dist/` is left to normal resolution (its figures become n/a with the reason).
 */
export function snapshotDist(): readonly string[] {
  removeStaleSnapshots();
  rmSync(snapshotRoot, { recursive: true, force: true });
  process.once('exit', () => rmSync(snapshotRoot, { recursive: true, force: true }));
  const redirects: { from: string; to: string }[] = [];
  const aliases: Record<string, string> = {};
  for (const name of packages) {
    const root = new URL(`packages/${name}/`, workspace);
    const dist = new URL('dist/', root);
    if (!existsSync(dist)) continue;
    const copy = new URL(`${name}/dist/`, snapshotRoot);
    cpSync(dist, copy, { recursive: true });
    // The manifest beside the copy, as beside dist/: bundlers read `sideEffects` (and Node `type`) from it.
    cpSync(new URL('package.json', root), new URL(`${name}/package.json`, snapshotRoot));
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
    const data: SnapshotData = { redirects, aliases };
    process.env.HALO_BENCH_DIST_SNAPSHOT = JSON.stringify(data);
    register('./hooks.mjs', import.meta.url, { data });
  }
  return redirects.map((r) => r.from.replace(workspace.href, ''));
}
