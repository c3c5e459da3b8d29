import { createSeededRandom, type RandomSource } from '../data/random.js';
import { zoneOffsetMinutes } from '../data/time-zone.js';

/** What happens to a practice during a day: each kind of change the live practice makes. */
export const LiveChangeKind = {
  /** A patient books a free slot (Appointment created, Slot busy). */
  Booked: 'booked',
  /** A booked consult is cancelled (Appointment cancelled, Slot free). */
  Cancelled: 'cancelled',
  /** A booked consult moves to another free slot of the same GP (both Slots change). */
  Rescheduled: 'rescheduled',
  /** The patient arrives before the consult (Appointment arrived). */
  Arrived: 'arrived',
  /** The consult starts (Encounter in progress). */
  Started: 'started',
  /** A vital sign is taken during the consult (Observation with its Encounter). */
  Observed: 'observed',
  /** The consult is over (Appointment fulfilled, Encounter finished). */
  Fulfilled: 'fulfilled',
  /** The patient never came (Appointment noshow). */
  NoShow: 'noshow',
  /** A patient leaves the practice (Patient inactive; their future bookings cancelled). */
  Deactivated: 'deactivated',
} as const;
/** One kind of {@link LiveChangeKind}. */
export type LiveChangeKind = (typeof LiveChangeKind)[keyof typeof LiveChangeKind];

/** Kinds that happen at random, weighted; the consult kinds follow each booking's own plan. */
const randomKinds: readonly (readonly [LiveChangeKind, number])[] = [
  [LiveChangeKind.Booked, 0.45],
  [LiveChangeKind.Cancelled, 0.22],
  [LiveChangeKind.Rescheduled, 0.27],
  [LiveChangeKind.Deactivated, 0.06],
];

const minuteMs = 60_000;
/** The front desk takes bookings and cancellations from 07:00 to 19:00 practice time. */
const deskOpensHour = 7;
const deskClosesHour = 19;

/** A seeded source for one `(seed, key)` pair: FNV-1a of the key mixed into the seed. */
export function randomFor(seed: number, key: string): RandomSource {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return createSeededRandom(hash >>> 0);
}

/** A random change due at `at` (epoch ms, whole seconds): its kind and its own source for choices. */
export interface RandomChange {
  readonly at: number;
  readonly kind: LiveChangeKind;
  readonly random: RandomSource;
}

/**
 * The random changes of one minute (epoch minute number), the same whenever asked: none outside the
 * desk's hours in `timeZone`, else `ratePerHour / 60` on average, at distinct seconds 1–59 (second 0
 * is left to the consults' own times, so the two never tie).
 */
export function randomChangesOfMinute(
  seed: number,
  minute: number,
  ratePerHour: number,
  timeZone: string,
): RandomChange[] {
  const start = minute * minuteMs;
  const localHour = new Date(start + zoneOffsetMinutes(timeZone, start) * minuteMs).getUTCHours();
  if (localHour < deskOpensHour || localHour >= deskClosesHour) return [];
  const random = randomFor(seed, `minute:${minute}`);
  const perMinute = ratePerHour / 60;
  const count = Math.min(59, Math.floor(perMinute) + (random() < perMinute % 1 ? 1 : 0));
  const seconds = new Set<number>();
  while (seconds.size < count) seconds.add(1 + Math.floor(random() * 59));
  return [...seconds]
    .sort((a, b) => a - b)
    .map((second, index) => {
      let roll = random();
      let kind: LiveChangeKind = LiveChangeKind.Booked;
      for (const [candidate, weight] of randomKinds) {
        roll -= weight;
        if (roll < 0) {
          kind = candidate;
          break;
        }
      }
      return { at: start + second * 1000, kind, random: randomFor(seed, `change:${minute}:${index}`) };
    });
}

/** A consult's own next steps, each at its time (epoch ms, whole minutes). */
export interface ConsultStep {
  readonly at: number;
  readonly kind: LiveChangeKind;
  readonly appointmentId: string;
}

/**
 * The steps a booked (or arrived) consult will take, from the seed, its id and its times, the
 * same whenever asked: 93% arrive 2–15 minutes early, start on time, have a vital sign taken
 * 30% of the time, and are fulfilled 0–10 minutes after the end; the rest are marked no-shows
 * 15–60 minutes after the end. Steps already taken (per `status`, `started`) are left out.
 */
export function consultSteps(
  seed: number,
  appointment: { readonly id: string; readonly start: number; readonly end: number; readonly status: string },
  started: boolean,
): ConsultStep[] {
  const random = randomFor(seed, `consult:${appointment.id}:${appointment.start}`);
  const minutes = (min: number, max: number) => (min + Math.floor(random() * (max - min + 1))) * minuteMs;
  const step = (at: number, kind: LiveChangeKind): ConsultStep => ({
    at,
    kind,
    appointmentId: appointment.id,
  });
  const noShow = random() < 0.07;
  const arrive = appointment.start - minutes(2, 15);
  const observe = random() < 0.3 ? appointment.start + minutes(1, 14) : undefined;
  const fulfil = appointment.end + minutes(0, 10);
  const markNoShow = appointment.end + minutes(15, 60);
  if (appointment.status === 'booked' && noShow) return [step(markNoShow, LiveChangeKind.NoShow)];
  const steps: ConsultStep[] = [];
  if (appointment.status === 'booked') steps.push(step(arrive, LiveChangeKind.Arrived));
  if (!started) steps.push(step(appointment.start, LiveChangeKind.Started));
  if (observe !== undefined) steps.push(step(observe, LiveChangeKind.Observed));
  steps.push(step(fulfil, LiveChangeKind.Fulfilled));
  return steps;
}
