/**
 * Patched copies of the built client for `pnpm bench:paging-ablation`: dist/ copied once into a temporary
 * folder per variant, the variant's patches applied to the copy, the copy imported by file URL. Each
 * copy finds the client's own dependencies (ky, date-fns) through a `node_modules` link to the
 * package's, so ky is the same module for every copy and for the ky floor loop.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type AblationPatch, applyPatches } from './ablation-patches.js';

const clientPackage = fileURLToPath(new URL('../../../packages/fhir-client/', import.meta.url));

/** A copy of the client with some features switched off. */
export interface ClientVariant {
  /** `as built`, a patch id, or `all off`. */
  readonly id: string;
  readonly patches: readonly AblationPatch[];
  /** The copy's entry module, a file URL. */
  readonly entry: string;
}

/**
 * Copies dist/ into a fresh folder per variant under `root` (emptied first; a script that may run beside
 * the ablation passes a root of its own) and patches each copy; throws (naming the patch) when a
 * patch's text is no longer in dist/, and when there is no dist/ (run the build first).
 */
export function makeVariants(
  variants: readonly { id: string; patches: readonly AblationPatch[] }[],
  root = join(tmpdir(), 'halo-fhir-ablation'),
): ClientVariant[] {
  rmSync(root, { recursive: true, force: true });
  // One snapshot of dist/ first: a build elsewhere may rewrite it while the copies are made.
  const snapshot = join(root, 'snapshot');
  cpSync(join(clientPackage, 'dist'), snapshot, { recursive: true });
  return variants.map(({ id, patches }, index) => {
    const folder = join(root, `variant-${index}`);
    const dist = join(folder, 'dist');
    mkdirSync(folder, { recursive: true });
    cpSync(snapshot, dist, { recursive: true });
    // The package's own manifest: its `type` and its `imports` map (`#lazy-parts`) resolve inside the copy.
    cpSync(join(clientPackage, 'package.json'), join(folder, 'package.json'));
    symlinkSync(join(clientPackage, 'node_modules'), join(folder, 'node_modules'), 'dir');
    applyPatches(patches, {
      read: (file) => readFileSync(join(dist, file), 'utf8'),
      write: (file, text) => writeFileSync(join(dist, file), text),
    });
    const entry = pathToFileURL(join(dist, 'index.js')).href;
    return { id, patches, entry };
  });
}
