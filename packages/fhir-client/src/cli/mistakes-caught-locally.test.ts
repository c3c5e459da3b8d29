import { readFileSync } from 'node:fs';
import type { MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { keyEnv, leaksKey, startCliServer } from './test-support/cli-server.js';
import { type CliLauncher, createCliLauncher } from './test-support/run-cli-process.js';

// Every mistake here is caught on this machine: exit 2, one line naming the fault (and the nearest
// right answer), and nothing sent, as the mock's request log shows.
let cli: CliLauncher;
let server: MockFhirServer;
beforeAll(async () => {
  [server, cli] = await Promise.all([startCliServer(), createCliLauncher()]);
});
afterAll(() => server.close());

const errorLine = (stderr: string) =>
  stderr.split('\n').find((line) => line.startsWith('fhir-client: error: ')) ?? '';

async function refused(args: readonly string[]): Promise<string> {
  const before = server.requests.length;
  const result = await cli.run(args, { env: keyEnv });
  expect(result.exitCode).toBe(ExitCode.Usage);
  expect(result.stdout).toBe('');
  expect(leaksKey(result)).toBe(false);
  expect(server.requests.length).toBe(before);
  return errorLine(result.stderr);
}

describe('fhir-client catches mistakes before sending anything', () => {
  it('names the option meant for a misspelt one, in plain words', async () => {
    const base = ['search', 'Patient?_count=1', '--base-url', server.baseUrl()];
    expect(await refused([...base, '--max-page', '2'])).toBe(
      'fhir-client: error: usage: unknown option --max-page: did you mean --max-pages? Run fhir-client --help for usage.',
    );
    expect(await refused([...base, '--with-include'])).toContain('did you mean --with-included?');
    expect(await refused([...base, '--colour'])).toBe(
      'fhir-client: error: usage: unknown option --colour. Run fhir-client --help for usage.',
    );
    expect(await refused([...base, '--all=yes'])).toContain('--all takes no value (got "--all=yes")');
    expect(await refused(['search', 'Patient', '--base-url'])).toContain(
      '--base-url needs a value, e.g. --base-url URL',
    );
    expect(await refused([...base, '--max-pages', '--all'])).toContain(
      '--max-pages needs a value, e.g. --max-pages N',
    );
  });

  it('names the command meant for a misspelt one', async () => {
    expect(await refused(['serch', 'Patient', '--base-url', server.baseUrl()])).toContain(
      'unknown command "serch" (did you mean search?): use search, read, capabilities or sql',
    );
    expect(await refused(['capability', '--base-url', server.baseUrl()])).toContain(
      '(did you mean capabilities?)',
    );
  });

  it('refuses a site that is not a GUID, in --site and in a Halo --base-url', async () => {
    expect(await refused(['search', 'Patient', '--site', 'not-a-guid'])).toContain(
      `--site must be the practice's Halo GUID, e.g. 3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b (got "not-a-guid")`,
    );
    const badBase = server.baseUrl().replace(server.siteGuids[0] ?? '', 'not-a-guid');
    expect(await refused(['search', 'Patient', '--base-url', badBase])).toContain(
      `must be the practice's Halo GUID, e.g. 3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b (got "not-a-guid")`,
    );
  });

  it('refuses a resource type R4 does not define, naming the one meant (a case mistake as such)', async () => {
    expect(await refused(['search', 'Apointment?date=2026-11-26', '--base-url', server.baseUrl()])).toBe(
      'fhir-client: error: invalid query: "Apointment" is not an R4 resource type: did you mean Appointment? ' +
        'For a type the server defines itself, pass --rules lenient. Nothing was sent.',
    );
    expect(await refused(['search', 'patient?name=smith', '--base-url', server.baseUrl()])).toContain(
      '"patient" is not an R4 resource type (resource types are case-sensitive): did you mean Patient?',
    );
    expect(await refused(['read', 'patient/pat-1', '--base-url', server.baseUrl()])).toContain(
      '"patient" is not an R4 resource type (resource types are case-sensitive): did you mean Patient?',
    );
    expect(await refused(['read', 'Pateint/pat-1', '--base-url', server.baseUrl()])).toContain(
      'did you mean Patient?',
    );
  });

  it('refuses a search parameter the type does not have, naming the one meant', async () => {
    expect(await refused(['search', 'Patient?nmae=smith', '--base-url', server.baseUrl()])).toContain(
      'Search parameter "nmae": Patient has no search parameter "nmae" in R4; did you mean "name"?',
    );
    expect(await refused(['search', 'Appointment?_cont=5', '--base-url', server.baseUrl()])).toContain(
      'did you mean "_count"?',
    );
  });

  it('under --rules r4 (the default for plain FHIR servers) warns of a near miss, and sends it as written', async () => {
    const before = server.requests.length;
    const result = await cli.run(
      ['search', 'Patient?nmae=smith&x-practice-flag=1', '--base-url', server.baseUrl(), '--rules', 'r4'],
      { env: keyEnv },
    );
    const warnings = result.stderr.split('\n').filter((line) => line.startsWith('fhir-client: warning: '));
    expect(warnings).toEqual([
      'fhir-client: warning: Patient has no search parameter "nmae" in R4: did you mean "name"? Sent as written, since --rules r4 keeps a server\'s own parameters (--rules strict refuses them)',
    ]);
    expect(server.requests.slice(before).map((request) => request.params.get('nmae'))).toEqual(['smith']);
  });

  it('refuses a query URL on another server instead of re-pointing it at --base-url, saying how to query either', async () => {
    const line = await refused([
      'search',
      'https://other.example/fhir/R4/Patient?_count=1',
      '--base-url',
      server.baseUrl(),
    ]);
    expect(line).toContain(
      'the query names the FHIR base https://other.example/fhir/R4/, not the one of --base-url',
    );
    expect(line).toContain('To search that server, pass --base-url https://other.example/fhir/R4/');
    expect(line).toContain(`to search --base-url, write the query without its base: 'Patient?_count=1'`);
    // A URL under the configured base (e.g. a next link copied from an earlier run) is searched as given.
    const before = server.requests.length;
    const same = await cli.run(
      ['search', `${server.baseUrl()}/Patient?_count=1`, '--base-url', server.baseUrl()],
      {
        env: keyEnv,
      },
    );
    expect(same.exitCode).toBe(ExitCode.Ok);
    expect(server.requests.length).toBe(before + 1);
  });
});

describe('fhir-client --version', () => {
  it('prints the version from the package manifest, sending nothing', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const before = server.requests.length;
    for (const args of [['--version'], ['version'], ['search', 'Patient', '--version']]) {
      const result = await cli.run(args);
      expect(result.exitCode).toBe(ExitCode.Ok);
      expect(result.stdout).toBe(`fhir-client ${manifest.version}\n`);
    }
    expect(server.requests.length).toBe(before);
  });
});
