import type { MockFhirServer } from '@halo-fhir/fhir-testkit';
import { createFhirClient, parseSearch } from '@halo-fhir/fhir-client';
import type { Resource } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyEnv, leaksKey, startCliServer, TEST_KEY } from './test-support/cli-server.js';
import { type CliLauncher, createCliLauncher } from './test-support/run-cli-process.js';

const query = 'Appointment?date=2026-11-26&_include=Appointment:patient&_count=10';
let server: MockFhirServer;
let cli: CliLauncher;
let expected: { matches: string[]; included: string[]; pages: number };

beforeAll(async () => {
  [server, cli] = await Promise.all([startCliServer(), createCliLauncher()]);
  // The server's own answer, gathered through the library, is what the CLI must print.
  const client = createFhirClient({ baseUrl: server.baseUrl(), subscriptionKey: TEST_KEY });
  const all = await client.collect(parseSearch(query, { dates: 'halo' }));
  expected = {
    matches: all.matches.map((r) => `${r.resourceType}/${r.id}`),
    included: all.included.map((r) => `${r.resourceType}/${r.id}`),
    pages: all.pages,
  };
});
afterAll(() => server.close());

const references = (lines: readonly string[]) =>
  lines.map((line) => JSON.parse(line) as Resource).map((r) => `${r.resourceType}/${r.id}`);

describe.concurrent('fhir-client search', () => {
  it('prints the first page only by default, one JSON resource per line, and says more pages remain', async () => {
    const result = await cli.run(['search', query, '--base-url', server.baseUrl()], { env: keyEnv });
    expect(result.exitCode).toBe(0);
    expect(references(result.lines)).toEqual(expected.matches.slice(0, 10));
    expect(result.stderr).toMatch(/search: 1 page, 10 resources printed; more pages remain \(use --all/);
  });

  it('with --all prints every match of every page, each once, as many as the server matched', async () => {
    expect(expected.pages).toBeGreaterThan(2);
    const result = await cli.run(['search', query, '--base-url', server.baseUrl(), '--all'], {
      env: keyEnv,
    });
    expect(result.exitCode).toBe(0);
    expect(references(result.lines)).toEqual(expected.matches);
    expect(result.stderr).toContain(
      `search: ${expected.pages} pages, ${expected.matches.length} resources printed;`,
    );
    expect(result.stderr).toMatch(/\d+ links repaired/);
    expect(leaksKey(result)).toBe(false);
  });

  it('with --with-included prints the included patients of every page too, the repaired links keeping them', async () => {
    const result = await cli.run(
      ['search', query, '--base-url', server.baseUrl(), '--all', '--with-included', '--progress'],
      { env: keyEnv },
    );
    expect(result.exitCode).toBe(0);
    const printed = references(result.lines);
    expect(printed.filter((r) => r.startsWith('Appointment/'))).toEqual(expected.matches);
    expect(printed.filter((r) => r.startsWith('Patient/')).sort()).toEqual([...expected.included].sort());
    expect(new Set(printed).size).toBe(printed.length);
    // Progress (forced with --progress, as stderr is a pipe here) names the repair and each page.
    expect(result.stderr).toContain('page 2: next link had lost _include=Appointment:patient; restored');
    expect(result.stderr).toMatch(/page 2: \d+ matches and \d+ included/);
    expect(result.stderr).toContain(`(+${expected.included.length} included)`);
  });

  it('with --max-pages N stops after N pages without error', async () => {
    const result = await cli.run(['search', query, '--base-url', server.baseUrl(), '--max-pages', '2'], {
      env: keyEnv,
    });
    expect(result.exitCode).toBe(0);
    expect(references(result.lines)).toEqual(expected.matches.slice(0, 20));
    expect(result.stderr).toContain('stopped at --max-pages 2, more pages remain');
  });

  it('with --post sends the search as POST [type]/_search with a form body', async () => {
    const before = server.requests.length;
    const result = await cli.run(
      ['search', 'Patient?family=Smith&_count=5', '--base-url', server.baseUrl(), '--post'],
      { env: keyEnv },
    );
    expect(result.exitCode).toBe(0);
    const sent = server.requests.slice(before).filter((r) => r.path.endsWith('/Patient/_search'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.params.get('family')).toBe('Smith');
  });
});

describe.concurrent('fhir-client read and capabilities', () => {
  it('read prints the one resource as one JSON line', async () => {
    const result = await cli.run(['read', 'Practitioner/prac-1', '--base-url', server.baseUrl()], {
      env: keyEnv,
    });
    expect(result.exitCode).toBe(0);
    expect(result.lines).toHaveLength(1);
    expect(JSON.parse(result.lines[0] ?? '')).toMatchObject({ resourceType: 'Practitioner', id: 'prac-1' });
  });

  it('capabilities prints the CapabilityStatement as one JSON line', async () => {
    const result = await cli.run(['capabilities', '--base-url', server.baseUrl()], { env: keyEnv });
    expect(result.exitCode).toBe(0);
    expect(result.lines).toHaveLength(1);
    expect(JSON.parse(result.lines[0] ?? '')).toMatchObject({
      resourceType: 'CapabilityStatement',
      fhirVersion: '4.0.1',
    });
  });
});
