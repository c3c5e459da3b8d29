import type { Appointment, Encounter, Resource } from 'fhir/r4.js';
import { isActiveRecord } from '../server/search/only-active.js';
import type { ResourceStore, StoreClock } from '../server/store/resource-store.js';
import {
  consultSteps,
  LiveChangeKind,
  type RandomChange,
  randomChangesOfMinute,
  randomFor,
} from './live-schedule.js';
import {
  arrive,
  book,
  cancel,
  deactivate,
  fulfil,
  markNoShow,
  observe,
  type PracticeMoves,
  reschedule,
  start,
} from './practice-moves.js';

/** Options of the live practice (the mock's `live` option). */
export interface LivePracticeOptions {
  /** Seed of the changes: the same seed and the same clock give the same changes. @default 1 */
  readonly seed?: number;
  /**
   * Random front-desk changes (bookings, cancellations, reschedules, a patient leaving) per hour
   * while the desk is open (07:00–19:00 practice time), 0–600. Booked consults also arrive, start,
   * have vital signs taken, finish or are missed on their own times. @default 12
   */
  readonly ratePerHour?: number;
}

/** One version the live practice wrote: an entry of the changes log. */
export interface LiveChange {
  /** Position in the log, from 1. */
  readonly seq: number;
  /** What happened. */
  readonly kind: LiveChangeKind;
  /** The changed resource's type. */
  readonly resourceType: string;
  /** The changed resource's id. */
  readonly id: string;
  /** The version written (its `meta.versionId`). */
  readonly versionId: string;
  /** Its `meta.lastUpdated`: when it happened, to the second, never after the clock's now. */
  readonly lastUpdated: string;
  /** False when Halo's only-active rule hides this version (a patient who left): no search returns it. */
  readonly activeRecord: boolean;
}

/** A site's practice that changes as its clock moves. */
export interface LivePractice {
  /** Applies every change due up to the clock's now (the mock calls it before each request). */
  catchUp(): void;
  /** The changes log after catching up, oldest first; `since` leaves out entries up to that `seq`. */
  changes(options?: { readonly since?: number }): readonly LiveChange[];
}

interface Due {
  readonly at: number;
  /** Breaks ties at the same instant the same way whenever the change was queued. */
  readonly tie: string;
  run(at: number): void;
}

const minuteMs = 60_000;
const idPrefixes = { appt: 'Appointment', enc: 'Encounter', obs: 'Observation' } as const;
const stepRank: Record<string, number> = {
  [LiveChangeKind.Fulfilled]: 0,
  [LiveChangeKind.NoShow]: 1,
  [LiveChangeKind.Observed]: 2,
  [LiveChangeKind.Started]: 3,
  [LiveChangeKind.Arrived]: 4,
};

function maxIdNumber(store: ResourceStore, type: string, prefix: string): number {
  let max = 0;
  for (const r of store.list(type)) {
    const match = /^(.+)-(\d+)$/.exec(r.id ?? '');
    if (match?.[1] === prefix) max = Math.max(max, Number(match[2]));
  }
  return max;
}

/**
 * Makes a site's store live: from the clock's now on, each `catchUp` applies the changes due since
 * the last, in time order, each at its own instant through the store's update path (so versions,
 * history and `lastUpdated` agree), and logs each version written. No timers: the changes of an
 * interval are derived from the seed and the clock when asked, so the practice is the same however
 * often it is asked.
 */
export function createLivePractice(
  store: ResourceStore,
  options: LivePracticeOptions & { readonly clock: StoreClock; readonly timeZone: string },
): LivePractice {
  const seed = options.seed ?? 1;
  const ratePerHour = options.ratePerHour ?? 12;
  if (!(ratePerHour >= 0 && ratePerHour <= 600)) {
    throw new RangeError(`live.ratePerHour must be between 0 and 600 changes an hour, got ${ratePerHour}`);
  }
  const { clock, timeZone } = options;
  let cursor = clock.now();
  let minutesQueued = Math.floor(cursor / minuteMs);
  const log: LiveChange[] = [];
  const counters = new Map(Object.entries(idPrefixes).map(([p, type]) => [p, maxIdNumber(store, type, p)]));
  const encounterOf = new Map<string, string>();
  for (const e of store.list('Encounter') as readonly Encounter[]) {
    const ref = e.appointment?.[0]?.reference;
    if (ref !== undefined) encounterOf.set(ref.slice(12), e.id ?? '');
  }
  const plans = new Map<string, number>();
  // Sorted latest first, so the next change is popped from the end.
  const queue: Due[] = [];
  const enqueue = (due: Due): void => {
    let low = 0;
    let high = queue.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = queue[mid] as Due;
      if (other.at > due.at || (other.at === due.at && other.tie > due.tie)) low = mid + 1;
      else high = mid;
    }
    queue.splice(low, 0, due);
  };

  const moves: PracticeMoves = {
    store,
    timeZone,
    nextId(prefix) {
      const next = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, next);
      return `${prefix}-${next}`;
    },
    logged(kind, resource: Resource) {
      log.push({
        seq: log.length + 1,
        kind,
        resourceType: resource.resourceType,
        id: resource.id ?? '',
        versionId: resource.meta?.versionId ?? '',
        lastUpdated: resource.meta?.lastUpdated ?? '',
        activeRecord: isActiveRecord(resource),
      });
    },
  };
  const appointment = (id: string) => store.get('Appointment', id) as Appointment | undefined;
  const encounter = (appointmentId: string) =>
    store.get('Encounter', encounterOf.get(appointmentId) ?? '') as Encounter | undefined;

  /** Queues a booked or arrived consult's next steps (replacing any earlier plan for it). */
  const plan = (a: Appointment, after: number): void => {
    const id = a.id ?? '';
    const token = (plans.get(id) ?? 0) + 1;
    plans.set(id, token);
    const times = { id, start: Date.parse(a.start ?? ''), end: Date.parse(a.end ?? ''), status: a.status };
    // A step already overdue (data generated earlier than the clock) happens at the next minute.
    const overdue = Math.floor(after / minuteMs) * minuteMs + minuteMs;
    for (const step of consultSteps(seed, times, encounterOf.has(id))) {
      if (step.at <= after && step.kind === LiveChangeKind.Observed) continue;
      enqueue({
        at: step.at <= after ? overdue : step.at,
        tie: `${stepRank[step.kind]}:${id}`,
        run: (at) => {
          if (plans.get(id) !== token) return;
          runStep(step.kind, id, at);
        },
      });
    }
  };

  const runStep = (kind: LiveChangeKind, id: string, at: number): void => {
    const a = appointment(id);
    if (a === undefined) return;
    if (kind === LiveChangeKind.Arrived && a.status === 'booked') arrive(moves, at, a);
    else if (kind === LiveChangeKind.NoShow && a.status === 'booked') markNoShow(moves, at, a);
    else if (kind === LiveChangeKind.Started && a.status === 'arrived' && !encounterOf.has(id)) {
      encounterOf.set(id, start(moves, at, a));
    } else if (kind === LiveChangeKind.Observed && a.status === 'arrived') {
      const e = encounter(id);
      if (e?.status === 'in-progress') observe(moves, at, e, randomFor(seed, `observe:${id}`));
    } else if (kind === LiveChangeKind.Fulfilled && a.status === 'arrived') {
      fulfil(moves, at, a, encounter(id));
    }
  };

  const runRandom = (change: RandomChange, at: number): void => {
    switch (change.kind) {
      case LiveChangeKind.Booked: {
        const booked = book(moves, at, change.random);
        if (booked !== undefined) plan(booked, at);
        return;
      }
      case LiveChangeKind.Rescheduled: {
        const moved = reschedule(moves, at, change.random);
        if (moved !== undefined) plan(moved, at);
        return;
      }
      case LiveChangeKind.Cancelled:
        cancel(moves, at, change.random);
        return;
      case LiveChangeKind.Deactivated:
        deactivate(moves, at, change.random);
        return;
      default:
        return;
    }
  };

  for (const a of store.list('Appointment') as readonly Appointment[]) {
    if (a.status === 'booked' || a.status === 'arrived') plan(a, cursor);
  }

  const catchUp = (): void => {
    const now = clock.now();
    if (now <= cursor) return;
    const lastMinute = Math.floor(now / minuteMs);
    for (let minute = minutesQueued; minute <= lastMinute; minute++) {
      for (const change of randomChangesOfMinute(seed, minute, ratePerHour, timeZone)) {
        // The minute the practice went live keeps only its changes after that instant.
        if (change.at <= cursor) continue;
        enqueue({ at: change.at, tie: `random:${change.at}`, run: (at) => runRandom(change, at) });
      }
    }
    minutesQueued = lastMinute + 1;
    while (queue.length > 0 && (queue[queue.length - 1] as Due).at <= now) {
      const due = queue.pop() as Due;
      due.run(due.at);
    }
    cursor = now;
  };
  return {
    catchUp,
    changes(changeOptions = {}) {
      catchUp();
      return log.slice(Math.max(0, changeOptions.since ?? 0));
    },
  };
}
