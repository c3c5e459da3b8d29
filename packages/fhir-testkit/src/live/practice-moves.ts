import type {
  Appointment,
  Encounter,
  Location,
  Observation,
  Patient,
  Resource,
  Schedule,
  Slot,
} from 'fhir/r4.js';
import { appointmentReasons, CodeSystem, vitalSigns } from '../data/clinical-vocabulary.js';
import type { RandomSource } from '../data/random.js';
import { localInstantOf } from '../data/time-zone.js';
import type { ResourceStore } from '../server/store/resource-store.js';
import { LiveChangeKind } from './live-schedule.js';

/** Where the moves write: the store, the practice's zone, new ids, and what to tell the log. */
export interface PracticeMoves {
  readonly store: ResourceStore;
  readonly timeZone: string;
  /** The next id for a new resource with this prefix (`appt`, `enc`, `obs`). */
  nextId(prefix: string): string;
  /** Records one written version in the changes log. */
  logged(kind: LiveChangeKind, resource: Resource): void;
}

const hourMs = 3_600_000;
const liveStatuses = new Set(['booked', 'arrived']);

/** Writes a new version at `at` through the store's one update path, and logs it. */
function write<T extends Resource>(m: PracticeMoves, kind: LiveChangeKind, resource: T, at: number): T {
  const { resource: stored } = m.store.update(resource, { createIfMissing: true, at });
  m.logged(kind, stored);
  return stored as T;
}

const pick = <T>(random: RandomSource, items: readonly T[]): T | undefined =>
  items.length === 0 ? undefined : items[Math.floor(random() * items.length)];

const refOf = (a: Appointment, type: string) =>
  a.participant.find((p) => p.actor?.reference?.startsWith(`${type}/`))?.actor?.reference ?? '';
const appointments = (m: PracticeMoves) => m.store.list('Appointment') as readonly Appointment[];
const scheduleOf = (m: PracticeMoves, a: Appointment) =>
  (m.store.get('Slot', a.slot?.[0]?.reference?.slice(5) ?? '') as Slot | undefined)?.schedule.reference;
const freeSlots = (m: PracticeMoves, after: number, schedule?: string) =>
  (m.store.list('Slot') as readonly Slot[]).filter(
    (s) =>
      s.status === 'free' &&
      Date.parse(s.start) > after &&
      (schedule === undefined || s.schedule.reference === schedule),
  );
/** Booked consults that start over an hour from `at`: the ones a front desk still moves. */
const movableBookings = (m: PracticeMoves, at: number) =>
  appointments(m).filter((a) => a.status === 'booked' && Date.parse(a.start ?? '') > at + hourMs);

function setSlot(
  m: PracticeMoves,
  kind: LiveChangeKind,
  slotRef: string | undefined,
  status: Slot['status'],
  at: number,
) {
  const slot = m.store.get('Slot', slotRef?.slice(5) ?? '') as Slot | undefined;
  if (slot !== undefined && slot.status !== status) write(m, kind, { ...slot, status }, at);
}

/** A patient books a free slot over an hour ahead, with the GP and room of the slot's schedule. */
export function book(m: PracticeMoves, at: number, random: RandomSource): Appointment | undefined {
  const slot = pick(random, freeSlots(m, at + hourMs));
  const patient = pick(
    random,
    (m.store.list('Patient') as readonly Patient[]).filter((p) => p.active !== false),
  );
  const schedule = m.store.get('Schedule', slot?.schedule.reference?.slice(9) ?? '') as Schedule | undefined;
  const gp = schedule?.actor.find((a) => a.reference?.startsWith('Practitioner/'));
  const room = schedule?.actor.find((a) => a.reference?.startsWith('Location/'));
  if (slot === undefined || patient === undefined || gp === undefined || schedule?.active === false)
    return undefined;
  const reason =
    appointmentReasons[Math.floor(random() * appointmentReasons.length)] ?? appointmentReasons[0]!;
  setSlot(m, LiveChangeKind.Booked, `Slot/${slot.id}`, 'busy', at);
  const appointment: Appointment = {
    resourceType: 'Appointment',
    id: m.nextId('appt'),
    status: 'booked',
    ...(schedule?.serviceType === undefined ? {} : { serviceType: schedule.serviceType }),
    reasonCode: [{ coding: [reason], text: reason.display ?? '' }],
    description: reason.display ?? 'Consultation',
    start: slot.start,
    end: slot.end,
    minutesDuration: Math.round((Date.parse(slot.end) - Date.parse(slot.start)) / 60_000),
    slot: [{ reference: `Slot/${slot.id}` }],
    created: localInstantOf(at, m.timeZone),
    participant: [
      { actor: { reference: `Patient/${patient.id}` }, required: 'required', status: 'accepted' },
      { actor: gp, required: 'required', status: 'accepted' },
      ...(room === undefined
        ? []
        : [{ actor: room, required: 'information-only' as const, status: 'accepted' as const }]),
    ],
  };
  return write(m, LiveChangeKind.Booked, appointment, at);
}

/** A booked consult over an hour ahead is cancelled; its slot is free again. */
export function cancel(
  m: PracticeMoves,
  at: number,
  random: RandomSource,
  only?: Appointment,
): Appointment | undefined {
  const appointment = only ?? pick(random, movableBookings(m, at));
  if (appointment === undefined) return undefined;
  const cancelled = write(m, LiveChangeKind.Cancelled, { ...appointment, status: 'cancelled' as const }, at);
  setSlot(m, LiveChangeKind.Cancelled, appointment.slot?.[0]?.reference, 'free', at);
  return cancelled;
}

/** A booked consult over an hour ahead moves to another free slot of the same GP. */
export function reschedule(m: PracticeMoves, at: number, random: RandomSource): Appointment | undefined {
  const appointment = pick(random, movableBookings(m, at));
  if (appointment === undefined) return undefined;
  const slot = pick(random, freeSlots(m, at + hourMs, scheduleOf(m, appointment)));
  if (slot === undefined) return undefined;
  setSlot(m, LiveChangeKind.Rescheduled, appointment.slot?.[0]?.reference, 'free', at);
  setSlot(m, LiveChangeKind.Rescheduled, `Slot/${slot.id}`, 'busy', at);
  return write(
    m,
    LiveChangeKind.Rescheduled,
    { ...appointment, start: slot.start, end: slot.end, slot: [{ reference: `Slot/${slot.id}` }] },
    at,
  );
}

/** A patient with no consult under way leaves: inactive, and their live bookings cancelled. */
export function deactivate(m: PracticeMoves, at: number, random: RandomSource): Patient | undefined {
  const live = appointments(m).filter((a) => liveStatuses.has(a.status));
  const busy = new Set(
    live
      .filter((a) => a.status === 'arrived' || Date.parse(a.start ?? '') <= at + hourMs)
      .map((a) => refOf(a, 'Patient')),
  );
  const patient = pick(
    random,
    (m.store.list('Patient') as readonly Patient[]).filter(
      (p) => p.active !== false && !busy.has(`Patient/${p.id}`),
    ),
  );
  if (patient === undefined) return undefined;
  const left = write(m, LiveChangeKind.Deactivated, { ...patient, active: false }, at);
  for (const a of live) {
    if (refOf(a, 'Patient') === `Patient/${patient.id}`) cancel(m, at, random, a);
  }
  return left;
}

/** The patient is in the waiting room. */
export function arrive(m: PracticeMoves, at: number, appointment: Appointment): void {
  write(m, LiveChangeKind.Arrived, { ...appointment, status: 'arrived' as const }, at);
}

/** The consult starts: an in-progress Encounter. Returns its id. */
export function start(m: PracticeMoves, at: number, appointment: Appointment): string {
  const patient = refOf(appointment, 'Patient');
  const practitioner = appointment.participant.find((p) =>
    p.actor?.reference?.startsWith('Practitioner/'),
  )?.actor;
  const location = refOf(appointment, 'Location');
  const provider = (m.store.get('Location', location.slice(9)) as Location | undefined)?.managingOrganization;
  const encounter: Encounter = {
    resourceType: 'Encounter',
    id: m.nextId('enc'),
    status: 'in-progress',
    class: { system: CodeSystem.ActCode, code: 'AMB', display: 'ambulatory' },
    ...(appointment.reasonCode === undefined
      ? {}
      : { type: appointment.reasonCode.map((c) => ({ coding: c.coding ?? [] })) }),
    subject: { reference: patient },
    ...(practitioner === undefined ? {} : { participant: [{ individual: practitioner }] }),
    appointment: [{ reference: `Appointment/${appointment.id}` }],
    period: { start: appointment.start ?? '' },
    ...(location === '' ? {} : { location: [{ location: { reference: location } }] }),
    ...(provider?.reference === undefined ? {} : { serviceProvider: { reference: provider.reference } }),
  };
  return write(m, LiveChangeKind.Started, encounter, at).id ?? '';
}

/** A vital sign taken during the consult, dated when taken. */
export function observe(m: PracticeMoves, at: number, encounter: Encounter, random: RandomSource): void {
  const vital = vitalSigns[Math.floor(random() * vitalSigns.length)] ?? vitalSigns[0]!;
  const factor = 10 ** vital.decimals;
  const value = Math.round((vital.min + random() * (vital.max - vital.min)) * factor) / factor;
  const observation: Observation = {
    resourceType: 'Observation',
    id: m.nextId('obs'),
    status: 'final',
    category: [{ coding: [{ system: CodeSystem.ObservationCategory, code: 'vital-signs' }] }],
    code: {
      coding: [{ system: CodeSystem.Loinc, code: vital.code, display: vital.display }],
      text: vital.display,
    },
    subject: encounter.subject ?? {},
    encounter: { reference: `Encounter/${encounter.id}` },
    effectiveDateTime: localInstantOf(at, m.timeZone),
    issued: new Date(at).toISOString(),
    ...(encounter.participant?.[0]?.individual === undefined
      ? {}
      : { performer: [encounter.participant[0].individual] }),
    valueQuantity: { value, unit: vital.unit, system: CodeSystem.Ucum, code: vital.unit },
  };
  write(m, LiveChangeKind.Observed, observation, at);
}

/** The consult is over: the appointment fulfilled and its Encounter finished at the booked end. */
export function fulfil(
  m: PracticeMoves,
  at: number,
  appointment: Appointment,
  encounter: Encounter | undefined,
): void {
  write(m, LiveChangeKind.Fulfilled, { ...appointment, status: 'fulfilled' as const }, at);
  if (encounter !== undefined) {
    write(
      m,
      LiveChangeKind.Fulfilled,
      {
        ...encounter,
        status: 'finished' as const,
        period: { start: encounter.period?.start ?? appointment.start ?? '', end: appointment.end ?? '' },
      },
      at,
    );
  }
}

/** The patient never came. */
export function markNoShow(m: PracticeMoves, at: number, appointment: Appointment): void {
  write(m, LiveChangeKind.NoShow, { ...appointment, status: 'noshow' as const }, at);
}
