import { PassThrough, Writable } from 'node:stream';
import type { MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { runCli } from './run-cli.js';
import { keyEnv, startCliServer } from './test-support/cli-server.js';

// In-process runs, for what a subprocess with piped stdio cannot show: a terminal on stderr, and a
// reader that closes stdout early.
let server: MockFhirServer;
beforeAll(async () => {
  server = await startCliServer();
});
afterAll(() => server.close());

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return () => text;
}

/** Carriage return and erase-line: how a terminal's progress line is cleared. */
const clearLine = '\r\u001b[K';
const query = 'Appointment?date=2026-11-26&_include=Appointment:patient&_count=10';

describe('fhir-client on a terminal and in a pipe', () => {
  it('reports progress while stderr is a terminal, the page counter overwriting itself, then the summary', async () => {
    const stdout = new PassThrough();
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    const err = collect(stderr);
    collect(stdout);
    const exitCode = await runCli(['search', query, '--base-url', server.baseUrl(), '--max-pages', '3'], {
      stdout,
      stderr,
      env: keyEnv,
    });
    expect(exitCode).toBe(ExitCode.Ok);
    const text = err();
    // Page lines are written without a newline and cleared with CR + erase-line before the next one.
    expect(text).toContain(`fhir-client: page 1: 10 matches (10 resources so far)${clearLine}`);
    expect(text).toContain(
      'fhir-client: page 2: next link had lost _include=Appointment:patient; restored\n',
    );
    expect(text.trimEnd().split(clearLine).at(-1)).toMatch(
      /^fhir-client: search: 3 pages, 30 resources printed; stopped at --max-pages 3/,
    );
  });

  it('shows no progress when stderr is not a terminal, only the summary', async () => {
    const stderr = new PassThrough();
    const err = collect(stderr);
    const stdout = new PassThrough();
    collect(stdout);
    await runCli(['search', query, '--base-url', server.baseUrl(), '--max-pages', '2'], {
      stdout,
      stderr,
      env: keyEnv,
    });
    expect(err().trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^fhir-client: search: 2 pages, 20 resources printed; stopped at --max-pages 2/),
    ]);
  });

  it('stops quietly with 0 when the reader closes stdout (| head -1)', async () => {
    let written = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        written++;
        // The reader is gone after the first line: the next write fails as a closed pipe does.
        callback(written > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : null);
      },
    });
    const stderr = new PassThrough();
    const err = collect(stderr);
    const exitCode = await runCli(['search', query, '--base-url', server.baseUrl(), '--all'], {
      stdout,
      stderr,
      env: keyEnv,
    });
    expect(exitCode).toBe(ExitCode.Ok);
    expect(err()).not.toContain('error');
    expect(written).toBeLessThan(5);
  });
});
