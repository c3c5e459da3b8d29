import type { Appointment, Encounter, Resource, Slot } from 'fhir/r4.js';
import { consultObservation } from './clinical-resources.js';
import { appointmentReasons, CodeSystem } from './clinical-vocabulary.js';
import {
  dayMs,
  drawInstant,
  type GenerationContext,
  keepEarlier,
  metaAt,
  reference,
} from './generation-context.js';
import { addDays, localInstant, localInstantOf } from './time-zone.js';

/** First consult of the day: 08:00 local time. */
const dayStartMinute = 8 * 60;
/** Standard GP consult length in minutes. */
export const slotMinutes = 15;
/** 08:00 to 17:00 in 15-minute consults. */
export const maxSlotsPerDay = 36;

const minuteMs = 60_000;

/** A patient who may book, and when they left the practice (epoch ms; undefined while active). */
export interface BookablePatient {
  readonly id: string;
  readonly leftAt: number | undefined;
}

/** Who one GP's day is for: the GP, where, and the patients who may book. */
export interface GpDay {
  readonly practitionerId: string;
  readonly practitionerDisplay: string;
  readonly scheduleId: string;
  readonly locationId: string;
  readonly organizationId: string;
  /** The GP's own patients first choice; inactive ones only for consults that ended before they left. */
  readonly patients: readonly BookablePatient[];
  /** Active patients to book instead when the drawn one had left (the GP's own, else anyone's). */
  readonly activePatientIds: readonly string[];
}

/** Running counters so ids stay unique and dense across GPs and days. */
export interface ScheduleCounters {
  slot: number;
  appointment: number;
  encounter: number;
  observation: number;
}

/** How a booking ends, whatever `now` is: the clock only decides how far along it is. */
const AppointmentFate = { Attends: 'attends', Cancels: 'cancels', NoShow: 'noshow' } as const;
type AppointmentFate = (typeof AppointmentFate)[keyof typeof AppointmentFate];

const fateWeights: readonly (readonly [AppointmentFate, number])[] = [
  [AppointmentFate.Attends, 0.86],
  [AppointmentFate.Cancels, 0.09],
  [AppointmentFate.NoShow, 0.05],
];

function drawFate(ctx: GenerationContext): AppointmentFate {
  let roll = ctx.draw.random();
  for (const [fate, weight] of fateWeights) {
    roll -= weight;
    if (roll < 0) return fate;
  }
  return AppointmentFate.Attends;
}

/**
 * One consult's story as instants (epoch ms, whole minutes): the slot is published, booked,
 * then cancelled, or marked a no-show after it ends, or the patient arrives, the consult starts
 * (Encounter), a vital sign may be taken, and it is fulfilled after it ends. Every time is drawn
 * whatever `now` is; `now` only decides which of these events have happened.
 */
export interface ConsultTimeline {
  readonly start: number;
  readonly end: number;
  readonly publishedAt: number;
  readonly bookedAt: number;
  readonly fate: AppointmentFate;
  /** Cancels: when; NoShow: when marked; Attends: when it was fulfilled. */
  readonly settledAt: number;
  /** Attends: when the patient arrived (before the start). */
  readonly arrivedAt: number;
  /** Attends: when a vital sign was taken, if one was. */
  readonly observedAt: number | undefined;
}

function drawTimeline(ctx: GenerationContext, start: number, end: number): ConsultTimeline {
  const publishedAt = drawInstant(
    ctx,
    Math.min(start - 56 * dayMs, ctx.now - 7 * dayMs) - 6 * 3_600_000,
    Math.min(start - 42 * dayMs, ctx.now - 7 * dayMs),
  );
  // Booked 1 hour to 30 days ahead, and never after now (a future consult is already in the book).
  const ahead = drawInstant(ctx, start - 30 * dayMs, start - 3_600_000);
  const bookedAt = Math.max(
    publishedAt + minuteMs,
    Math.min(ahead, ctx.now - ctx.draw.int(1, 3 * 24 * 60) * minuteMs),
  );
  const fate = drawFate(ctx);
  const arrivedAt = start - ctx.draw.int(2, 15) * minuteMs;
  const settledAt =
    fate === AppointmentFate.Cancels
      ? drawInstant(ctx, bookedAt + minuteMs, Math.max(bookedAt + minuteMs, start - minuteMs))
      : fate === AppointmentFate.NoShow
        ? end + ctx.draw.int(15, 60) * minuteMs
        : end + ctx.draw.int(0, 10) * minuteMs;
  const observedAt =
    fate === AppointmentFate.Attends && ctx.draw.chance(0.3)
      ? start + ctx.draw.int(1, slotMinutes - 1) * minuteMs
      : undefined;
  return { start, end, publishedAt, bookedAt, fate, settledAt, arrivedAt, observedAt };
}

/** The patient for a consult: the drawn one unless they had left before it was settled. */
function bookablePatient(ctx: GenerationContext, gp: GpDay, settledAt: number): string | undefined {
  const drawn = ctx.draw.pick(gp.patients);
  if (drawn.leftAt === undefined || drawn.leftAt >= settledAt) return drawn.id;
  return gp.activePatientIds.length === 0 ? undefined : ctx.draw.pick(gp.activePatientIds);
}

/**
 * One GP's slots for `slotsPerDay` consults on each day, about 80% of them booked, each as far
 * along its {@link ConsultTimeline} as `ctx.now` says: `booked` until the patient arrives,
 * `arrived` (with an in-progress Encounter from the start) until it is fulfilled after the end,
 * or `cancelled`/`noshow`. `meta.versionId` counts the changes and `meta.lastUpdated` is the latest.
 */
export function generateGpSchedule(
  ctx: GenerationContext,
  gp: GpDay,
  slotsPerDay: number,
  counters: ScheduleCounters,
  out: Resource[],
): void {
  for (let day = 0; day < ctx.days; day++) {
    const date = addDays(ctx.startDate, day);
    for (let n = 0; n < slotsPerDay; n++) {
      const startMinute = dayStartMinute + Math.floor((n * maxSlotsPerDay) / slotsPerDay) * slotMinutes;
      const start = localInstant(date, startMinute, ctx.timeZone);
      const end = localInstant(date, startMinute + slotMinutes, ctx.timeZone);
      const timeline = drawTimeline(ctx, Date.parse(start), Date.parse(end));
      const patientId =
        gp.patients.length > 0 && ctx.draw.chance(0.8)
          ? bookablePatient(ctx, gp, timeline.settledAt)
          : undefined;
      const booked = patientId !== undefined && timeline.bookedAt <= ctx.now;
      counters.slot += 1;
      const slotId = `slot-${counters.slot}`;
      const cancelled = booked && timeline.fate === AppointmentFate.Cancels && timeline.settledAt <= ctx.now;
      const slot: Slot = {
        resourceType: 'Slot',
        id: slotId,
        meta: !booked
          ? metaAt(1, timeline.publishedAt)
          : cancelled
            ? metaAt(3, timeline.settledAt)
            : metaAt(2, timeline.bookedAt),
        schedule: reference('Schedule', gp.scheduleId),
        status: booked && !cancelled ? 'busy' : 'free',
        start,
        end,
      };
      if (booked) {
        keepEarlier(ctx, slot, () => [
          { ...slot, status: 'free', meta: metaAt(1, timeline.publishedAt) },
          ...(cancelled ? [{ ...slot, status: 'busy' as const, meta: metaAt(2, timeline.bookedAt) }] : []),
        ]);
      }
      out.push(slot);
      if (!booked || patientId === undefined) continue;
      counters.appointment += 1;
      const appointmentId = `appt-${counters.appointment}`;
      const reason = ctx.draw.pick(appointmentReasons);
      const { status, versionId, lastUpdated } = appointmentState(timeline, ctx.now);
      const appointment: Appointment = {
        resourceType: 'Appointment',
        id: appointmentId,
        meta: metaAt(versionId, lastUpdated),
        status,
        serviceType: [
          { coding: [{ system: CodeSystem.Snomed, code: '394814009', display: 'General practice' }] },
        ],
        reasonCode: [{ coding: [reason], text: reason.display ?? '' }],
        description: reason.display ?? 'Consultation',
        start,
        end,
        minutesDuration: slotMinutes,
        slot: [reference('Slot', slotId)],
        created: localInstantOf(timeline.bookedAt, ctx.timeZone),
        participant: [
          { actor: reference('Patient', patientId), required: 'required', status: 'accepted' },
          {
            actor: reference('Practitioner', gp.practitionerId, gp.practitionerDisplay),
            required: 'required',
            status: 'accepted',
          },
          { actor: reference('Location', gp.locationId), required: 'information-only', status: 'accepted' },
        ],
      };
      if (versionId > 1) {
        keepEarlier(ctx, appointment, () => [
          { ...appointment, status: 'booked', meta: metaAt(1, timeline.bookedAt) },
          ...(status === 'fulfilled'
            ? [{ ...appointment, status: 'arrived' as const, meta: metaAt(2, timeline.arrivedAt) }]
            : []),
        ]);
      }
      out.push(appointment);
      if (timeline.fate !== AppointmentFate.Attends || timeline.start > ctx.now) continue;
      counters.encounter += 1;
      const encounterId = `enc-${counters.encounter}`;
      const finished = timeline.settledAt <= ctx.now;
      const encounter: Encounter = {
        resourceType: 'Encounter',
        id: encounterId,
        meta: finished ? metaAt(2, timeline.settledAt) : metaAt(1, timeline.start),
        status: finished ? 'finished' : 'in-progress',
        class: { system: CodeSystem.ActCode, code: 'AMB', display: 'ambulatory' },
        type: [{ coding: [reason] }],
        subject: reference('Patient', patientId),
        participant: [{ individual: reference('Practitioner', gp.practitionerId, gp.practitionerDisplay) }],
        appointment: [reference('Appointment', appointmentId)],
        period: finished ? { start, end } : { start },
        location: [{ location: reference('Location', gp.locationId) }],
        serviceProvider: reference('Organization', gp.organizationId),
      };
      if (finished) {
        keepEarlier(ctx, encounter, () => [
          { ...encounter, status: 'in-progress', period: { start }, meta: metaAt(1, timeline.start) },
        ]);
      }
      out.push(encounter);
      if (timeline.observedAt === undefined || timeline.observedAt > ctx.now) continue;
      counters.observation += 1;
      out.push(
        consultObservation(ctx, `obs-${counters.observation}`, {
          patientId,
          practitionerId: gp.practitionerId,
          encounterId,
          at: timeline.observedAt,
        }),
      );
    }
  }
}

/** Where a consult's appointment stands at `now`: its status, version and last change. */
export function appointmentState(
  timeline: ConsultTimeline,
  now: number,
): { status: Appointment['status']; versionId: number; lastUpdated: number } {
  const settled = timeline.settledAt <= now;
  switch (timeline.fate) {
    case AppointmentFate.Cancels:
      return settled
        ? { status: 'cancelled', versionId: 2, lastUpdated: timeline.settledAt }
        : { status: 'booked', versionId: 1, lastUpdated: timeline.bookedAt };
    case AppointmentFate.NoShow:
      return settled
        ? { status: 'noshow', versionId: 2, lastUpdated: timeline.settledAt }
        : { status: 'booked', versionId: 1, lastUpdated: timeline.bookedAt };
    case AppointmentFate.Attends:
      if (settled) return { status: 'fulfilled', versionId: 3, lastUpdated: timeline.settledAt };
      if (timeline.arrivedAt <= now)
        return { status: 'arrived', versionId: 2, lastUpdated: timeline.arrivedAt };
      return { status: 'booked', versionId: 1, lastUpdated: timeline.bookedAt };
  }
}
