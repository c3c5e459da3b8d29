import type { MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { keyEnv, startCliServer } from './test-support/cli-server.js';
import { type CliLauncher, createCliLauncher } from './test-support/run-cli-process.js';

// Issue 12's searches that R4 forbids: the CLI reads its query with the same rules as the builder, so
// each fails with exit 2 and the fault named, before any (charged) request.
const refused: readonly (readonly [query: string, fault: string])[] = [
  ['Patient?_include=Patient', '"_include": names no search parameter of Patient'],
  ['Patient?_has:Observation:status=active', '"_has:Observation:status": _has has no reference segment'],
  [
    'Patient?_has:Observation:encounter:status=final',
    '"_has:Observation:encounter:status": Observation encounter cannot point to Patient',
  ],
  [
    'Patient?organization.invalid=true',
    '"organization.invalid": Organization has no search parameter "invalid"',
  ],
  ['Observation?subject.name=peter', '"subject.name": an untyped chain needs a parameter every target'],
  ['RiskAssessment?probability=abc', '"probability": not a number'],
  ['Observation?value-quantity=5.4|a', '"value-quantity": a quantity is number, or number|system|code'],
  ['Patient?identifier:of-type=a|b', '"identifier:of-type": :of-type takes a type system|code and a value'],
  ['Patient?name:below=x', '"name:below": a string parameter takes no :below modifier'],
  ['Patient?_count=abc', '"_count": not a page size'],
  ['Patient?_total=bogus', '"_total": not one of the accepted values'],
  ['Patient?_summary=notarealvalue', '"_summary": not one of the accepted values'],
  ['ValueSet?url:contains=x', '"url:contains": a uri parameter takes no :contains modifier'],
];

let cli: CliLauncher;
let server: MockFhirServer;
beforeAll(async () => {
  [server, cli] = await Promise.all([startCliServer(), createCliLauncher()]);
});
afterAll(() => server.close());

const errorLine = (stderr: string) =>
  stderr.split('\n').find((line) => line.startsWith('fhir-client: error: ')) ?? '';

describe('fhir-client search under the search rules', () => {
  it.each(refused)('refuses %s with exit 2 and the fault named, sending nothing', async (query, fault) => {
    for (const rules of [[], ['--rules', 'r4']]) {
      const result = await cli.run(['search', query, '--base-url', server.baseUrl(), ...rules], {
        env: keyEnv,
      });
      expect(result.exitCode).toBe(ExitCode.Usage);
      expect(errorLine(result.stderr)).toContain(`invalid query: Search parameter ${fault}`);
      expect(result.stdout).toBe('');
    }
    expect(server.requests.filter((request) => !request.path.endsWith('/metadata'))).toHaveLength(0);
  });

  it('sends what R4 allows, and a server-specific parameter only under --rules r4 or lenient', async () => {
    const wildcard = await cli.run(
      ['search', 'Patient?_include=Patient:*&_count=2', '--base-url', server.baseUrl()],
      {
        env: keyEnv,
      },
    );
    expect(wildcard.exitCode).toBe(ExitCode.Ok);
    const custom = 'Patient?x-practice-flag=1&_count=2';
    const strict = await cli.run(['search', custom, '--base-url', server.baseUrl()], { env: keyEnv });
    expect(strict.exitCode).toBe(ExitCode.Usage);
    expect(errorLine(strict.stderr)).toContain(`Patient has no search parameter "x-practice-flag" in R4`);
    for (const rules of ['r4', 'lenient']) {
      const kept = await cli.run(['search', custom, '--base-url', server.baseUrl(), '--rules', rules], {
        env: keyEnv,
      });
      expect(kept.stderr).not.toContain('invalid query');
      expect(server.requests.at(-1)?.params.get('x-practice-flag')).toBe('1');
    }
    const bad = await cli.run(['search', custom, '--base-url', server.baseUrl(), '--rules', 'loose'], {
      env: keyEnv,
    });
    expect(bad.exitCode).toBe(ExitCode.Usage);
    expect(errorLine(bad.stderr)).toContain('--rules must be strict, r4 or lenient (got "loose")');
  });
});
