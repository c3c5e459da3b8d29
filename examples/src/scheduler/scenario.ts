/** One practice of the scenario: its Halo GUID and how many GPs are polled there. */
export interface Practice {
  readonly name: string;
  readonly guid: string;
  readonly gps: number;
}

/**
 * A simulated day of polling: which practices, how long, and the fault schedule. Times are minutes
 * from the start; every GP is polled once a minute.
 */
export interface Scenario {
  readonly title: string;
  /** Epoch ms of the first poll. */
  readonly start: number;
  /** The practice's calendar day being polled, `YYYY-MM-DD`. */
  readonly day: string;
  readonly timeZone: string;
  readonly minutes: number;
  readonly practices: readonly Practice[];
  /** One practice offline (503 `Site could not be contacted`) for a while. */
  readonly offline: { readonly practice: number; readonly atMinute: number; readonly forMinutes: number };
  /** One GP reported away all day (400 database error). */
  readonly away: { readonly practice: number; readonly gp: number };
  /** Every request of the integrator answered 429 with `Retry-After` for a while. */
  readonly rateLimit: {
    readonly atMinute: number;
    readonly forMinutes: number;
    readonly retryAfterSeconds: number;
  };
}

const MINUTE = 60_000;

/** 09:00 in Sydney (AEDT, UTC+11) on Thursday 26 November 2026. */
const nineAmSydney = Date.parse('2026-11-25T22:00:00Z');

const practices: readonly Practice[] = [
  { name: 'Harbour Medical', guid: 'a1b2c3d4-0001-4000-8000-000000000001', gps: 17 },
  { name: 'Bayside Family Practice', guid: 'a1b2c3d4-0002-4000-8000-000000000002', gps: 17 },
  { name: 'Hillview GP', guid: 'a1b2c3d4-0003-4000-8000-000000000003', gps: 16 },
];

/** The scenario: 50 GPs at 3 practices, 09:00-17:00, every minute. */
export const workingDay: Scenario = {
  title: 'working day: 50 GPs, 3 practices, 09:00-17:00 every minute',
  start: nineAmSydney,
  day: '2026-11-26',
  timeZone: 'Australia/Sydney',
  minutes: 8 * 60,
  practices,
  offline: { practice: 1, atMinute: 2 * 60, forMinutes: 10 },
  away: { practice: 0, gp: 3 },
  rateLimit: { atMinute: 5 * 60, forMinutes: 2, retryAfterSeconds: 30 },
};

/**
 * The same three faults in 15 minutes with 4 GPs per practice: small enough to run on the real
 * client against the mock server over HTTP in a few seconds.
 */
export const liveSlice: Scenario = {
  title: 'live slice: 12 GPs, 3 practices, 15 minutes',
  start: nineAmSydney,
  day: '2026-11-26',
  timeZone: 'Australia/Sydney',
  minutes: 15,
  practices: practices.map((practice) => ({ ...practice, gps: 4 })),
  offline: { practice: 1, atMinute: 2, forMinutes: 5 },
  away: { practice: 0, gp: 3 },
  rateLimit: { atMinute: 10, forMinutes: 2, retryAfterSeconds: 30 },
};

/** The same three faults in half an hour with all 50 GPs: the test's day, on the same code path. */
export const halfHour: Scenario = {
  title: 'half hour: 50 GPs, 3 practices, 30 minutes',
  start: nineAmSydney,
  day: '2026-11-26',
  timeZone: 'Australia/Sydney',
  minutes: 30,
  practices,
  offline: { practice: 1, atMinute: 3, forMinutes: 10 },
  away: { practice: 0, gp: 3 },
  rateLimit: { atMinute: 24, forMinutes: 2, retryAfterSeconds: 30 },
};

/** Epoch ms at `minute` of the scenario. */
export const at = (scenario: Scenario, minute: number): number => scenario.start + minute * MINUTE;

/** The id the testkit's data generator gives GP number `gp` (from 1): `prac-{gp}`. */
export const practitionerId = (gp: number): string => `prac-${gp}`;

/** When each fault ends: a practice coming back, the rate limit lifting. */
export function recoveries(scenario: Scenario): {
  readonly siteBack: number;
  readonly rateLimitLifted: number;
} {
  return {
    siteBack: at(scenario, scenario.offline.atMinute + scenario.offline.forMinutes),
    rateLimitLifted: at(scenario, scenario.rateLimit.atMinute + scenario.rateLimit.forMinutes),
  };
}
