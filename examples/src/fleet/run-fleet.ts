import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createManualClock, resilienceDefaults } from '@halo-fhir/fhir-client';
import type { RequestLogEntry } from '@halo-fhir/fhir-testkit';
import { scheduleFaults, startMockPractices, Transport } from '../scheduler/mock-server-network.js';
import { at, practitionerId, recoveries, type Scenario } from '../scheduler/scenario.js';
import { FleetState, type FromWorker, type PollResult, type StepReport, type ToWorker } from './protocol.js';

/** What one run of the fleet did, counted at the mock server (what Halo would bill) and by the workers. */
export interface FleetResult {
  readonly label: string;
  readonly workers: number;
  readonly state: FleetState;
  readonly queriesSent: number;
  /** Queries the mock answered with a fault: 503 offline, 400 GP away, 429 rate limit. */
  readonly intoFaults: number;
  readonly intoOffline: number;
  readonly intoAwayGp: number;
  readonly intoRateLimit: number;
  /** Queries that reached each practice (by name). */
  readonly billedByPractice: Readonly<Record<string, number>>;
  /** The shared store's own count per practice (Redis), to check against the mock's. */
  readonly storeBilledByPractice: Readonly<Record<string, number>> | undefined;
  /** The most probes the offline practice got within one breaker open time (30 s). */
  readonly maxProbesPerOpenPeriod: number;
  readonly probes: number;
  /** Times a worker lost Redis and decided on its own state. */
  readonly storeUnavailable: number;
  /** Queries about the away GP sent after the first worker learnt the GP was away. */
  readonly awayGpQueriesAfterLearnt: number;
  readonly siteRecoverySeconds: number | undefined;
  readonly rateLimitRecoverySeconds: number | undefined;
  readonly polls: { readonly ok: number; readonly failed: number; readonly refused: number };
}

const workerFile = fileURLToPath(new URL('./worker.ts', import.meta.url));

interface WorkerHandle {
  readonly child: ChildProcess;
  nextWakeAt: number | undefined;
  request(message: ToWorker): Promise<FromWorker>;
}

function forkWorker(): WorkerHandle {
  const child = fork(workerFile, [], { execArgv: ['--import', 'tsx', '--conditions=@halo-fhir/source'] });
  let waiting: { resolve: (message: FromWorker) => void; reject: (error: Error) => void } | undefined;
  child.on('message', (message: FromWorker) => {
    const current = waiting;
    waiting = undefined;
    current?.resolve(message);
  });
  child.on('exit', (code) => {
    if (code !== 0 && waiting) waiting.reject(new Error(`fleet: a worker exited with ${code}`));
  });
  return {
    child,
    nextWakeAt: undefined,
    request: (message) =>
      new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        child.send(message);
      }),
  };
}

/** A poll of one GP at one instant, handed to one worker (a job queue's turn). */
interface ScheduledJob {
  readonly id: number;
  readonly at: number;
  readonly minute: number;
  readonly worker: number;
  readonly guid: string;
  readonly practitioner: string;
}

/**
 * Every GP once a minute, the minute's polls spread evenly over it (a scheduler that fires them all
 * at once would send several into an outage before the first answer could pause it); the job for
 * GP j in minute m goes to worker (j + m) mod N, as a job queue would hand it to whichever is free.
 */
function jobsOf(scenario: Scenario, workers: number): ScheduledJob[] {
  const targets = scenario.practices.flatMap((practice) =>
    Array.from({ length: practice.gps }, (_, index) => ({
      guid: practice.guid,
      practitioner: practitionerId(index + 1),
    })),
  );
  const spacing = 60_000 / targets.length;
  return Array.from({ length: scenario.minutes }, (_, minute) =>
    targets.map((target, j) => ({
      id: minute * targets.length + j,
      at: at(scenario, minute) + Math.floor(j * spacing),
      minute,
      worker: (j + minute) % workers,
      ...target,
    })),
  ).flat();
}

/** The most events within any window of `windowMs`. */
function maxWithin(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j < sorted.length && (sorted[j] ?? 0) < (sorted[i] ?? 0) + windowMs) j++;
    most = Math.max(most, j - i);
  }
  return most;
}

/**
 * Runs the scenario with `workers` processes against the testkit's mock server over HTTP, their
 * resilience state shared on Redis or private. Time is simulated: the coordinator moves every clock
 * (the mock's and each worker's) from one event to the next, one worker acting at a time, so a run
 * is deterministic and a working half hour takes seconds.
 */
export async function runFleet(
  scenario: Scenario,
  options: {
    readonly workers: number;
    readonly state: FleetState;
    readonly redisUrl?: string;
    readonly label: string;
  },
): Promise<FleetResult> {
  const clock = createManualClock(scenario.start);
  const server = await startMockPractices(scenario, clock, Transport.Http);
  const beginMinute = scheduleFaults(server, scenario, clock);
  const integrator = `fleet-${process.pid}-${Date.now()}`;
  const handles = Array.from({ length: options.workers }, forkWorker);
  const finished: PollResult[] = [];
  const probeTimes: number[] = [];
  const offline = scenario.practices[scenario.offline.practice];
  const away = scenario.practices[scenario.away.practice];
  let awayLearntAt: number | undefined;
  let awayLearntAfterRequests: number | undefined;
  let storeUnavailable = 0;
  const record = (report: StepReport, handle: WorkerHandle): void => {
    handle.nextWakeAt = report.nextWakeAt;
    storeUnavailable += report.storeUnavailable;
    finished.push(...report.finished);
    for (const probe of report.probes)
      if (probe.site.toLowerCase() === offline?.guid.toLowerCase()) probeTimes.push(probe.at);
    for (const learnt of report.learntAway) {
      if (learnt.practitioner === practitionerId(scenario.away.gp) && awayLearntAt === undefined) {
        awayLearntAt = learnt.at;
        awayLearntAfterRequests = server.requests.length;
      }
    }
  };
  try {
    const inits = handles.map((handle, worker) =>
      handle.request({
        type: 'init',
        worker,
        state: options.state,
        redis:
          options.state === FleetState.Shared && options.redisUrl
            ? { url: options.redisUrl, integrator }
            : undefined,
        practices: scenario.practices.map((practice) => ({
          guid: practice.guid,
          baseUrl: server.baseUrl(practice.guid),
        })),
        subscriptionKey: server.subscriptionKey,
        timeZone: scenario.timeZone,
        day: scenario.day,
        start: scenario.start,
        seed: 7 + worker,
      }),
    );
    await Promise.all(inits);
    const step = async (handle: WorkerHandle, time: number, job?: ScheduledJob): Promise<void> => {
      if (time > clock.now()) await clock.advanceTo(time);
      const report = await handle.request({
        type: 'step',
        at: time,
        job: job ? { id: job.id, guid: job.guid, practitioner: job.practitioner } : undefined,
      });
      if (report.type !== 'stepped') throw new Error(`fleet: unexpected ${report.type} from a worker`);
      record(report, handle);
    };
    /** Wakes, in time order, every worker whose sleeper is due by `until`. */
    const wakeUntil = async (until: number): Promise<void> => {
      for (;;) {
        const due = handles
          .filter((handle) => handle.nextWakeAt !== undefined && handle.nextWakeAt <= until)
          .sort((a, b) => (a.nextWakeAt ?? 0) - (b.nextWakeAt ?? 0))[0];
        if (!due) return;
        await step(due, Math.max(due.nextWakeAt ?? 0, clock.now()));
      }
    };
    let minute = -1;
    for (const job of jobsOf(scenario, options.workers)) {
      await wakeUntil(job.at);
      if (job.at > clock.now()) await clock.advanceTo(job.at);
      if (job.minute !== minute) {
        minute = job.minute;
        beginMinute(minute);
      }
      const handle = handles[job.worker];
      if (!handle) throw new Error(`fleet: no worker ${job.worker}`);
      await step(handle, job.at, job);
    }
    await wakeUntil(at(scenario, scenario.minutes + 5));
    const done = await Promise.all(handles.map((handle) => handle.request({ type: 'finish' })));
    const storeBilled = options.state === FleetState.Shared ? done[0] : undefined;
    return summarise(scenario, options, server.requests, finished, {
      probeTimes,
      awayLearntAfterRequests,
      storeBilled: storeBilled?.type === 'done' ? storeBilled.billed : undefined,
      storeUnavailable,
      awayGuid: away?.guid,
    });
  } finally {
    for (const handle of handles) if (handle.child.connected) handle.child.kill();
    await server.close();
  }
}

function summarise(
  scenario: Scenario,
  options: { readonly workers: number; readonly state: FleetState; readonly label: string },
  requests: readonly RequestLogEntry[],
  finished: readonly PollResult[],
  seen: {
    readonly probeTimes: readonly number[];
    readonly awayLearntAfterRequests: number | undefined;
    readonly storeBilled: Readonly<Record<string, number>> | undefined;
    readonly awayGuid: string | undefined;
    readonly storeUnavailable: number;
  },
): FleetResult {
  const kinds = (kind: string) => requests.filter((entry) => entry.faults.includes(kind as never)).length;
  const awayId = practitionerId(scenario.away.gp);
  const aboutAway = (entry: RequestLogEntry) =>
    entry.siteGuid === seen.awayGuid?.toLowerCase() &&
    (entry.params.get('practitioner') ?? '').endsWith(`/${awayId}`);
  const byName = (count: (guid: string) => number) =>
    Object.fromEntries(
      scenario.practices.map((practice) => [practice.name, count(practice.guid.toLowerCase())]),
    );
  const { siteBack, rateLimitLifted } = recoveries(scenario);
  const offlineGuid = scenario.practices[scenario.offline.practice]?.guid;
  const firstOk = (after: number, guid?: string) =>
    finished
      .filter(
        (poll) => poll.outcome === 'ok' && poll.at >= after && (guid === undefined || poll.guid === guid),
      )
      .reduce<number | undefined>(
        (first, poll) => (first === undefined || poll.at < first ? poll.at : first),
        undefined,
      );
  const siteOk = firstOk(siteBack, offlineGuid);
  const limitOk = firstOk(rateLimitLifted);
  return {
    label: options.label,
    workers: options.workers,
    state: options.state,
    queriesSent: requests.length,
    intoFaults: requests.filter((entry) => entry.faults.length > 0).length,
    intoOffline: kinds('site-offline'),
    intoAwayGp: kinds('practitioner-away'),
    intoRateLimit: kinds('rate-limit'),
    billedByPractice: byName((guid) => requests.filter((entry) => entry.siteGuid === guid).length),
    storeBilledByPractice: seen.storeBilled
      ? byName((guid) =>
          Object.entries(seen.storeBilled ?? {})
            .filter(([site]) => site.toLowerCase().includes(guid))
            .reduce((sum, [, count]) => sum + count, 0),
        )
      : undefined,
    maxProbesPerOpenPeriod: maxWithin(seen.probeTimes, resilienceDefaults.breakerOpenMs),
    probes: seen.probeTimes.length,
    storeUnavailable: seen.storeUnavailable,
    awayGpQueriesAfterLearnt:
      seen.awayLearntAfterRequests === undefined
        ? 0
        : requests.slice(seen.awayLearntAfterRequests).filter(aboutAway).length,
    siteRecoverySeconds: siteOk === undefined ? undefined : (siteOk - siteBack) / 1000,
    rateLimitRecoverySeconds: limitOk === undefined ? undefined : (limitOk - rateLimitLifted) / 1000,
    polls: {
      ok: finished.filter((poll) => poll.outcome === 'ok').length,
      failed: finished.filter((poll) => poll.outcome === 'failed').length,
      refused: finished.filter((poll) => poll.outcome === 'refused').length,
    },
  };
}
