import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MockServerUsageError, startMockServerFromArgs } from './cli.js';

const started = async (args: readonly string[]) => {
  const lines: string[] = [];
  const server = await startMockServerFromArgs(args, {}, (line) => lines.push(line));
  await server?.close();
  return { server, lines };
};

describe('fhir-mock-server bin: --version and misspelt options', () => {
  it('prints its version from the package manifest and starts no server', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const { server, lines } = await started(['--version']);
    expect(server).toBeUndefined();
    expect(lines).toEqual([`fhir-mock-server ${manifest.version}`]);
  });

  it('names the option meant for a misspelt one, and starts no server', async () => {
    for (const [args, first] of [
      [['--prot', '0'], 'unknown option --prot: did you mean --port?'],
      [['--page-sise', '5'], 'unknown option --page-sise: did you mean --page-size?'],
      [['--sql-datbase', 'x.json'], 'unknown option --sql-datbase: did you mean --sql-database?'],
      [['--colour'], 'unknown option --colour'],
    ] as const) {
      const error = await startMockServerFromArgs(args, {}, () => undefined).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(MockServerUsageError);
      expect((error as Error).message.split('\n')[0]).toBe(first);
      expect((error as Error).message).toContain('Usage: fhir-mock-server');
    }
  });
});
