/**
 * One worker process of the fleet example. It has its own resilience policy (on a Redis store
 * shared with the other workers, or on the default in-memory store) and one FHIR client per
 * practice, all on a manual clock the coordinator moves. It polls the GPs it is handed, over real
 * HTTP to the testkit's mock server.
 */
import {
  createFhirClient,
  createManualClock,
  createResiliencePolicy,
  type FhirClient,
  isPausedError,
} from '@halo-fhir/fhir-client';
import { createSeededRandom } from '@halo-fhir/fhir-testkit';
import { createRedisResilienceStore, type RedisResilienceStore } from '@halo-fhir/resilience-redis';
import {
  FleetState,
  type FromWorker,
  type PollResult,
  type StepReport,
  type ToWorker,
  type WorkerInit,
} from './protocol.js';
import { readWholeResponse } from '../support/whole-response.js';

const send = (message: FromWorker): void => {
  process.send?.(message);
};

/** What a step collects until it reports. */
function newReport(): Omit<StepReport, 'type' | 'nextWakeAt'> & {
  finished: PollResult[];
  probes: StepReport['probes'][number][];
  learntAway: StepReport['learntAway'][number][];
  storeUnavailable: number;
} {
  return { finished: [], probes: [], learntAway: [], storeUnavailable: 0 };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function startWorker(init: WorkerInit) {
  const clock = createManualClock(init.start);
  const store: RedisResilienceStore | undefined =
    init.state === FleetState.Shared && init.redis
      ? createRedisResilienceStore({
          connection: init.redis.url,
          integrator: init.redis.integrator,
          environment: 'fleet-example',
          // Production keeps the default (250 ms); a CI machine running 9 processes can be slower,
          // and a worker deciding alone would make the comparison meaningless (it is reported).
          commandTimeoutMs: 5_000,
        })
      : undefined;
  const policy = createResiliencePolicy({
    clock,
    random: createSeededRandom(init.seed),
    ...(store ? { store } : {}),
  });
  let inFlight = 0;
  const countingFetch: typeof fetch = async (input, requestInit) => {
    inFlight++;
    try {
      return await readWholeResponse(await fetch(input, requestInit));
    } finally {
      inFlight--;
    }
  };
  const clients = new Map<string, FhirClient>(
    init.practices.map((practice) => [
      practice.guid,
      createFhirClient({
        baseUrl: practice.baseUrl,
        subscriptionKey: init.subscriptionKey,
        timeZone: init.timeZone,
        policy,
        clock,
        fetch: countingFetch,
      }),
    ]),
  );

  let pendingPolls = 0;
  let report = newReport();
  policy.on((event) => {
    if (event.type === 'store' && !event.available) report.storeUnavailable++;
    if (event.type === 'request' && event.probe) report.probes.push({ site: event.site ?? '', at: event.at });
    if (event.type === 'pause' && event.scope === 'practitioner' && !event.fromStore) {
      report.learntAway.push({
        site: event.site ?? '',
        practitioner: event.practitioner ?? '',
        at: event.at,
      });
    }
  });

  /** Resolves when every poll in progress waits on the clock and nothing is on the wire or on its way to Redis. */
  async function quiescent(): Promise<void> {
    let calm = 0;
    while (calm < 3) {
      await nextTurn();
      calm = inFlight === 0 && pendingPolls === clock.pendingSleeps ? calm + 1 : 0;
    }
  }

  async function poll(id: number, guid: string, practitioner: string): Promise<void> {
    const client = clients.get(guid);
    if (!client) throw new Error(`fleet worker ${init.worker}: no client for practice ${guid}`);
    pendingPolls++;
    let outcome: PollResult['outcome'];
    try {
      await client.search(`Appointment?practitioner=Practitioner/${practitioner}&date=${init.day}`);
      outcome = 'ok';
    } catch (error) {
      outcome = isPausedError(error) ? 'refused' : 'failed';
    } finally {
      pendingPolls--;
    }
    report.finished.push({ id, guid, outcome, at: clock.now() });
  }

  return {
    ready: async () => {
      await store?.ready();
    },
    async step(
      at: number,
      job: { id: number; guid: string; practitioner: string } | undefined,
    ): Promise<StepReport> {
      // What other workers learnt before this step reaches this one first (a Pub/Sub round trip).
      await store?.sync();
      if (at > clock.now()) await clock.advanceTo(at);
      if (job) void poll(job.id, job.guid, job.practitioner);
      await quiescent();
      // This worker's own writes reach Redis (and so every other worker) before the next step.
      await store?.sync();
      await quiescent();
      const done = report;
      report = newReport();
      return { type: 'stepped', nextWakeAt: clock.nextWakeAt, ...done };
    },
    async finish(): Promise<FromWorker> {
      const stats = policy.stats();
      const billed = store ? await store.billedQueries() : {};
      await store?.close();
      return { type: 'done', stats, billed };
    },
  };
}

// The coordinator ended (or died): do not linger with open connections.
process.on('disconnect', () => process.exit(0));

let worker: ReturnType<typeof startWorker> | undefined;
// Messages are handled one at a time, in order.
let queue = Promise.resolve();
process.on('message', (message: ToWorker) => {
  queue = queue.then(async () => {
    if (message.type === 'init') {
      worker = startWorker(message);
      await worker.ready();
      send({ type: 'ready' });
    } else if (message.type === 'step') {
      send(await worker!.step(message.at, message.job));
    } else {
      send(await worker!.finish());
      process.disconnect?.();
    }
  });
  queue.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
