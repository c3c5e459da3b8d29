/**
 * Scheduler example (issue #5): poll today's appointments of 50 GPs at 3 practices every minute
 * for a working day, against a fault schedule (one practice offline for 10 minutes, one GP away,
 * a rate-limit burst), with the resilience policy and with a naive fixed-interval poller. Prints
 * the queries each sent and how soon after each recovery the first successful query came.
 *
 * Everything runs on a manual clock, so a day takes seconds. The full day runs against an
 * in-process model of the practices (over HTTP it would take minutes on a small machine); a
 * 15-minute slice with the same faults then runs the real client against the testkit's mock
 * server over HTTP, and the model's figures for that slice are checked against it.
 *
 * Run: `pnpm --filter @halo-fhir/examples scheduler`
 */
import { pathToFileURL } from 'node:url';
import { createManualClock } from '@halo-fhir/fhir-client';
import { mockServerNaivePoller, mockServerPolicyPoller } from './scheduler/mock-server-network.js';
import { formatPolicyStats, formatResults } from './scheduler/report.js';
import { type DayResult, runDay } from './scheduler/run-day.js';
import { liveSlice, type Scenario, workingDay } from './scheduler/scenario.js';
import { simulatedNaivePoller, simulatedPolicyPoller } from './scheduler/simulated-network.js';

const NAIVE = 'naive fixed interval';
const POLICY = 'resilience policy (defaults)';
const POLICY_LONG_BREAKER = 'policy, breaker open up to 30 min';

/** The full day against the in-process model of the practices. */
export async function simulateWorkingDay(scenario: Scenario = workingDay): Promise<DayResult[]> {
  const clock = () => createManualClock(scenario.start);
  return [
    await runDay(scenario, NAIVE, simulatedNaivePoller(scenario, clock())),
    await runDay(scenario, POLICY, simulatedPolicyPoller(scenario, clock())),
    await runDay(
      scenario,
      POLICY_LONG_BREAKER,
      simulatedPolicyPoller(scenario, clock(), { breakerMaxOpenMs: 30 * 60_000 }),
    ),
  ];
}

/** The live slice twice: the real client against the mock server over HTTP, and the model. */
export async function runLiveSlice(
  scenario: Scenario = liveSlice,
): Promise<{ live: DayResult[]; model: DayResult[] }> {
  const clock = () => createManualClock(scenario.start);
  const live = [
    await runDay(scenario, NAIVE, await mockServerNaivePoller(scenario, clock())),
    await runDay(scenario, POLICY, await mockServerPolicyPoller(scenario, clock())),
  ];
  const model = [
    await runDay(scenario, NAIVE, simulatedNaivePoller(scenario, clock())),
    await runDay(scenario, POLICY, simulatedPolicyPoller(scenario, clock())),
  ];
  return { live, model };
}

const comparable = (r: DayResult) => ({
  queriesSent: r.queriesSent,
  succeeded: r.succeeded,
  failed: r.failed,
  refused: r.refused,
  queriesAboutAwayGp: r.queriesAboutAwayGp,
  siteRecoverySeconds: r.siteRecoverySeconds,
  rateLimitRecoverySeconds: r.rateLimitRecoverySeconds,
});

/** Differences between the live run and the model, as readable lines (none when they agree). */
export function differences(live: readonly DayResult[], model: readonly DayResult[]): string[] {
  return live.flatMap((result, index) => {
    const expected = model[index];
    if (!expected) return [`${result.poller}: no model result`];
    const a = comparable(result);
    const b = comparable(expected);
    return (Object.keys(a) as (keyof typeof a)[])
      .filter((key) => a[key] !== b[key])
      .map((key) => `${result.poller}: ${key} live ${String(a[key])} vs model ${String(b[key])}`);
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const day = await simulateWorkingDay();
  console.log(`Scheduler, ${workingDay.title} (simulated clock, in-process practices)`);
  console.log(
    `faults: ${workingDay.practices[workingDay.offline.practice]?.name} offline 11:00-11:10, ` +
      `GP ${workingDay.away.gp} of ${workingDay.practices[workingDay.away.practice]?.name} away all day, ` +
      `every request rate-limited 14:00-14:02 (Retry-After ${workingDay.rateLimit.retryAfterSeconds} s)\n`,
  );
  console.log(formatResults(day));
  console.log();
  for (const result of day) if (result.stats) console.log(formatPolicyStats(result));

  const { live, model } = await runLiveSlice();
  console.log(`\nLive check, ${liveSlice.title}: real client and mock server over HTTP (127.0.0.1)\n`);
  console.log(formatResults(live));
  const diff = differences(live, model);
  console.log(
    diff.length === 0
      ? '\nThe in-process model gives the same figures for this slice.'
      : `\nThe in-process model differs from the live run:\n  ${diff.join('\n  ')}`,
  );
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s of real time)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The simulated clock never moves while a request is on the wire: a hung exchange would hang CI.
  const watchdog = setTimeout(() => {
    console.error('scheduler: no result after 120 s of real time; giving up');
    process.exit(1);
  }, 120_000);
  watchdog.unref();
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
