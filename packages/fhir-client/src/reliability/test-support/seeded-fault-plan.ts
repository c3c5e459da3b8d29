/** The faults a seeded schedule draws from, each before the headers or in the middle of the body. */
export const ScheduledFault = {
  /** Halo's 503 "Site could not be contacted" (before the body: a complete error response). */
  SiteUnavailable: '503',
  /** Halo's 504 query timeout. */
  QueryTimeout: '504',
  /** 429 with `Retry-After`. */
  RateLimited: '429',
  /** The connection resets before any header arrives. */
  ResetBeforeHeaders: 'reset-before-headers',
  /** The mock sends the headers, then resets the connection. */
  ResetAfterHeaders: 'reset-after-headers',
  /** A 200 whose body stream fails half-way (the connection drops mid-body). */
  ResetMidBody: 'reset-mid-body',
  /** A 200 whose body ends early: cut-off JSON. */
  TruncatedBody: 'truncated-body',
  /** A gateway's HTML 502 page. */
  HtmlBody: 'html-502',
} as const;
/** One of {@link ScheduledFault}. */
export type ScheduledFault = (typeof ScheduledFault)[keyof typeof ScheduledFault];

const allFaults: readonly ScheduledFault[] = Object.values(ScheduledFault);

/** Which requests of one schedule fail, and how: the same seed always gives the same plan. */
export interface FaultPlan {
  readonly seed: number;
  /** Share of requests that fail (until `maxFaults` have). */
  readonly rate: number;
  /** The fault for the `n`th request (1-based), or undefined when it goes through. */
  faultFor(n: number): ScheduledFault | undefined;
  /** Faults drawn so far. */
  readonly drawn: number;
}

/** mulberry32: a small, fast, seedable PRNG (the testkit's data generator uses the same). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A plan for one schedule: a failure rate between 5 % and 35 %, at most `maxFaults` faults (so
 * every schedule can finish), kinds drawn uniformly. Drawn request by request, in order.
 */
export function seededFaultPlan(seed: number, options: { readonly maxFaults: number }): FaultPlan {
  const random = seededRandom(seed);
  const rate = 0.05 + random() * 0.3;
  const plan: (ScheduledFault | undefined)[] = [];
  let drawn = 0;
  return {
    seed,
    rate,
    faultFor(n) {
      while (plan.length < n) {
        const fails = drawn < options.maxFaults && random() < rate;
        const fault = fails ? allFaults[Math.floor(random() * allFaults.length)] : undefined;
        if (fault !== undefined) drawn++;
        plan.push(fault);
      }
      return plan[n - 1];
    },
    get drawn() {
      return drawn;
    },
  };
}
