import { describe, expect, it } from 'vitest';
import { tarballProblems } from './check-pack.mjs';

// The tarball rules of check-pack.mjs, on tarballs described as path → contents.

const manifest = {
  name: '@halo-fhir/example',
  license: 'MIT',
  repository: { type: 'git', url: 'git+https://github.com/halo-fhir/halo-fhir.git' },
  homepage: 'https://github.com/halo-fhir/halo-fhir#readme',
  bugs: { url: 'https://github.com/halo-fhir/halo-fhir/issues' },
  engines: { node: '>=20.19.0' },
  exports: {
    '.': { '@halo-fhir/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
  },
  bin: { example: './dist/cli.js' },
  dependencies: { ky: '^1.14.2' },
};
const good = (): Map<string, string> =>
  new Map([
    ['package.json', JSON.stringify(manifest)],
    ['README.md', '# example'],
    ['LICENSE', 'MIT'],
    ['CHANGELOG.md', '# example'],
    ['src/index.ts', "export { a } from './a.js';"],
    ['src/a.ts', 'export const a = 1;'],
    ['dist/index.js', "export { a } from './a.js';\n//# sourceMappingURL=index.js.map"],
    ['dist/index.js.map', JSON.stringify({ version: 3, sources: ['../src/index.ts'], mappings: '' })],
    ['dist/index.d.ts', "export { a } from './a.js';"],
    ['dist/a.js', 'export const a = 1;'],
    ['dist/a.d.ts', 'export declare const a = 1;'],
    ['dist/cli.js', "import { a } from './a.js';"],
  ]);

describe('tarballProblems', () => {
  it('passes a tarball with README, LICENSE, CHANGELOG, every named file, and maps that resolve', () => {
    expect(tarballProblems(good())).toEqual([]);
  });

  it('names tests, test support, fixtures and build configuration that slipped in', () => {
    const files = good();
    files.set('src/a.test.ts', '');
    files.set('src/search/test-support/server.ts', '');
    files.set('src/__fixtures__/page.json', '');
    files.set('tsconfig.build.json', '');
    expect(tarballProblems(files)).toEqual([
      'holds a test file: src/a.test.ts',
      'holds test support: src/search/test-support/server.ts',
      'holds test fixtures: src/__fixtures__/page.json',
      'holds build configuration: tsconfig.build.json',
    ]);
  });

  it('names what is missing: README, LICENSE, CHANGELOG, an exported file, an imported module, a mapped source', () => {
    const files = good();
    files.delete('README.md');
    files.delete('LICENSE');
    files.delete('CHANGELOG.md');
    files.delete('dist/index.d.ts');
    files.delete('dist/a.js');
    files.delete('src/index.ts');
    expect(tarballProblems(files)).toEqual([
      'lacks README.md',
      'lacks LICENSE',
      'lacks CHANGELOG.md',
      'lacks ./src/index.ts, which package.json names',
      'lacks ./dist/index.d.ts, which package.json names',
      'dist/index.js imports ./a.js, which is not packed',
      'dist/index.js.map maps to ../src/index.ts, which is not packed',
      'dist/cli.js imports ./a.js, which is not packed',
    ]);
  });

  it('names the registry metadata a package.json lacks', () => {
    const files = good();
    const { repository: _r, engines: _e, ...bare } = manifest;
    files.set('package.json', JSON.stringify(bare));
    expect(tarballProblems(files)).toEqual([
      'package.json has no repository.url',
      'package.json has no engines.node',
    ]);
  });

  it('refuses workspace and catalog ranges left in the packed package.json', () => {
    const files = good();
    files.set(
      'package.json',
      JSON.stringify({ ...manifest, dependencies: { ky: 'catalog:', x: 'workspace:*' } }),
    );
    expect(tarballProblems(files)).toEqual([
      'dependencies.ky is still "catalog:"',
      'dependencies.x is still "workspace:*"',
    ]);
  });
});
