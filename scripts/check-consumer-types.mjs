#!/usr/bin/env node
// Type-checks scripts/consumer/consumer.ts against the BUILT packages (dist/*.d.ts, no source
// condition, skipLibCheck off) under both NodeNext and Bundler resolution, as a consumer would.
// Run after `pnpm build`; part of `pnpm lint:packages`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules/.bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'halo-fhir-consumer-'));
try {
  const modules = join(work, 'node_modules');
  mkdirSync(join(modules, '@halo-fhir'), { recursive: true });
  mkdirSync(join(modules, '@types'), { recursive: true });
  symlinkSync(join(root, 'packages/fhir-client'), join(modules, '@halo-fhir/fhir-client'));
  symlinkSync(join(root, 'packages/fhir-testkit'), join(modules, '@halo-fhir/fhir-testkit'));
  symlinkSync(realpathSync(join(root, 'node_modules/@types/node')), join(modules, '@types/node'));
  symlinkSync(
    realpathSync(join(root, 'packages/fhir-client/node_modules/@types/fhir')),
    join(modules, '@types/fhir'),
  );
  writeFileSync(join(work, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(work, 'consumer.ts'), '');
  spawnSync('cp', [join(root, 'scripts/consumer/consumer.ts'), join(work, 'consumer.ts')]);
  let failed = false;
  for (const [moduleKind, resolution] of [
    ['NodeNext', 'NodeNext'],
    ['ESNext', 'Bundler'],
  ]) {
    const args = [
      '--noEmit',
      '--strict',
      '--exactOptionalPropertyTypes',
      '--target',
      'ES2022',
      '--lib',
      'ES2023,DOM,ESNext.Disposable',
    ];
    args.push('--module', moduleKind, '--moduleResolution', resolution, '--types', 'node', 'consumer.ts');
    const result = spawnSync(tsc, args, { cwd: work, encoding: 'utf8' });
    const ok = result.status === 0;
    failed ||= !ok;
    console.log(`consumer types (${resolution}): ${ok ? 'ok' : 'FAILED'}`);
    if (!ok) console.log(result.stdout + result.stderr);
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
