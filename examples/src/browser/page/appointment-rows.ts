import type { Appointment, Patient, Practitioner, Resource } from 'fhir/r4.js';

/** One rendered row of the page's table: what the browser run compares with the mock's store. */
export interface AppointmentRow {
  readonly id: string;
  /** Start, `hh:mm` at the practice. */
  readonly time: string;
  readonly patient: string;
  readonly practitioner: string;
  readonly status: string;
}

/** Finds a resource by `Type/id`: the page asks the client's page, the check asks the mock's store. */
export type ResolveReference = (reference: string) => Resource | undefined;

/** Shown where an appointment's participant was not returned (Halo hides inactive records). */
export const notReturned = '(not returned)';

/** The row of one appointment, its patient and GP looked up with `resolve`. */
export function appointmentRow(
  appointment: Appointment,
  resolve: ResolveReference,
  timeZone: string,
): AppointmentRow {
  const actor = (type: string) =>
    appointment.participant
      .map((p) => p.actor?.reference)
      .find((reference) => reference?.startsWith(`${type}/`));
  const patientRef = actor('Patient');
  const practitionerRef = actor('Practitioner');
  const patient = patientRef === undefined ? undefined : (resolve(patientRef) as Patient | undefined);
  const practitioner =
    practitionerRef === undefined ? undefined : (resolve(practitionerRef) as Practitioner | undefined);
  return {
    id: appointment.id ?? '',
    time: appointment.start === undefined ? '' : localTime(appointment.start, timeZone),
    patient: patient ? nameOf(patient) : notReturned,
    practitioner: practitioner ? nameOf(practitioner) : notReturned,
    status: appointment.status,
  };
}

/** Rows in the order the page shows them: by start time, then id. */
export function sortRows(rows: readonly AppointmentRow[]): AppointmentRow[] {
  return [...rows].sort((a, b) => a.time.localeCompare(b.time) || a.id.localeCompare(b.id));
}

/** Today at the practice, `YYYY-MM-DD` (the `en-CA` locale writes dates that way). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function localTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

function nameOf(person: Patient | Practitioner): string {
  const name = person.name?.[0];
  if (name === undefined) return `${person.resourceType}/${person.id ?? ''}`;
  return [name.prefix?.join(' '), name.given?.join(' '), name.family].filter(Boolean).join(' ');
}
