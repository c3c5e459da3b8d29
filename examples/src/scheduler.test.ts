import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { differences, runLiveSlice, simulateWorkingDay } from './scheduler.js';
import { formatResults } from './scheduler/report.js';
import { workingDay } from './scheduler/scenario.js';

describe('scheduler example', () => {
  test('over a working day the policy sends fewer queries than a naive poller and stops asking for the away GP', async () => {
    const [naive, policy, longBreaker] = await simulateWorkingDay();
    const polls = workingDay.minutes * 50;
    expect(naive?.queriesSent).toBe(polls);
    expect(naive?.queriesAboutAwayGp).toBe(workingDay.minutes);
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
    // the figures quoted in the README are this run's
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(formatResults([naive!, policy!, longBreaker!]));
  });

  test('the real client against the mock server over HTTP gives the same figures as the in-process model', async () => {
    const { live, model } = await runLiveSlice();
    expect(differences(live, model)).toEqual([]);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(formatResults(live));
    const [naive, policy] = live;
    expect(policy!.queriesSent).toBeLessThan(naive!.queriesSent);
    expect(policy!.queriesAboutAwayGp).toBe(1);
  });
});
