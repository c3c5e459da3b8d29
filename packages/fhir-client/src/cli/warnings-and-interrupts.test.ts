import { PassThrough, Writable } from 'node:stream';
import { createManualClock, createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { runCli, StopSignal } from './run-cli.js';
import { keyEnv, leaksKey, startCliServer, TEST_KEY } from './test-support/cli-server.js';
import { createCliLauncher } from './test-support/run-cli-process.js';

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

  it('exits 143 on SIGTERM with the summary line, like Ctrl-C', async () => {
    const controller = new AbortController();
    let lines = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        lines++;
        // A scheduler stops the run while the first page is being printed.
        if (lines === 3) controller.abort(StopSignal.Terminate);
        callback();
      },
    });
    const stderr = stderrText();
    const exitCode = await runCli(
      ['search', 'Appointment?date=2026-11-26&_count=10', '--base-url', server.baseUrl(), '--all'],
      { stdout, stderr: stderr.stream, env: keyEnv, signal: controller.signal },
    );
    expect(exitCode).toBe(ExitCode.Terminated);
    expect(lines).toBe(10);
    expect(stderr.text()).toMatch(/^fhir-client: search: 1 page, 10 resources printed; 1 query sent/m);
    expect(stderr.text()).toContain(
      'fhir-client: terminated (SIGTERM); the resources printed before this are complete.',
    );
  });
});

describe('fhir-client as a process, stopped by a signal while a page is pending', () => {
  it.each([
    ['SIGTERM', ExitCode.Terminated, 'terminated (SIGTERM)'],
    ['SIGINT', ExitCode.Interrupted, 'interrupted'],
  ] as const)('%s: summary line, then exit %i', async (signal, exitCode, said) => {
    const cli = await createCliLauncher();
    // A manual clock that never moves: the second page's latency never ends, so only the signal does.
    await using slow = await createMockFhirServer({
      subscriptionKey: TEST_KEY,
      sites: [{ guid: '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1c', size: 600 }],
      clock: createManualClock('2026-11-26T09:00:00+11:00'),
    });
    slow.faults.latency(60_000, { when: (request) => request.queryText.includes('_cursor') });

    const result = await cli.run(['search', 'Appointment?_count=10', '--base-url', slow.baseUrl(), '--all'], {
      env: keyEnv,
      stop: { signal, afterStdoutLines: 10 },
    });

    expect(result.exitCode).toBe(exitCode);
    expect(result.lines).toHaveLength(10);
    const stderrLines = result.stderr.split('\n').filter((line) => line !== '');
    expect(stderrLines.at(-2)).toMatch(/^fhir-client: search: 1 page, 10 resources printed; /);
    expect(stderrLines.at(-1)).toBe(`fhir-client: ${said}; the resources printed before this are complete.`);
    expect(leaksKey(result)).toBe(false);
  });
});
