import {
  createFhirClient,
  createResiliencePolicy,
  type FhirClient,
  isPausedError,
  type ManualClock,
  type ResilienceOptions,
} from '@halo-fhir/fhir-client';
import {
  createMockFhirFetch,
  createMockFhirServer,
  createSeededRandom,
  type FaultSchedule,
  generateSiteData,
  type MockFhirOptions,
  type RequestLogEntry,
} from '@halo-fhir/fhir-testkit';
import { type PollerBackend, PollOutcome, type PollTarget, targetKey } from './backend.js';
import { at, practitionerId, type Scenario } from './scenario.js';
import { readWholeResponse } from '../support/whole-response.js';

/**
 * `fetch` that reads each body in full and counts exchanges in flight, so the simulation moves
 * the manual clock only while nothing is on the wire, and counts queries per GP.
 */
function createCountingFetch(wire: typeof fetch) {
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  const perGp = new Map<string, number>();
  const countingFetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const site = /\/sites\/([^/]+)\//.exec(url.pathname)?.[1] ?? '';
    const practitioner = /(?:^|\/)Practitioner\/([^/&]+)$/.exec(
      url.searchParams.get('practitioner') ?? '',
    )?.[1];
    if (practitioner !== undefined) {
      const key = targetKey(site, practitioner);
      perGp.set(key, (perGp.get(key) ?? 0) + 1);
    }
    inFlight++;
    try {
      return await readWholeResponse(await wire(input, init));
    } finally {
      inFlight--;
      if (inFlight === 0) {
        for (const wake of waiters) wake();
        waiters = [];
      }
    }
  };
  return {
    fetch: countingFetch,
    idle: () => inFlight === 0,
    drained: () =>
      inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    about: (target: PollTarget) => perGp.get(targetKey(target.practice.guid, practitionerId(target.gp))) ?? 0,
  };
}

/**
 * How the client reaches the mock server: its request-handling core called in-process (a whole day
 * in seconds), or real HTTP on 127.0.0.1 (about 5 ms a request on a small machine).
 */
export const Transport = { InProcess: 'in-process', Http: 'http' } as const;
export type Transport = (typeof Transport)[keyof typeof Transport];

/** The testkit's mock server for the scenario's practices, over either transport. */
export interface MockPractices {
  baseUrl(guid: string): string;
  readonly subscriptionKey: string;
  readonly requests: readonly RequestLogEntry[];
  readonly faults: FaultSchedule;
  /** `fetch` that reaches this server. */
  readonly fetch: typeof fetch;
  close(): Promise<void>;
}

/** Starts the testkit's mock server for the scenario's practices (HTTP: 127.0.0.1, port 0). */
export async function startMockPractices(
  scenario: Scenario,
  clock: ManualClock,
  transport: Transport,
): Promise<MockPractices> {
  const options: MockFhirOptions = {
    clock,
    sites: scenario.practices.map((practice, index) => ({
      guid: practice.guid,
      timeZone: scenario.timeZone,
      resources: generateSiteData({
        seed: index + 1,
        size: 60 * practice.gps,
        practitioners: practice.gps,
        days: 1,
        startDate: scenario.day,
        now: clock.now(),
        timeZone: scenario.timeZone,
        inactiveShare: 0,
      }),
    })),
  };
  if (transport === Transport.InProcess) {
    const mock = createMockFhirFetch(options);
    return {
      baseUrl: (guid) => mock.baseUrl(guid),
      subscriptionKey: mock.subscriptionKey,
      requests: mock.requests,
      faults: mock.faults,
      fetch: mock.fetch,
      close: () => Promise.resolve(),
    };
  }
  const server = await createMockFhirServer(options);
  return {
    baseUrl: (guid) => server.baseUrl(guid),
    subscriptionKey: server.subscriptionKey,
    requests: server.requests,
    faults: server.faults,
    fetch: (input, init) => fetch(input, init),
    close: () => server.close(),
  };
}

/** Schedules the scenario's faults on the mock server when their minute comes. */
export function scheduleFaults(server: MockPractices, scenario: Scenario, clock: ManualClock) {
  const away = scenario.practices[scenario.away.practice];
  if (away) {
    // The practice's database words it its own way (Halo passes the text through): no rule was
    // written for this sentence; the client's default pauses the GP on the user-defined error number.
    server.faults.practitionerAway(away.guid, practitionerId(scenario.away.gp), {
      until: at(scenario, scenario.minutes),
      errorCode: 50_000,
      message: ({ date }) => `usp_GetAppointmentBook: clinician diary shut for ${date}`,
    });
  }
  return (minute: number): void => {
    const offline = scenario.practices[scenario.offline.practice];
    if (offline && minute === scenario.offline.atMinute) {
      server.faults.siteOffline(offline.guid, { forMs: scenario.offline.forMinutes * 60_000 });
    }
    if (minute === scenario.rateLimit.atMinute) {
      server.faults.rateLimit({
        count: Number.POSITIVE_INFINITY,
        until: clock.now() + scenario.rateLimit.forMinutes * 60_000,
        retryAfterSeconds: scenario.rateLimit.retryAfterSeconds,
      });
    }
  };
}

export const appointmentsOf = (scenario: Scenario, target: PollTarget): `Appointment?${string}` =>
  `Appointment?practitioner=Practitioner/${practitionerId(target.gp)}&date=${scenario.day}`;

/** The naive poller: a bare `fetch` per GP per minute, errors ignored until next time. */
export async function mockServerNaivePoller(
  scenario: Scenario,
  clock: ManualClock,
  transport: Transport,
): Promise<PollerBackend> {
  const server = await startMockPractices(scenario, clock, transport);
  const beginMinute = scheduleFaults(server, scenario, clock);
  const wire = createCountingFetch(server.fetch);
  return {
    clock,
    beginMinute,
    poll: async (target) => {
      const response = await wire.fetch(
        `${server.baseUrl(target.practice.guid)}/${appointmentsOf(scenario, target)}`,
        {
          headers: { 'Ocp-Apim-Subscription-Key': server.subscriptionKey, Accept: 'application/fhir+json' },
        },
      );
      return response.ok ? PollOutcome.Ok : PollOutcome.Failed;
    },
    queriesSent: () => server.requests.length,
    queriesAbout: wire.about,
    stats: () => undefined,
    idle: wire.idle,
    drained: wire.drained,
    close: () => server.close(),
  };
}

/** The real client (`createFhirClient`, one per practice, one shared policy). */
export async function mockServerPolicyPoller(
  scenario: Scenario,
  clock: ManualClock,
  transport: Transport,
  options: ResilienceOptions = {},
): Promise<PollerBackend> {
  const server = await startMockPractices(scenario, clock, transport);
  const beginMinute = scheduleFaults(server, scenario, clock);
  const wire = createCountingFetch(server.fetch);
  const policy = createResiliencePolicy({ clock, random: createSeededRandom(7), ...options });
  const clients = new Map<string, FhirClient>(
    scenario.practices.map((practice) => [
      practice.guid,
      createFhirClient({
        baseUrl: server.baseUrl(practice.guid),
        subscriptionKey: server.subscriptionKey,
        timeZone: scenario.timeZone,
        policy,
        clock,
        fetch: wire.fetch,
      }),
    ]),
  );
  return {
    clock,
    beginMinute,
    poll: async (target) => {
      const client = clients.get(target.practice.guid);
      if (!client) throw new Error(`no client for practice ${target.practice.name}`);
      try {
        await client.search(appointmentsOf(scenario, target));
        return PollOutcome.Ok;
      } catch (error) {
        return isPausedError(error) ? PollOutcome.Refused : PollOutcome.Failed;
      }
    },
    queriesSent: () => server.requests.length,
    queriesAbout: wire.about,
    stats: () => policy.stats(),
    idle: wire.idle,
    drained: wire.drained,
    close: () => server.close(),
  };
}
