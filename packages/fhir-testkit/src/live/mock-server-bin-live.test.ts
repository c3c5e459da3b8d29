import type { Bundle } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { MockServerUsageError, startMockServerFromArgs } from '../server/cli.js';
import type { LiveChange } from './live-practice.js';
import { changesControlPath } from './live-sites.js';

const start = (args: string[]) => startMockServerFromArgs(args, {}, () => undefined);

describe('fhir-mock-server: data around an anchor, and a live practice', () => {
  it('generates the book around --anchor for --days-back/--days-forward, and serves the changes log with --live', async () => {
    await using server = (await start([
      '--anchor',
      '2026-11-26T09:00:00+11:00',
      '--days-back',
      '1',
      '--days-forward',
      '0',
      '--live',
      '--live-seed',
      '3',
      '--live-rate',
      '60',
    ]))!;
    const headers = { 'Ocp-Apim-Subscription-Key': server.subscriptionKey };
    const count = async (day: string) =>
      (
        (await (
          await fetch(`${server.baseUrl()}/Appointment?date=${day}&_summary=count`, { headers })
        ).json()) as Bundle
      ).total;
    expect(await count('2026-11-25')).toBeGreaterThan(0);
    expect(await count('2026-11-26')).toBeGreaterThan(0);
    expect(await count('2026-11-27')).toBe(0);
    const log = await fetch(`${server.url}${changesControlPath}?since=0`);
    expect(log.status).toBe(200);
    expect(Array.isArray(((await log.json()) as { changes: LiveChange[] }).changes)).toBe(true);
  });

  it('says what to change for a bad anchor or rate', async () => {
    await expect(start(['--anchor', 'soon'])).rejects.toThrowError(MockServerUsageError);
    await expect(start(['--anchor', 'soon'])).rejects.toThrowError(/--anchor takes an ISO date-time/);
    await expect(start(['--live-rate', '601'])).rejects.toThrowError(/--live-rate takes 0-600/);
    await expect(start(['--days-back=-1'])).rejects.toThrowError(/--days-back takes a whole number/);
  });
});
