#!/usr/bin/env node
// What a new user does, in CI: pack every package (contents checked by check-pack.mjs), install the
// tarballs with npm into a fresh project outside the workspace (registry dependencies come from the
// registry), type-check scripts/consumer/consumer.ts against what was installed (dist/*.d.ts, no
// source condition, skipLibCheck off, strict with exactOptionalPropertyTypes) under NodeNext and
// Bundler resolution, compile every README snippet there too (scripts/readme-snippets/compile-in-project.ts),
// run the consumer with Node against the testkit's mock server, require() the client from CommonJS
// (Node >= 20.19, the engines floor), and run the installed bin.
// Run after `pnpm build`; part of `pnpm lint:packages`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAndCheck, root } from './check-pack.mjs';

const tsc = join(root, 'node_modules/typescript/bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'halo-fhir-consumer-'));
let failed = false;
function step(name, command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: work, encoding: 'utf8', ...options });
  const ok = result.status === 0;
  failed ||= !ok;
  const summary = ok ? result.stdout.trim().split('\n').pop() : '';
  console.log(
    `consumer ${name}: ${ok ? 'ok' : 'FAILED'}${summary?.startsWith('README snippets') ? ` (${summary})` : ''}`,
  );
  if (!ok) console.log(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ?? ''}`);
  return ok;
}

try {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const packed = packAndCheck(tarballs);
  failed ||= packed.some((p) => p.problems.length > 0);
  const wanted = ['@halo-fhir/fhir-client', '@halo-fhir/fhir-testkit', '@halo-fhir/resilience-redis'];
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    '{ "name": "first-project", "private": true, "type": "module" }\n',
  );
  const installed = step(
    'npm install of the packed tarballs',
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      '--prefer-offline',
      ...packed.filter((p) => wanted.includes(p.name)).map((p) => p.tarball),
      '@types/node@^20.19.0',
    ],
    { cwd: project },
  );
  if (installed) {
    copyFileSync(join(root, 'scripts/consumer/consumer.ts'), join(project, 'consumer.ts'));
    const common = [
      '--strict',
      '--exactOptionalPropertyTypes',
      '--target',
      'ES2022',
      '--lib',
      'ES2023,DOM,ESNext.Disposable',
      '--types',
      'node',
    ];
    step(
      'types (NodeNext), compiled to out/',
      process.execPath,
      [
        tsc,
        ...common,
        '--module',
        'NodeNext',
        '--moduleResolution',
        'NodeNext',
        '--outDir',
        'out',
        'consumer.ts',
      ],
      { cwd: project },
    );
    step(
      'types (Bundler)',
      process.execPath,
      [tsc, ...common, '--noEmit', '--module', 'ESNext', '--moduleResolution', 'Bundler', 'consumer.ts'],
      { cwd: project },
    );
    copyFileSync(join(root, 'scripts/consumer/consumer-redis.ts'), join(project, 'consumer-redis.ts'));
    step(
      'types of the Redis store (NodeNext, skipLibCheck: see consumer-redis.ts)',
      process.execPath,
      [
        tsc,
        ...common,
        '--noEmit',
        '--skipLibCheck',
        '--module',
        'NodeNext',
        '--moduleResolution',
        'NodeNext',
        'consumer-redis.ts',
      ],
      { cwd: project },
    );
    step(
      'README snippets compiled against the installed tarballs',
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'scripts/readme-snippets/compile-in-project.ts'), project],
      { cwd: root },
    );
    step('run against the mock server', process.execPath, ['out/consumer.js'], { cwd: project });
    writeFileSync(
      join(project, 'require.cjs'),
      "const { search } = require('@halo-fhir/fhir-client');\n" +
        "if (search('Patient').count(1).toString() !== 'Patient?_count=1') throw new Error('require() gave a broken module');\n",
    );
    step('require() from CommonJS', process.execPath, ['--no-warnings', 'require.cjs'], { cwd: project });
    step('bin fhir-client --help', join(project, 'node_modules/.bin/fhir-client'), ['--help'], {
      cwd: project,
    });
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
