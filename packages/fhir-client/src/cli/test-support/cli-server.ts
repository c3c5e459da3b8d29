import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';

/** A key distinctive enough that finding it anywhere in output means it leaked. */
export const TEST_KEY = 'sk-cli-test-7f3a9c+/=Q';

/** A Halo-profile mock server on 127.0.0.1 (port 0) with seeded data, accepting {@link TEST_KEY}. */
export function startCliServer(): Promise<MockFhirServer> {
  return createMockFhirServer({
    subscriptionKey: TEST_KEY,
    // Data around a fixed instant: the tests search the day 2026-11-26 whatever day they run.
    sites: [{ guid: '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b', size: 600, anchor: '2026-11-26T09:00:00+11:00' }],
  });
}

/** The environment a user would run the CLI with: the key in HALO_SUBSCRIPTION_KEY. */
export const keyEnv = { HALO_SUBSCRIPTION_KEY: TEST_KEY } as const;

/** Asserts nothing printed holds the key, raw or URL-encoded. */
export function leaksKey(output: { stdout: string; stderr: string }): boolean {
  const text = output.stdout + output.stderr;
  return text.includes(TEST_KEY) || text.includes(encodeURIComponent(TEST_KEY));
}
