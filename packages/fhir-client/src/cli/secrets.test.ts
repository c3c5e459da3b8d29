import { haloErrors, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { keyEnv, leaksKey, startCliServer, TEST_KEY } from './test-support/cli-server.js';
import { type CliLauncher, createCliLauncher } from './test-support/run-cli-process.js';

let server: MockFhirServer;
let cli: CliLauncher;
beforeAll(async () => {
  [server, cli] = await Promise.all([startCliServer(), createCliLauncher()]);
});
afterAll(() => server.close());

describe.concurrent('the subscription key never appears in the CLI output', () => {
  it('--help prints the usage with every exit code, and not the key from the environment', async () => {
    const result = await cli.run(['--help'], { env: keyEnv });
    expect(result.exitCode).toBe(ExitCode.Ok);
    for (const code of ['0', '2', '3', '4', '5'])
      expect(result.stdout).toMatch(new RegExp(`^ +${code}  \\S`, 'm'));
    expect(result.stdout).toContain('HALO_SUBSCRIPTION_KEY');
    expect(leaksKey(result)).toBe(false);
  });

  it('not in the error line when the server says the key is wrong (3)', async () => {
    const wrongKey = `${TEST_KEY}-wrong`;
    const result = await cli.run(['capabilities', '--base-url', server.baseUrl()], {
      env: { HALO_SUBSCRIPTION_KEY: wrongKey },
    });
    expect(result.exitCode).toBe(ExitCode.Rejected);
    expect(result.stderr).toMatch(/401 key-invalid/);
    expect(result.stderr).not.toContain(wrongKey);
    expect(leaksKey(result)).toBe(false);
  });

  it('not in the error about a bad command line that holds it in --subscription-key and as the query', async () => {
    const result = await cli.run([
      'search',
      '--subscription-key',
      TEST_KEY,
      '--base-url',
      server.baseUrl(),
      TEST_KEY,
    ]);
    expect(result.exitCode).toBe(ExitCode.Usage);
    expect(result.stderr).toContain('[REDACTED]');
    expect(leaksKey(result)).toBe(false);
  });

  it('not in progress, retries or the summary of a search that worked with the key from --subscription-key', async () => {
    server.faults.failWhen((request) => request.queryText.includes('name=Zz'), haloErrors.serverError(), {
      count: 1,
    });
    const result = await cli.run([
      'search',
      'Patient?name=Zz&_count=3',
      '--base-url',
      server.baseUrl(),
      `--subscription-key=${TEST_KEY}`,
      '--retry-delay-ms',
      '0',
      '--progress',
    ]);
    expect(result.exitCode).toBe(ExitCode.Ok);
    expect(result.stderr).toContain('retry: attempt 1 failed (500 server-error)');
    expect(result.stderr).toMatch(/search: 1 page, 0 resources printed; 2 queries sent, 1 retry/);
    expect(leaksKey(result)).toBe(false);
  });
});
