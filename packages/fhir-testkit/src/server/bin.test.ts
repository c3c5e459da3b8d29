import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MockServerUsageError, startMockServerFromArgs } from './cli.js';

describe('fhir-mock-server bin', () => {
  it('runs as its own process, prints its URL as JSON, serves requests, takes faults over HTTP, stops on SIGTERM', async () => {
    const bin = fileURLToPath(new URL('./bin.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--conditions=@halo-fhir/source', '--import', 'tsx', bin, '--size', '80'],
      {
        env: { ...process.env, FHIR_MOCK_SUBSCRIPTION_KEY: 'bin-secret' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const lines = createInterface({ input: child.stdout });
      const [firstLine] = (await once(lines, 'line')) as [string];
      expect(firstLine).not.toContain('bin-secret');
      const started = JSON.parse(firstLine) as { url: string; baseUrl: string; sites: string[] };
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${started.baseUrl}/Patient?_count=1`, {
        headers: { 'Ocp-Apim-Subscription-Key': 'bin-secret' },
      });
      expect(response.status).toBe(200);
      const scheduled = await fetch(`${started.url}/__mock/faults`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'html502', count: 1 }),
      });
      expect(scheduled.status).toBe(201);
      const failed = await fetch(`${started.baseUrl}/metadata`, {
        headers: { 'Ocp-Apim-Subscription-Key': 'bin-secret' },
      });
      expect(failed.status).toBe(502);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('applies profile, quirk switches and sites from the command line', async () => {
    const lines: string[] = [];
    const server = await startMockServerFromArgs(
      [
        '--profile',
        'fhir',
        '--quirk',
        'strictDates=on',
        '--site',
        'ABC-1',
        '--site',
        'def-2',
        '--size',
        '60',
      ],
      {},
      (line) => lines.push(line),
    );
    try {
      expect(server?.siteGuids).toEqual(['abc-1', 'def-2']);
      expect(server?.quirks.strictDates).toBe(true);
      expect(server?.quirks.requireSubscriptionKey).toBe(false);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ sites: ['abc-1', 'def-2'] });
    } finally {
      await server?.close();
    }
  });

  it('prints usage for --help and refuses bad options with a message saying what to change', async () => {
    const lines: string[] = [];
    expect(await startMockServerFromArgs(['--help'], {}, (line) => lines.push(line))).toBeUndefined();
    expect(lines[0]).toContain('Usage: fhir-mock-server');
    const refused = (args: string[]) => startMockServerFromArgs(args, {}, () => {});
    await expect(refused(['--profile', 'hapi'])).rejects.toThrow(/--profile takes halo or fhir/);
    await expect(refused(['--quirk', 'nope=on'])).rejects.toThrow(MockServerUsageError);
    await expect(refused(['--port', 'x'])).rejects.toThrow(/--port takes a whole number/);
    await expect(refused(['--unknown'])).rejects.toThrow(/^unknown option --unknown\n/);
  });
});
