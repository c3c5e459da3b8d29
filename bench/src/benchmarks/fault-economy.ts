import { createManualClock } from '@halo-fhir/fhir-client';
import { type DayResult, runDay } from '../../../examples/src/scheduler/run-day.js';
import { liveSlice, type Scenario, workingDay } from '../../../examples/src/scheduler/scenario.js';
import { naivePoller, policyPoller } from '../faults/pollers.js';
import type { BenchConfig } from '../config.js';
import { kyDefaultRetryPoller } from '../faults/ky-poller.js';
import { atMost, atMostRatio, formatCount } from '../measure.js';
import { type Figure, type Measurement, notAvailable, value } from '../report.js';

const benchmark = '5. Fault economy';

/** Queries that did not bring data back: every query sent minus the polls that succeeded. */
const wasted = (r: DayResult) => r.queriesSent - r.succeeded;

const seconds = (s: number | undefined): Measurement =>
  s === undefined ? notAvailable('no success after the recovery') : value(s, `${s.toFixed(0)} s`);

const count = (n: number): Measurement => value(n, formatCount(n));

/**
 * The scheduler example's scenario and day loop (examples/src/scheduler: every GP polled once a minute;
 * one practice offline 10 minutes, one GP away all day, every request rate-limited 2 minutes) on its
 * manual clock, against an in-process model of the practices that answers with the testkit's Halo
 * fixtures (`faults/practices.ts`), for three pollers: ours (the resilience policy with its defaults),
 * a naive fixed-interval poller, and ky with its default retry.
 */
export async function faultEconomy(
  config: BenchConfig,
  emit: (figure: Figure) => void,
  detail: (text: string) => void,
): Promise<void> {
  const scenario: Scenario = config.quick ? liveSlice : workingDay;
  const clock = () => createManualClock(scenario.start);
  const ours = await runDay(scenario, 'resilience policy (defaults)', policyPoller(scenario, clock()));
  const naive = await runDay(scenario, 'naive fixed interval', naivePoller(scenario, clock()));
  const kyRetry = await runDay(scenario, 'ky default retry', kyDefaultRetryPoller(scenario, clock()));
  // The example's second policy: breakers stay open at most 2 minutes instead of the default's longer cap.
  const shortBreaker = await runDay(
    scenario,
    'resilience policy, breaker open at most 2 min',
    policyPoller(scenario, clock(), { breakerMaxOpenMs: 120_000 }),
  );
  detail(
    `scenario: ${scenario.title}; manual clock, in-process practices answering with the testkit's Halo fixtures`,
  );
  for (const r of [ours, shortBreaker, naive, kyRetry]) {
    detail(
      `${r.poller}: ${formatCount(r.queriesSent)} queries sent (${formatCount(wasted(r))} brought no data), first success ${r.siteRecoverySeconds ?? 'n/a'} s after the practice came back and ${r.rateLimitRecoverySeconds ?? 'n/a'} s after the rate limit lifted; ${formatCount(r.polls)} polls (${formatCount(r.succeeded)} ok, ${formatCount(r.failed)} failed, ${formatCount(r.refused)} refused locally, ${formatCount(r.skipped)} skipped), ${formatCount(r.queriesAboutAwayGp)} queries about the away GP`,
    );
  }
  emit({
    benchmark,
    name: 'fault.siteRecovery seconds, ours with breakerMaxOpenMs 120 s vs naive fixed-interval poller',
    ours: seconds(shortBreaker.siteRecoverySeconds),
    baseline: seconds(naive.siteRecoverySeconds),
    better: 'lower',
    target: atMost(
      'first success within 60 simulated s of the practice coming back',
      shortBreaker.siteRecoverySeconds,
      60,
      's',
    ),
    note: `same policy with one option changed; it sent ${formatCount(wasted(shortBreaker))} queries into faults`,
  });
  for (const [baseline, label] of [
    [naive, 'naive fixed-interval poller'],
    [kyRetry, "ky's default retry"],
  ] as const) {
    const isNaive = baseline === naive;
    emit({
      benchmark,
      name: `fault.queriesIntoFaults vs ${label}`,
      ours: count(wasted(ours)),
      baseline: count(wasted(baseline)),
      better: 'lower',
      ...(isNaive
        ? {
            target: atMostRatio(
              "at most 10% of the naive poller's queries (into faults)",
              wasted(ours),
              wasted(baseline),
              0.1,
            ),
          }
        : {}),
      note: 'queries sent that brought no data back (sent − successful polls)',
    });
    emit({
      benchmark,
      name: `fault.queriesSent (all) vs ${label}`,
      ours: count(ours.queriesSent),
      baseline: count(baseline.queriesSent),
      better: 'lower',
      note: 'every GP is polled every minute, so most queries are the schedule itself',
    });
    emit({
      benchmark,
      name: `fault.siteRecovery seconds to first success vs ${label}`,
      ours: seconds(ours.siteRecoverySeconds),
      baseline: seconds(baseline.siteRecoverySeconds),
      better: 'lower',
      ...(isNaive
        ? {
            target: atMost(
              'first success within 60 simulated s of the practice coming back',
              ours.siteRecoverySeconds,
              60,
              's',
            ),
          }
        : {}),
    });
    emit({
      benchmark,
      name: `fault.rateLimitRecovery seconds to first success vs ${label}`,
      ours: seconds(ours.rateLimitRecoverySeconds),
      baseline: seconds(baseline.rateLimitRecoverySeconds),
      better: 'lower',
      ...(isNaive
        ? {
            target: atMost(
              'first success within 60 simulated s of the rate limit lifting',
              ours.rateLimitRecoverySeconds,
              60,
              's',
            ),
          }
        : {}),
    });
    emit({
      benchmark,
      name: `fault.queriesAboutAwayGp vs ${label}`,
      ours: count(ours.queriesAboutAwayGp),
      baseline: count(baseline.queriesAboutAwayGp),
      better: 'lower',
    });
  }
}
