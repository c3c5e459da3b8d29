import { haloErrors, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { keyEnv, startCliServer } from './test-support/cli-server.js';
import { type CliLauncher, createCliLauncher } from './test-support/run-cli-process.js';

// One server per test: faults and the request log must not be shared by tests running at once.
// They are closed together at the end, since the tests run concurrently.
let cli: CliLauncher;
const servers: MockFhirServer[] = [];
beforeAll(async () => {
  cli = await createCliLauncher();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});
async function server(): Promise<MockFhirServer> {
  const started = await startCliServer();
  servers.push(started);
  return started;
}
/** The one error line the CLI printed. */
const errorLine = (stderr: string) =>
  stderr.split('\n').find((line) => line.startsWith('fhir-client: error: '));

describe.concurrent('fhir-client exit codes', () => {
  it('2 for bad usage, before anything is sent, with the problem and a pointer to --help', async () => {
    const mock = await server();
    const unknownOption = await cli.run(['search', 'Patient', '--base-url', mock.baseUrl(), '--colour'], {
      env: keyEnv,
    });
    expect(unknownOption.exitCode).toBe(ExitCode.Usage);
    expect(errorLine(unknownOption.stderr)).toMatch(/usage: .*--colour.*Run fhir-client --help/);
    const noConnection = await cli.run(['read', 'Patient/pat-1'], { env: keyEnv });
    expect(noConnection.exitCode).toBe(ExitCode.Usage);
    expect(errorLine(noConnection.stderr)).toContain('say where to connect: --base-url URL, or --site GUID');
    const noKeyForHalo = await cli.run(['capabilities', '--site', mock.siteGuids[0] ?? '', '--env', 'stage']);
    expect(noKeyForHalo.exitCode).toBe(ExitCode.Usage);
    expect(errorLine(noKeyForHalo.stderr)).toContain('set HALO_SUBSCRIPTION_KEY');
    expect(unknownOption.stdout + noConnection.stdout + noKeyForHalo.stdout).toBe('');
    expect(mock.requests).toHaveLength(0);
  });

  it('2 for a date Halo would reject, checked exactly as the builder checks it, with no request sent', async () => {
    const mock = await server();
    const result = await cli.run(
      ['search', 'Appointment?date=ge2026-11-26T09:00:00%2B11:00', '--base-url', mock.baseUrl()],
      {
        env: keyEnv,
      },
    );
    expect(result.exitCode).toBe(ExitCode.Usage);
    expect(errorLine(result.stderr)).toMatch(
      /invalid query: Search parameter "date": .*Accepted: YYYY-MM-DD; YYYY-MM-DDThh:mm:ss.*nothing was sent/,
    );
    expect(mock.requests).toHaveLength(0);
    // The same query passes with the R4 date rules (and then the server, strict as Halo, says no: 3).
    const fhirDates = await cli.run(
      [
        'search',
        'Appointment?date=ge2026-11-26T09:00:00%2B11:00',
        '--base-url',
        mock.baseUrl(),
        '--dates',
        'fhir',
      ],
      { env: keyEnv },
    );
    expect(fhirDates.exitCode).toBe(ExitCode.Rejected);
    expect(mock.requests).toHaveLength(1);
  });

  it('3 when the server rejects the request (404), the line saying what failed and what to do', async () => {
    const mock = await server();
    const result = await cli.run(['read', 'Patient/no-such-patient', '--base-url', mock.baseUrl()], {
      env: keyEnv,
    });
    expect(result.exitCode).toBe(ExitCode.Rejected);
    expect(errorLine(result.stderr)).toMatch(
      /GET .*Patient\/no-such-patient failed with 404 not-found.*\. \S/,
    );
    expect(mock.requests).toHaveLength(1);
  });

  it('4 for a 5xx that outlasts the retries (tuned fast with --max-attempts and --retry-delay-ms)', async () => {
    const mock = await server();
    mock.faults.failNext(2, haloErrors.serverError());
    const result = await cli.run(
      [
        'search',
        'Patient?_count=5',
        '--base-url',
        mock.baseUrl(),
        '--max-attempts',
        '2',
        '--retry-delay-ms',
        '0',
        '--progress',
      ],
      { env: keyEnv },
    );
    expect(result.exitCode).toBe(ExitCode.Failed);
    expect(mock.requests.map((request) => request.status)).toEqual([500, 500]);
    expect(result.stderr).toContain('retry: attempt 1 failed (500 server-error); waiting');
    expect(errorLine(result.stderr)).toMatch(
      /GET .*\/Patient\?_count=5 failed with 500 server-error: .*Back off/,
    );
    expect(result.stdout).toBe('');
  });

  it('4 when the site keeps failing and its circuit opens, with no advice to wait on a pause the process forgets', async () => {
    const mock = await server();
    mock.faults.siteOffline(mock.siteGuids[0] ?? '', { forMs: 10 * 60_000 });
    const result = await cli.run(
      ['search', 'Patient?_count=5', '--base-url', mock.baseUrl(), '--retry-delay-ms', '0', '--progress'],
      {
        env: keyEnv,
      },
    );
    expect(result.exitCode).toBe(ExitCode.Failed);
    // The breaker opens after three 503s in a row: the fourth attempt is never sent.
    expect(mock.requests.map((request) => request.status)).toEqual([503, 503, 503]);
    expect(result.stderr).toContain(`pause: circuit open for site ${mock.siteGuids[0]} until `);
    const line = errorLine(result.stderr) ?? '';
    expect(line).toMatch(
      /503 site-unavailable.*fhir-client stopped after 3 failures in a row rather than load the practice further\. Check that the practice is online \(its Halo Link running\), then run again in a few minutes\.$/,
    );
    expect(line).not.toMatch(/Paused|try again after/);
  });

  it('5 when the server names the time to come back (a Retry-After longer than the policy waits)', async () => {
    const mock = await server();
    mock.faults.rateLimit({ count: 1, retryAfterSeconds: 600 });
    const result = await cli.run(['search', 'Patient?_count=5', '--base-url', mock.baseUrl(), '--progress'], {
      env: keyEnv,
    });
    expect(result.exitCode).toBe(ExitCode.Paused);
    expect(mock.requests.map((request) => request.status)).toEqual([429]);
    // The integrator scope in words, not "integrator integrator".
    expect(result.stderr).toContain('pause: every request with this key paused until ');
    expect(errorLine(result.stderr)).toMatch(
      /429 rate-limited.*Paused: every request with this key until \d{4}-\d\d-\d\dT[\d:.]+Z \(rate-limited\); try again after that\.$/,
    );
  });

  it('5 when the GP is away today: that GP is paused until tomorrow at the practice', async () => {
    const mock = await server();
    mock.faults.practitionerAway(mock.siteGuids[0] ?? '', 'prac-1');
    const result = await cli.run(
      [
        'search',
        'Appointment?practitioner=Practitioner/prac-1&date=2026-11-26',
        '--base-url',
        mock.baseUrl(),
        '--time-zone',
        'Australia/Sydney',
      ],
      { env: keyEnv },
    );
    expect(result.exitCode).toBe(ExitCode.Paused);
    expect(mock.requests).toHaveLength(1);
    expect(errorLine(result.stderr)).toMatch(
      /practitioner-unavailable.*Paused: Practitioner\/prac-1 at this site until /,
    );
  });
});
