import { PassThrough } from 'node:stream';
import { createMockFhirServer } from '@halo-fhir/fhir-testkit';
import { expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { runCli, StopSignal } from './run-cli.js';
import { keyEnv, TEST_KEY } from './test-support/cli-server.js';

const site = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';

it('Ctrl-C while an --async query waits exits 130, after naming the query (it keeps running at Halo) and sending it once', async () => {
  await using server = await createMockFhirServer({
    subscriptionKey: TEST_KEY,
    sites: [{ guid: site, size: 20 }],
  });
  server.sql.define(site, { handlers: [{ match: 'SELECT 1 AS one', result: { rows: [{ one: 1 }] } }] });
  // The practice's queue is busy for an hour: the query stays queued while the CLI waits.
  server.sql.blockQueue(site, { forMs: 3_600_000 });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  const controller = new AbortController();
  const submitted = new Promise<void>((resolve) => {
    stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
      if (err.includes('submitted')) resolve();
    });
  });
  const exit = runCli(['sql', 'SELECT 1 AS one', '--base-url', server.siteUrl(site), '--async'], {
    stdout,
    stderr,
    env: keyEnv,
    signal: controller.signal,
  });
  await submitted;
  controller.abort(StopSignal.Interrupt);
  expect(await exit).toBe(ExitCode.Interrupted);
  const [query] = server.sql.queries(site);
  expect(server.sql.billedQueries(site)).toBe(1);
  expect(err).toContain(`async query ${query?.id} submitted; waiting for it to finish`);
  expect(err).toMatch(/sql: 0 rows printed \(async query [0-9a-f-]+\); 1 query sent/);
  expect(err).toMatch(/interrupted/);
  expect(stdout.read()).toBeNull();
});
