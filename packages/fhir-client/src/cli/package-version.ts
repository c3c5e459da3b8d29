import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `version` of package `name`, read from its package.json, found by walking up from `moduleUrl`
 * (the calling module's `import.meta.url`). Read at run time rather than imported, so it works from
 * `src/` and from `dist/`, bundled or not, under any module resolution.
 * @throws Error when no package.json named `name` lies above `moduleUrl` (a broken install).
 */
export function packageVersion(moduleUrl: string, name: string): string {
  let directory = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const manifest = readManifest(join(directory, 'package.json'));
    if (manifest?.name === name && typeof manifest.version === 'string') return manifest.version;
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`no package.json of ${name} above ${fileURLToPath(moduleUrl)}`);
    directory = parent;
  }
}

function readManifest(path: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
