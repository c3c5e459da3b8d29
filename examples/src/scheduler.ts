/**
 * Scheduler example (issue #5): poll today's appointments of 50 GPs at 3 practices every minute
 * for a working day, against the testkit mock server's fault schedule (one practice offline for
 * 10 minutes, one GP away, a rate-limit burst), with the resilience policy and with a naive
 * fixed-interval poller. Prints the queries each sent and how soon after each recovery the first
 * successful query came.
 *
 * Everything runs on a manual clock. The full day (about 70,000 requests over three pollers) goes
 * through the real client and the mock server's real request-handling core and fault schedule, its
 * `fetch` calling that core in-process (`createMockFhirFetch`): over HTTP it would take minutes on
 * a small machine. The policy's run goes to a second process to use a second core. A 15-minute
 * slice with the same faults then runs over both transports, real sockets on 127.0.0.1 and
 * in-process, and the two must give the same figures; and the day's figures must be the ones the
 * README quotes.
 *
 * Run: `pnpm --filter @halo-fhir/examples scheduler`
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createManualClock } from '@halo-fhir/fhir-client';
import { mockServerNaivePoller, mockServerPolicyPoller, Transport } from './scheduler/mock-server-network.js';
import { formatPolicyStats, formatResults } from './scheduler/report.js';
import { type DayResult, runDay } from './scheduler/run-day.js';
import { liveSlice, type Scenario, workingDay } from './scheduler/scenario.js';

/** The pollers compared, by the name printed in the table. */
export const Poller = {
  Naive: 'naive fixed interval',
  Policy: 'resilience policy (defaults)',
  PolicyLongBreaker: 'policy, breaker open up to 30 min',
} as const;
export type Poller = (typeof Poller)[keyof typeof Poller];

/** One poller over the scenario, against the mock server reached over `transport`. */
export async function runPoller(
  scenario: Scenario,
  poller: Poller,
  transport: Transport,
): Promise<DayResult> {
  const clock = createManualClock(scenario.start);
  const backend =
    poller === Poller.Naive
      ? await mockServerNaivePoller(scenario, clock, transport)
      : await mockServerPolicyPoller(
          scenario,
          clock,
          transport,
          poller === Poller.PolicyLongBreaker ? { breakerMaxOpenMs: 30 * 60_000 } : {},
        );
  return runDay(scenario, poller, backend);
}

/** The three pollers over the scenario, one after another, in-process. */
export async function simulateDay(scenario: Scenario): Promise<DayResult[]> {
  return [
    await runPoller(scenario, Poller.Naive, Transport.InProcess),
    await runPoller(scenario, Poller.Policy, Transport.InProcess),
    await runPoller(scenario, Poller.PolicyLongBreaker, Transport.InProcess),
  ];
}

const childFlag = '--scheduler-poller';

/** Runs the working day's policy poller in a child process (its slowest run) beside the other two. */
async function simulateWorkingDayOnTwoCores(): Promise<DayResult[]> {
  const child = fork(fileURLToPath(import.meta.url), [childFlag, Poller.Policy]);
  const policy = new Promise<DayResult>((resolve, reject) => {
    child.once('message', (message) => resolve(message as DayResult));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`scheduler: the policy's run exited with ${code}`)));
  });
  const naive = await runPoller(workingDay, Poller.Naive, Transport.InProcess);
  const longBreaker = await runPoller(workingDay, Poller.PolicyLongBreaker, Transport.InProcess);
  return [naive, await policy, longBreaker];
}

/** The live slice over real sockets and in-process: the two transports must agree. */
export async function runLiveSlice(
  scenario: Scenario = liveSlice,
): Promise<{ http: DayResult[]; inProcess: DayResult[] }> {
  const both = (transport: Transport) =>
    Promise.all([Poller.Naive, Poller.Policy].map((poller) => runPoller(scenario, poller, transport)));
  return { http: await both(Transport.Http), inProcess: await both(Transport.InProcess) };
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

/** Differences between the HTTP run and the in-process run, as readable lines (none when they agree). */
export function differences(http: readonly DayResult[], inProcess: readonly DayResult[]): string[] {
  return http.flatMap((result, index) => {
    const expected = inProcess[index];
    if (!expected) return [`${result.poller}: no in-process result`];
    const a = comparable(result);
    const b = comparable(expected);
    return (Object.keys(a) as (keyof typeof a)[])
      .filter((key) => a[key] !== b[key])
      .map((key) => `${result.poller}: ${key} HTTP ${String(a[key])} vs in-process ${String(b[key])}`);
  });
}

const readme = (): string => readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

async function main(): Promise<void> {
  const started = performance.now();
  const day = await simulateWorkingDayOnTwoCores();
  console.log(`Scheduler, ${workingDay.title}`);
  console.log('(simulated clock; real client, mock server core and fault schedule, in-process fetch)');
  console.log(
    `faults: ${workingDay.practices[workingDay.offline.practice]?.name} offline 11:00-11:10, ` +
      `GP ${workingDay.away.gp} of ${workingDay.practices[workingDay.away.practice]?.name} away all day, ` +
      `every request rate-limited 14:00-14:02 (Retry-After ${workingDay.rateLimit.retryAfterSeconds} s)\n`,
  );
  const table = formatResults(day);
  console.log(table);
  console.log();
  for (const result of day) if (result.stats) console.log(formatPolicyStats(result));

  const { http, inProcess } = await runLiveSlice();
  console.log(`\nLive check, ${liveSlice.title}: real client and mock server over HTTP (127.0.0.1)\n`);
  console.log(formatResults(http));
  const diff = differences(http, inProcess);
  console.log(
    diff.length === 0
      ? '\nThe in-process transport gives the same figures for this slice.'
      : `\nThe in-process transport differs from HTTP:\n  ${diff.join('\n  ')}`,
  );
  // The README quotes this run: a change of behaviour must change the README too.
  const quoted = readme().includes(table);
  if (!quoted) console.error('\nscheduler: the README resilience section does not quote this day table');
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s of real time)`);
  if (diff.length > 0 || !quoted) process.exitCode = 1;
}

async function child(poller: Poller): Promise<void> {
  const result = await runPoller(workingDay, poller, Transport.InProcess);
  await new Promise<void>((resolve, reject) =>
    process.send?.(result, (error: Error | null) => (error ? reject(error) : resolve())),
  );
  process.disconnect?.();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The simulated clock never moves while a request is on the wire: a hung exchange would hang CI.
  const watchdog = setTimeout(() => {
    console.error('scheduler: no result after 150 s of real time; giving up');
    process.exit(1);
  }, 150_000);
  watchdog.unref();
  const childPoller = process.argv[2] === childFlag ? (process.argv[3] as Poller) : undefined;
  (childPoller === undefined ? main() : child(childPoller)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
