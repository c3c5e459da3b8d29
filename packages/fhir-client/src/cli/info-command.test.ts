import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCommandLine } from './command-line.js';
import { ExitCode } from './exit-codes.js';
import { infoCommandOf, infoText } from './info-command.js';
import { runCli } from './run-cli.js';
import { createCliLauncher } from './test-support/run-cli-process.js';

/** Runs `runCli` in process, collecting what it writes. */
async function runInProcess(argv: readonly string[]): Promise<{ code: ExitCode; stdout: string }> {
  let stdout = '';
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        write(chunk.toString());
        done();
      },
    });
  const code = await runCli(argv, {
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink(() => {}),
    env: {},
  });
  return { code, stdout };
}

describe('the bin answers help and version before loading the commands', () => {
  const shortcuts = [['--help'], ['-h'], ['help'], ['--version'], ['version']] as const;

  it('only for argument lists that the full command line reads as the same request', async () => {
    for (const argv of shortcuts) {
      const command = infoCommandOf(argv);
      expect(command, argv.join(' ')).toBe(readCommandLine(argv, {}).command);
      expect(await runInProcess(argv)).toEqual({
        code: ExitCode.Ok,
        stdout: await infoText(command ?? 'help'),
      });
    }
  });

  it('leaves every other argument list to runCli, including help asked for after a command', () => {
    for (const argv of [
      [],
      ['--help', '--help'],
      ['search', 'Patient', '--help'],
      ['-V'],
      ['--HELP'],
      ['--help=1'],
    ]) {
      expect(infoCommandOf(argv), argv.join(' ')).toBeUndefined();
    }
  });

  it('prints, from the bin, byte for byte what runCli prints', async () => {
    const cli = await createCliLauncher();
    for (const argv of shortcuts) {
      const fromBin = await cli.run(argv);
      const inProcess = await runInProcess(argv);
      expect({ code: fromBin.exitCode, stdout: fromBin.stdout, stderr: fromBin.stderr }).toEqual({
        code: inProcess.code,
        stdout: inProcess.stdout,
        stderr: '',
      });
    }
  });
});
