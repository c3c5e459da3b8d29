import { PassThrough, Writable } from 'node:stream';
import type { MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { runCli } from './run-cli.js';
import { keyEnv, startCliServer } from './test-support/cli-server.js';

let server: MockFhirServer;
beforeAll(async () => {
  server = await startCliServer();
});
afterAll(() => server.close());

function stderrText(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return { stream, text: () => text };
}

describe('fhir-client warnings and interrupts', () => {
  it('always prints a warning that changes what the output means (Halo never returns inactive records)', async () => {
    const stderr = stderrText();
    const stdout = new PassThrough();
    stdout.resume();
    const exitCode = await runCli(['search', 'Patient?active=false', '--base-url', server.baseUrl()], {
      stdout,
      stderr: stderr.stream,
      env: keyEnv,
    });
    expect(exitCode).toBe(ExitCode.Ok);
    expect(stderr.text()).toMatch(/^fhir-client: warning: .*inactive/m);
  });

  it('exits 130 on Ctrl-C, after the lines already printed', async () => {
    const controller = new AbortController();
    let lines = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        lines++;
        // The user presses Ctrl-C while the first page is being printed.
        if (lines === 3) controller.abort();
        callback();
      },
    });
    const stderr = stderrText();
    const exitCode = await runCli(
      ['search', 'Appointment?date=2026-11-26&_count=10', '--base-url', server.baseUrl(), '--all'],
      { stdout, stderr: stderr.stream, env: keyEnv, signal: controller.signal },
    );
    expect(exitCode).toBe(ExitCode.Interrupted);
    expect(lines).toBe(10);
    expect(stderr.text()).toContain(
      'fhir-client: interrupted; the resources printed before this are complete.',
    );
  });
});
