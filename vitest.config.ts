import { defineConfig } from 'vitest/config';

// One config for the workspace. Packages resolve each other's TypeScript sources through the
// `@halo-fhir/source` export condition, so tests never need a build first.
export default defineConfig({
  resolve: { conditions: ['@halo-fhir/source'] },
  ssr: { resolve: { conditions: ['@halo-fhir/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    typecheck: {
      enabled: true,
      include: ['packages/*/src/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
