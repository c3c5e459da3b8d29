import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommandLine } from './command-line.js';
import { CliUsageError } from './cli-usage-error.js';
import { ExitCode } from './exit-codes.js';
import { runCli } from './run-cli.js';

/** Runs the CLI in this process over in-memory streams: nothing here reaches a network. */
async function runInMemory(argv: readonly string[], env: Record<string, string>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exitCode = await runCli(argv, { stdout, stderr, env });
  return { exitCode, text: out + err };
}

/** Keys as Halo (Azure API Management) issues them are hex; allow the base64 alphabet too. */
const key = fc
  .stringMatching(/^[A-Za-z0-9+/=_-]{6,40}$/)
  .filter((k) => !k.startsWith('-') && !['search', 'capabilities', 'stage', 'production'].includes(k));

/** Command lines that are each refused before any request, with the key where a message would quote it. */
const badCommandLines: readonly ((k: string) => string[])[] = [
  (k) => [k, '--base-url', 'http://127.0.0.1:9/fhir', '--subscription-key', k],
  (k) => ['read', `Patient/${k}!`, '--base-url', 'http://127.0.0.1:9/fhir', `--subscription-key=${k}`],
  (k) => ['capabilities', '--site', 'abc', '--env', k],
  (k) => ['search', 'Patient', '--base-url', 'http://127.0.0.1:9/fhir', '--max-pages', `${k}x`],
  (k) => [
    'search',
    `Patient?birthdate=${encodeURIComponent(k)}Z`,
    '--base-url',
    'http://127.0.0.1:9/fhir',
    '--dates',
    'halo',
  ],
  (k) => ['search', 'Patient', '--base-url', `http://127.0.0.1:9/fhir?key=${encodeURIComponent(k)}`],
  (k) => ['capabilities', '--site', 'abc', `--${k}`],
  (k) => ['search', 'Patient', '--base-url', 'http://127.0.0.1:9/fhir', '--time-zone', `${k}/Nowhere`],
];

describe('the command line', () => {
  it('never shows the key, wherever a bad command line carries it', async () => {
    await fc.assert(
      fc.asyncProperty(key, fc.constantFrom(...badCommandLines), async (k, argvOf) => {
        const result = await runInMemory(argvOf(k), { HALO_SUBSCRIPTION_KEY: k });
        expect(result.exitCode).toBe(ExitCode.Usage);
        expect(result.text).not.toContain(k);
        expect(result.text).not.toContain(encodeURIComponent(k));
      }),
      { numRuns: 60 },
    );
  });

  it('reads --max-pages as exactly the whole number given, and refuses anything else as usage', () => {
    const base = ['search', 'Patient', '--base-url', 'http://127.0.0.1:9/fhir'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (pages) => {
        expect(readCommandLine([...base, '--max-pages', String(pages)], {}).maxPages).toBe(pages);
      }),
    );
    fc.assert(
      fc.property(
        fc
          .string()
          .filter((text) => !/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))),
        (text) => {
          expect(() => readCommandLine([...base, `--max-pages=${text}`], {})).toThrow(CliUsageError);
        },
      ),
    );
  });

  it('follows one page by default, every page with --all, and takes the key from the flag over the environment', () => {
    const base = ['search', 'Patient', '--base-url', 'http://127.0.0.1:9/fhir'];
    expect(readCommandLine(base, {}).maxPages).toBe(1);
    expect(readCommandLine([...base, '--all'], {}).maxPages).toBeUndefined();
    expect(readCommandLine([...base, '--all', '--max-pages', '3'], {}).maxPages).toBe(3);
    expect(readCommandLine(base, { HALO_SUBSCRIPTION_KEY: 'env-key' }).subscriptionKey).toBe('env-key');
    expect(
      readCommandLine([...base, '--subscription-key', 'flag-key'], { HALO_SUBSCRIPTION_KEY: 'env-key' })
        .subscriptionKey,
    ).toBe('flag-key');
    expect(() => readCommandLine(['read', 'Patient/1', '--base-url', 'http://x/', '--all'], {})).toThrow(
      '--all applies only to the search command',
    );
  });
});
