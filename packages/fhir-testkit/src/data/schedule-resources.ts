import type { Appointment, Encounter, Resource, Slot } from 'fhir/r4.js';
import { appointmentReasons, CodeSystem } from './clinical-vocabulary.js';
import { firstVersionMeta, type GenerationContext, reference } from './generation-context.js';
import { addDays, localInstant } from './time-zone.js';

/** First consult of the day: 08:00 local time. */
const dayStartMinute = 8 * 60;
/** Standard GP consult length in minutes. */
export const slotMinutes = 15;
/** 08:00 to 17:00 in 15-minute consults. */
export const maxSlotsPerDay = 36;

/** Who one GP's day is for: the GP, where, and the patients who may book. */
export interface GpDay {
  readonly practitionerId: string;
  readonly practitionerDisplay: string;
  readonly scheduleId: string;
  readonly locationId: string;
  readonly organizationId: string;
  readonly patientIds: readonly string[];
}

/** Running counters so ids stay unique and dense across GPs and days. */
export interface ScheduleCounters {
  slot: number;
  appointment: number;
  encounter: number;
}

const statusWeights: readonly (readonly [Appointment['status'], number])[] = [
  ['booked', 0.8],
  ['fulfilled', 0.08],
  ['arrived', 0.04],
  ['cancelled', 0.05],
  ['noshow', 0.03],
];

function drawStatus(ctx: GenerationContext): Appointment['status'] {
  let roll = ctx.draw.random();
  for (const [status, weight] of statusWeights) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'booked';
}

/**
 * One GP's slots for `slotsPerDay` consults on each day, about 80% of them booked. Fulfilled and
 * arrived appointments get an Encounter, as a PMS records one when the consult starts.
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
      const booked = gp.patientIds.length > 0 && ctx.draw.chance(0.8);
      const status = booked ? drawStatus(ctx) : undefined;
      counters.slot += 1;
      const slotId = `slot-${counters.slot}`;
      const slot: Slot = {
        resourceType: 'Slot',
        id: slotId,
        meta: firstVersionMeta(ctx),
        schedule: reference('Schedule', gp.scheduleId),
        status: booked && status !== 'cancelled' ? 'busy' : 'free',
        start,
        end,
      };
      out.push(slot);
      if (!booked || status === undefined) continue;
      counters.appointment += 1;
      const appointmentId = `appt-${counters.appointment}`;
      const patientId = ctx.draw.pick(gp.patientIds);
      const reason = ctx.draw.pick(appointmentReasons);
      const appointment: Appointment = {
        resourceType: 'Appointment',
        id: appointmentId,
        meta: firstVersionMeta(ctx),
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
        created: addDays(date, -ctx.draw.int(1, 30)),
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
      out.push(appointment);
      if (status !== 'fulfilled' && status !== 'arrived') continue;
      counters.encounter += 1;
      const encounter: Encounter = {
        resourceType: 'Encounter',
        id: `enc-${counters.encounter}`,
        meta: firstVersionMeta(ctx),
        status: status === 'fulfilled' ? 'finished' : 'arrived',
        class: { system: CodeSystem.ActCode, code: 'AMB', display: 'ambulatory' },
        type: [{ coding: [reason] }],
        subject: reference('Patient', patientId),
        participant: [{ individual: reference('Practitioner', gp.practitionerId, gp.practitionerDisplay) }],
        appointment: [reference('Appointment', appointmentId)],
        period: status === 'fulfilled' ? { start, end } : { start },
        location: [{ location: reference('Location', gp.locationId) }],
        serviceProvider: reference('Organization', gp.organizationId),
      };
      out.push(encounter);
    }
  }
}
