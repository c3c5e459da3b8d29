import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { differences, runLiveSlice, simulateDay } from './scheduler.js';
import { formatResults } from './scheduler/report.js';
import { halfHour } from './scheduler/scenario.js';

// The full working day runs in the example itself (CI runs it, and it fails when the README no
// longer quotes its table); the test runs the same pollers over a shorter day with the same faults.
describe('scheduler example', () => {
  test('against the mock server core the policy sends fewer queries than a naive poller and stops asking for the away GP', async () => {
    const [naive, policy, longBreaker] = await simulateDay(halfHour);
    const gps = halfHour.practices.reduce((sum, practice) => sum + practice.gps, 0);
    expect(naive?.queriesSent).toBe(halfHour.minutes * gps);
    expect(naive?.queriesAboutAwayGp).toBe(halfHour.minutes);
    for (const smart of [policy, longBreaker]) {
      expect(smart!.queriesSent).toBeLessThan(naive!.queriesSent);
      expect(smart!.queriesAboutAwayGp).toBe(1);
      expect(smart!.siteRecoverySeconds).toBeDefined();
      expect(smart!.rateLimitRecoverySeconds).toBeLessThan(5);
      // every charged query is accounted for by the policy
      expect(smart!.stats?.queriesSent).toBe(smart!.queriesSent);
    }
    // the default breaker (open at most 1 min) finds the recovered practice within a minute (issue #6),
    // still sending at most 10% of the naive poller's queries into faults
    expect(policy!.siteRecoverySeconds!).toBeLessThanOrEqual(60);
    const intoFaults = (r: typeof naive) => r!.queriesSent - r!.succeeded;
    expect(intoFaults(policy)).toBeLessThanOrEqual(intoFaults(naive) * 0.1);
    // a breaker open up to 30 min trades recovery time for fewer queries into an outage
    expect(longBreaker!.siteRecoverySeconds!).toBeGreaterThan(policy!.siteRecoverySeconds! + 60);
    expect(intoFaults(longBreaker)).toBeLessThan(intoFaults(policy));
  });

  test('the real client gives the same figures over HTTP as over the in-process transport', async () => {
    const { http, inProcess } = await runLiveSlice();
    expect(differences(http, inProcess)).toEqual([]);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(formatResults(http));
    const [naive, policy] = http;
    expect(policy!.queriesSent).toBeLessThan(naive!.queriesSent);
    expect(policy!.queriesAboutAwayGp).toBe(1);
  });
});
