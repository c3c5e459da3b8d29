import { inspect } from 'node:util';
import { createMockFhirFetch, createMockFhirServer, type FaultSchedule } from '@halo-fhir/fhir-testkit';
import type { Patient, Practitioner } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { isFhirClientError } from '../errors/fhir-client-error.js';
import type { PagingCursor } from '../paging/cursor.js';
import { createManualClock } from '../resilience/clock.js';
import { createResiliencePolicy } from '../resilience/policy.js';
import { forceGc } from './test-support/force-gc.js';
import { faultyFetch } from './test-support/faulty-fetch.js';
import { seededFaultPlan, seededRandom } from './test-support/seeded-fault-plan.js';
import { onSimulatedTime } from './test-support/simulated-time.js';

// 1,000 seeded fault schedules (503, 504, 429, resets before the headers, after them and mid-body,
// truncated bodies, HTML pages) while paging a 50-page search through the testkit mock: every
// match is yielded exactly once, or paging stops with a typed error whose cursor, resumed, finishes
// the search exactly once. The bulk runs in-process on a manual clock (no sockets, no real sleeps);
// a few run over real HTTP. Reproduce one schedule with its seed: runSchedule(seed, transport).

const SCHEDULES_IN_PROCESS = 1_000;
const SCHEDULES_OVER_HTTP = 20;
const MAX_FAULTS_PER_SCHEDULE = 12;
const MAX_RESUMES = 40;
const guid = 'a1b2c3d4-0000-4000-8000-00000000fa17';
const KEY = 'sk-fault-suite-4e8a1c9d';
const query = 'Patient?_count=5&_include=Patient:general-practitioner';

const practitioners: Practitioner[] = Array.from({ length: 5 }, (_, i) => ({
  resourceType: 'Practitioner',
  id: `gp-${i}`,
  active: true,
}));
const patients: Patient[] = Array.from({ length: 250 }, (_, i) => ({
  resourceType: 'Patient',
  id: `p-${String(i).padStart(3, '0')}`,
  active: true,
  generalPractitioner: [{ reference: `Practitioner/gp-${i % 5}` }],
}));
const site = { guid, resources: [...patients, ...practitioners] };

/** What one schedule did, and what went wrong (all zero / empty when the client kept its promises). */
interface ScheduleResult {
  readonly seed: number;
  readonly transport: 'in-process' | 'http';
  readonly faults: number;
  readonly resumes: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly notPatients: number;
  readonly keysLeaked: number;
  readonly untypedErrors: readonly string[];
}

const leaksKey = (error: unknown): boolean =>
  [String(error), inspect(error, { depth: 6 }), JSON.stringify(error) ?? ''].some((text) =>
    text.includes(KEY),
  );

/** Pages the search under schedule `seed`, resuming from the cursor after each typed error. */
async function runSchedule(seed: number, transport: 'in-process' | 'http'): Promise<ScheduleResult> {
  const clock = createManualClock('2026-03-02T08:00:00+11:00');
  const options = { sites: [site], subscriptionKey: KEY, clock };
  const inProcess = transport === 'in-process' ? createMockFhirFetch(options) : undefined;
  const server = inProcess ? undefined : await createMockFhirServer(options);
  try {
    const origin = inProcess?.origin ?? new URL(server!.url).origin;
    const faults: FaultSchedule = (inProcess ?? server)!.faults;
    const plan = seededFaultPlan(seed, { maxFaults: MAX_FAULTS_PER_SCHEDULE });
    const wire = faultyFetch({
      fetch: inProcess?.fetch ?? fetch,
      faults,
      plan,
      origin,
      subscriptionKey: KEY,
    });
    const times = new Map<string, number>();
    const untypedErrors: string[] = [];
    let notPatients = 0;
    let keysLeaked = 0;
    let cursor: PagingCursor | undefined;
    let resumes = 0;
    for (;;) {
      // Each resume is a fresh client and policy, as a new process would make them.
      const client = createFhirClient({
        halo: { siteId: guid, origin },
        subscriptionKey: KEY,
        fetch: wire.fetch,
        clock,
        policy: createResiliencePolicy({ clock, random: seededRandom(seed + resumes) }),
      });
      const iterator = client.resources(query, cursor === undefined ? {} : { resumeFrom: cursor });
      const drain = async () => {
        for await (const resource of iterator) {
          if (resource.resourceType !== 'Patient') notPatients++;
          times.set(resource.id ?? '', (times.get(resource.id ?? '') ?? 0) + 1);
        }
      };
      try {
        await onSimulatedTime(clock, wire.watch, drain());
        break;
      } catch (error) {
        if (!isFhirClientError(error)) untypedErrors.push(inspect(error));
        if (leaksKey(error)) keysLeaked++;
        // The cursor as a caller would store it.
        cursor = JSON.parse(JSON.stringify(iterator.cursor)) as PagingCursor;
        if (JSON.stringify(cursor).includes(KEY)) keysLeaked++;
        if (++resumes > MAX_RESUMES)
          throw new Error(`schedule ${seed}: still failing after ${MAX_RESUMES} resumes`);
      }
    }
    return {
      seed,
      transport,
      faults: plan.drawn,
      resumes,
      lost: patients.filter((patient) => !times.has(patient.id ?? '')).length,
      duplicated: [...times.values()].reduce((sum, count) => sum + count - 1, 0),
      notPatients,
      keysLeaked: keysLeaked + wire.watch.keysOutsideOrigin,
      untypedErrors,
    };
  } finally {
    await server?.close();
  }
}

const results: ScheduleResult[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let heapGrowthMb = 0;
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  const sum = (pick: (result: ScheduleResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  console.log(
    `fault suite: ${results.length} schedules run (${sum((r) => (r.transport === 'http' ? 0 : 1))} in-process, ` +
      `${sum((r) => (r.transport === 'http' ? 1 : 0))} over HTTP), ` +
      `${sum((r) => r.faults)} faults injected, ${sum((r) => r.resumes)} resumes; ` +
      `resources lost ${sum((r) => r.lost)}, duplicated ${sum((r) => r.duplicated)}, ` +
      `keys leaked ${sum((r) => r.keysLeaked)}, untyped errors ${sum((r) => r.untypedErrors.length)}, ` +
      `unhandled rejections ${unhandled.length}, heap growth ${heapGrowthMb.toFixed(1)} MB`,
  );
});

/** Schedule results with anything wrong, for a failure message that names the seeds to replay. */
const failing = (from: readonly ScheduleResult[]) =>
  from.filter((r) => r.lost + r.duplicated + r.notPatients + r.keysLeaked > 0 || r.untypedErrors.length > 0);

describe('seeded fault schedules while paging a 50-page search', () => {
  it(`${SCHEDULES_IN_PROCESS} schedules in-process: every match exactly once, no key outside the origin, heap bounded`, async () => {
    let heapAfterWarmUp = 0;
    const mine: ScheduleResult[] = [];
    for (let seed = 1; seed <= SCHEDULES_IN_PROCESS; seed++) {
      mine.push(await runSchedule(seed, 'in-process'));
      if (seed === 100) {
        forceGc();
        heapAfterWarmUp = process.memoryUsage().heapUsed;
      }
    }
    forceGc();
    heapGrowthMb = (process.memoryUsage().heapUsed - heapAfterWarmUp) / 2 ** 20;
    results.push(...mine);

    expect(failing(mine)).toEqual([]);
    expect(unhandled).toEqual([]);
    // Schedules that really exercised resume, not only retries.
    expect(mine.filter((r) => r.resumes > 0).length).toBeGreaterThan(SCHEDULES_IN_PROCESS / 20);
    expect(mine.reduce((total, r) => total + r.faults, 0)).toBeGreaterThan(SCHEDULES_IN_PROCESS * 3);
    // 900 schedules after the warm-up: anything kept per schedule would show here.
    expect(heapGrowthMb).toBeLessThan(48);
  }, 300_000);

  it(`${SCHEDULES_OVER_HTTP} schedules over real HTTP: the same, with real resets and truncated sockets`, async () => {
    const mine: ScheduleResult[] = [];
    for (let seed = 100_001; seed <= 100_000 + SCHEDULES_OVER_HTTP; seed++) {
      mine.push(await runSchedule(seed, 'http'));
    }
    results.push(...mine);

    expect(failing(mine)).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(mine.reduce((total, r) => total + r.faults, 0)).toBeGreaterThan(SCHEDULES_OVER_HTTP * 3);
  }, 120_000);
});
