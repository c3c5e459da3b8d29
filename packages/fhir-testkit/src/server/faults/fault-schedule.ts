import type { ErrorFixture } from '../../fixtures/error-fixture.js';
import { gatewayBodies } from '../../fixtures/gateway-bodies.js';
import { haloErrors, type PractitionerAwayWording } from '../../fixtures/halo-errors.js';
import { createSeededRandom, type RandomSource } from '../../data/random.js';
import type { Clock } from '../clock.js';
import { endOfZonedDay, zonedDate } from '../time-zone.js';
import type { FaultContext } from './fault-context.js';
import { FaultKind } from './fault-kind.js';
import { type FaultMatch, type FaultPredicate, toPredicate } from './fault-match.js';
import {
  decide,
  type FaultDecision,
  type FaultEffect,
  type FaultRule,
  type FixtureSource,
  isLive,
} from './fault-rule.js';

export type { FaultPredicate };

/** How long a fault lasts and which requests it touches. */
export interface FaultScope {
  /** How many matching requests it affects. @default 1 for one-shot faults, unlimited for windows */
  readonly count?: number;
  /** Stops applying at this time of the server clock (a Date or epoch ms). @default no end */
  readonly until?: Date | number;
  /** Only requests for which this returns true. @default every request */
  readonly when?: FaultPredicate;
}

/** A scheduled fault: how often it fired, and a way to cancel it early. */
export interface FaultHandle {
  /** Which fault this is (`site-offline`, `rate-limit`, …). */
  readonly kind: FaultKind;
  /** Requests it affected so far. */
  readonly hits: number;
  /** True while it can still fire (count left and before `until`). */
  readonly active: boolean;
  /** Stops the fault now; requests after this are not affected by it. */
  cancel(): void;
}

/** Options of `randomFaults`: how often, with what, and from which random source. */
export type RandomFaultOptions = {
  /** Share of matching requests that fail, in [0, 1]. */
  readonly rate: number;
  /** Fixtures to fail with, one drawn per failure. */
  readonly fixtures: readonly FixtureSource[];
} & (
  | { /** Seed of the fault's own PRNG (mulberry32): same seed, same failures. */ readonly seed: number }
  | { /** The random source to draw from, like `Math.random`. */ readonly random: RandomSource }
);

/** The fault schedule of a mock server. Every method schedules a fault and returns its handle. */
export interface FaultSchedule {
  /**
   * The next `count` requests answer `fixture`. Faults see only requests that reach a site: a
   * request refused for its key or an unknown site uses up no fault.
   */
  failNext(count: number, fixture: FixtureSource): FaultHandle;
  /**
   * Requests matching `match` (a predicate, or `{ siteGuid, resourceType, practitionerId,
   * queryIncludes, method }`) answer `fixture`, for `count` requests or until `until`. @default unlimited
   */
  failWhen(
    match: FaultPredicate | FaultMatch,
    fixture: FixtureSource,
    scope?: Omit<FaultScope, 'when'>,
  ): FaultHandle;
  /** Every request to the site answers 503 for `forMs` of the server clock, then the site recovers. */
  siteOffline(
    siteGuid: string,
    options: { readonly forMs: number; readonly fixture?: FixtureSource },
  ): FaultHandle;
  /**
   * Requests at the site that name the practitioner answer Halo's 400 database error saying the GP
   * is away today (the date is today at the practice). `message`, `errorCode` and `errorType` vary
   * the database's wording (Halo passes it through and documents none); `fixture` replaces it all.
   * @default until the practice's next midnight; the wording of `haloErrors.practitionerAway`
   */
  practitionerAway(
    siteGuid: string,
    practitionerId: string,
    options?: {
      readonly until?: Date | number;
      readonly fixture?: FixtureSource;
    } & PractitionerAwayWording,
  ): FaultHandle;
  /** 429 with `Retry-After` in seconds, or as an HTTP date. @default count 1, retryAfterSeconds 1 */
  rateLimit(
    options: FaultScope & { readonly retryAfterSeconds?: number; readonly retryAfterDate?: Date },
  ): FaultHandle;
  /** 504 after `afterMs` of the server clock (Halo gives up at 30 s). @default afterMs 30000, count 1 */
  gatewayTimeout(
    options?: FaultScope & { readonly afterMs?: number; readonly fixture?: FixtureSource },
  ): FaultHandle;
  /** Adds `ms` of the server clock before every matching response. @default unlimited */
  latency(ms: number, scope?: FaultScope): FaultHandle;
  /** Sends the headers and part of the body, then resets the connection. @default count 1 */
  resetConnection(scope?: FaultScope): FaultHandle;
  /** Sends only the first `keepBytes` bytes of the normal body. @default count 1, keepBytes half the body */
  truncateBody(options?: FaultScope & { readonly keepBytes?: number }): FaultHandle;
  /** A gateway's HTML 502 page. @default count 1 */
  html502(options?: FaultScope & { readonly fixture?: FixtureSource }): FaultHandle;
  /** Each matching request fails with probability `rate`, with one of `fixtures`, drawn from `seed`. */
  randomFaults(options: FaultScope & RandomFaultOptions): FaultHandle;
  /** Cancels every scheduled fault. */
  clear(): void;
  /** Scheduled faults that can still fire. */
  readonly active: number;
  /** Decides the faults for one request; used by the request handler. */
  decide(context: FaultContext): FaultDecision;
}

const always: FaultPredicate = () => true;

function toEpoch(value: Date | number | undefined): number | undefined {
  return value instanceof Date ? value.getTime() : value;
}

function assertCount(method: string, count: number): void {
  if (!(count > 0))
    throw new RangeError(`faults.${method}: count must be a positive number of requests, got ${count}`);
}

/** Where the schedule finds each site's time zone ("today" and "midnight" at the practice). */
export interface FaultSitePlacement {
  timeZoneOf(siteGuid: string): string | undefined;
}

/** Creates an empty schedule reading time from `clock`. */
export function createFaultSchedule(
  clock: Clock,
  placement: FaultSitePlacement = { timeZoneOf: () => undefined },
): FaultSchedule {
  let rules: FaultRule[] = [];

  const add = (
    method: string,
    kind: FaultKind,
    effect: FaultEffect,
    scope: FaultScope,
    defaultCount: number,
  ): FaultHandle => {
    const count = scope.count ?? defaultCount;
    assertCount(method, count);
    const rule: FaultRule = {
      kind,
      matches: scope.when ?? always,
      effect,
      remaining: count,
      until: toEpoch(scope.until),
      hits: 0,
    };
    rules.push(rule);
    return {
      kind,
      get hits() {
        return rule.hits;
      },
      get active() {
        return rules.includes(rule) && isLive(rule, clock.now());
      },
      cancel() {
        rules = rules.filter((r) => r !== rule);
      },
    };
  };

  return {
    failNext: (count, fixture) =>
      add('failNext', FaultKind.Fixture, { type: 'respond', fixture }, { count }, 1),
    failWhen: (match, fixture, scope = {}) =>
      add(
        'failWhen',
        FaultKind.Fixture,
        { type: 'respond', fixture },
        { ...scope, when: toPredicate(match) },
        Infinity,
      ),
    siteOffline(siteGuid, { forMs, fixture = haloErrors.siteUnavailable() }) {
      if (!(forMs > 0)) throw new RangeError(`faults.siteOffline: forMs must be positive, got ${forMs}`);
      const scope = { when: toPredicate({ siteGuid }), until: clock.now() + forMs };
      return add('siteOffline', FaultKind.SiteOffline, { type: 'respond', fixture }, scope, Infinity);
    },
    practitionerAway(siteGuid, practitionerId, options = {}) {
      const fixture =
        options.fixture ??
        ((context: FaultContext): ErrorFixture =>
          haloErrors.practitionerAway({
            ...wordingOf(options),
            practitioner: practitionerId,
            date: zonedDate(context.now, context.timeZone),
          }));
      // Reading the GP's own record still works; what names the GP (their appointments) fails.
      const namesGp = toPredicate({ siteGuid, practitionerId });
      const when: FaultPredicate = (context) => context.resourceType !== 'Practitioner' && namesGp(context);
      // A GP is away for the day: by default the error stops at the practice's next midnight.
      const timeZone = placement.timeZoneOf(siteGuid.toLowerCase()) ?? 'Australia/Sydney';
      const scope = { when, until: options.until ?? endOfZonedDay(clock.now(), timeZone) };
      return add(
        'practitionerAway',
        FaultKind.PractitionerAway,
        { type: 'respond', fixture },
        scope,
        Infinity,
      );
    },
    rateLimit(options) {
      const { retryAfterSeconds, retryAfterDate } = options;
      if (retryAfterSeconds !== undefined && retryAfterDate !== undefined) {
        throw new TypeError('faults.rateLimit: give retryAfterSeconds or retryAfterDate, not both');
      }
      const fixture = haloErrors.rateLimited(
        retryAfterDate ? { retryAfterDate } : { retryAfterSeconds: retryAfterSeconds ?? 1 },
      );
      return add('rateLimit', FaultKind.RateLimit, { type: 'respond', fixture }, options, 1);
    },
    gatewayTimeout(options = {}) {
      const { afterMs = 30_000, fixture = haloErrors.queryTimeout() } = options;
      const effect: FaultEffect = { type: 'respond', fixture, delayMs: afterMs };
      return add('gatewayTimeout', FaultKind.GatewayTimeout, effect, options, 1);
    },
    latency: (ms, scope = {}) => add('latency', FaultKind.Latency, { type: 'latency', ms }, scope, Infinity),
    resetConnection: (scope = {}) =>
      add('resetConnection', FaultKind.ResetConnection, { type: 'reset' }, scope, 1),
    truncateBody: (options = {}) =>
      add(
        'truncateBody',
        FaultKind.TruncateBody,
        { type: 'truncate', keepBytes: options.keepBytes },
        options,
        1,
      ),
    html502(options = {}) {
      const fixture = options.fixture ?? gatewayBodies.html502();
      return add('html502', FaultKind.Html502, { type: 'respond', fixture }, options, 1);
    },
    randomFaults(options) {
      const { rate, fixtures } = options;
      if (!(rate >= 0 && rate <= 1))
        throw new RangeError(`faults.randomFaults: rate must be in [0, 1], got ${rate}`);
      if (fixtures.length === 0) throw new RangeError('faults.randomFaults: give at least one fixture');
      const random = 'random' in options ? options.random : createSeededRandom(options.seed);
      const effect: FaultEffect = { type: 'random', rate, fixtures, random };
      return add('randomFaults', FaultKind.Random, effect, options, Infinity);
    },
    clear() {
      rules = [];
    },
    get active() {
      const now = clock.now();
      return rules.filter((rule) => isLive(rule, now)).length;
    },
    decide(context) {
      rules = rules.filter((rule) => rule.until === undefined || context.now < rule.until);
      const decision = decide(rules, context);
      rules = rules.filter((rule) => rule.remaining > 0);
      return decision;
    },
  };
}

/** Only the wording fields the caller gave (exact optional properties). */
function wordingOf(options: PractitionerAwayWording): PractitionerAwayWording {
  return {
    ...(options.message === undefined ? {} : { message: options.message }),
    ...(options.errorCode === undefined ? {} : { errorCode: options.errorCode }),
    ...(options.errorType === undefined ? {} : { errorType: options.errorType }),
  };
}
