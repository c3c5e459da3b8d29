/**
 * Fleet example (issue #16): the scheduler's scenario (3 practices, 50 GPs, one practice offline
 * 10 minutes, one GP away, a 2-minute rate-limit burst) polled by 4 worker processes, first with
 * one resilience state shared on Redis (`@halo-fhir/resilience-redis`), then with 4 private
 * in-memory states, beside a single process for the same scenario. Every worker is a real process
 * with the real client, talking over HTTP to the testkit's mock server. Prints the queries each run
 * sent into the faults, billed queries per practice, and seconds to the first success after each
 * recovery; exits non-zero when the Done-when numbers do not hold, or when the README no
 * longer quotes the table it prints.
 *
 * Time is simulated (see README, "Fleets"): the coordinator moves the mock's clock and every
 * worker's manual clock from one event to the next (a poll is due, a backoff or a 429 window ends),
 * one worker acting at a time, so the run is deterministic and a half hour takes seconds.
 *
 * Run: `pnpm --filter @halo-fhir/examples fleet` (uses REDIS_URL, or starts redis-server itself)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { halfHour, type Scenario } from './scheduler/scenario.js';
import { FleetState } from './fleet/protocol.js';
import { startFleetRedis } from './fleet/redis.js';
import { checkFleetResults, formatBilled, formatFleetResults } from './fleet/report.js';
import { type FleetResult, runFleet } from './fleet/run-fleet.js';

/** The three runs: one process, 4 workers sharing Redis, 4 workers with private state. */
export async function compareFleets(scenario: Scenario, workers = 4): Promise<FleetResult[]> {
  const redis = await startFleetRedis();
  try {
    return [
      await runFleet(scenario, { workers: 1, state: FleetState.Private, label: '1 process' }),
      await runFleet(scenario, {
        workers,
        state: FleetState.Shared,
        redisUrl: redis.url,
        label: `${workers} workers, state shared on Redis`,
      }),
      await runFleet(scenario, {
        workers,
        state: FleetState.Private,
        label: `${workers} workers, private state`,
      }),
    ];
  } finally {
    await redis.stop();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`fleet: ${halfHour.title}, over HTTP to the testkit mock server`);
  const results = await compareFleets(halfHour);
  console.log(formatFleetResults(results));
  console.log('\nbilled queries per practice');
  console.log(formatBilled(results));
  const problems = checkFleetResults(results);
  // The README quotes this table (Fleets): the run is deterministic, so a change shows up here.
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  if (!readme.includes(formatFleetResults(results))) {
    problems.push("README.md's Fleets section no longer quotes this table: paste the table above into it");
  }
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`fleet: ${problem}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
