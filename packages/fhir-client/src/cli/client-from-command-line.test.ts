import { describe, expect, it } from 'vitest';
import { clientFromCommandLine } from './client-from-command-line.js';
import { CliUsageError } from './cli-usage-error.js';
import { readCommandLine } from './command-line.js';

const guid = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';
const clientFor = (argv: string[], env: Record<string, string> = { HALO_SUBSCRIPTION_KEY: 'k' }) =>
  clientFromCommandLine(readCommandLine(argv, env));

describe('the client a command line connects with (nothing is sent to make it)', () => {
  it('--site with --env reaches that Halo environment, production by default, with the Halo behaviours on', () => {
    const stage = clientFor(['capabilities', '--site', guid, '--env', 'stage']);
    expect(stage.baseUrl).toBe(`https://api.stage.haloconnect.io/integrator/sites/${guid}/fhir/R4/`);
    expect(stage.haloBehaviours).toBe(true);
    expect(clientFor(['capabilities', '--site', guid]).baseUrl).toBe(
      `https://api.haloconnect.io/integrator/sites/${guid}/fhir/R4/`,
    );
  });

  it('--base-url reaches any FHIR server, the Halo behaviours on only for a Halo-shaped path', () => {
    expect(clientFor(['capabilities', '--base-url', 'https://hapi.fhir.org/baseR4']).haloBehaviours).toBe(
      false,
    );
    expect(
      clientFor(['capabilities', '--base-url', `http://127.0.0.1:4010/integrator/sites/${guid}/fhir/R4`])
        .haloBehaviours,
    ).toBe(true);
  });

  it('refuses a Halo site without a key, and --env without --site', () => {
    expect(() => clientFor(['capabilities', '--site', guid], {})).toThrow(CliUsageError);
    expect(() =>
      clientFor(['capabilities', '--base-url', 'https://x.example/fhir', '--env', 'stage']),
    ).toThrow('--env applies only with --site');
  });

  // That the tuning reaches the policy is shown by the exit-code tests (exactly N attempts sent).
  it('refuses resilience tuning out of range before anything is sent', () => {
    expect(() => clientFor(['capabilities', '--site', guid, '--max-attempts', '0'])).toThrow(
      '--max-attempts must be a whole number of at least 1',
    );
    expect(() => clientFor(['capabilities', '--site', guid, '--retry-delay-ms', '-5'])).toThrow(
      CliUsageError,
    );
  });
});
