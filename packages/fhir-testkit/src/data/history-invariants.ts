import type { Appointment, Encounter, FhirResource, Resource, Slot } from 'fhir/r4.js';
import { localDateOf, startOfLocalDay } from './time-zone.js';

/**
 * The rules a practice's history keeps, by name: what the generator promises of every resource
 * at the instant it generates for, and what the live practice keeps as its clock moves. One table,
 * so the README, the tests and a user's own checks name the same rules.
 */
export const HistoryInvariant = {
  /** Every `meta.versionId` is a whole number ≥ 1 and every `meta.lastUpdated` an instant no later than now. */
  NothingInTheFuture: 'nothing-in-the-future',
  /** An appointment has `created`, before its start and no later than its last update; a first version was last updated when created. */
  BookedBeforeItStarts: 'booked-before-it-starts',
  /**
   * An appointment's status agrees with the clock and its versions: `booked` not left past its end
   * by more than an hour; `arrived` from an hour before its start; `fulfilled` and `noshow` last
   * updated after its end; `arrived`/`cancelled`/`noshow` at version ≥ 2, `fulfilled` ≥ 3.
   */
  StatusFollowsTheClock: 'status-follows-the-clock',
  /**
   * An Encounter belongs to an `arrived` or `fulfilled` appointment and lies inside its times; an
   * `in-progress` one has started and has no end, a `finished` one ended, was last updated after
   * the end, and its appointment is `fulfilled`.
   */
  EncounterFollowsItsAppointment: 'encounter-follows-its-appointment',
  /** Clinical dates (onset, recorded, given, taken, asserted) are on or after the patient's birth date, no later than now, and no later than the record's last update. */
  ClinicalAfterBirth: 'clinical-after-birth',
  /** A record that names an Encounter is dated inside the encounter's period. */
  ClinicalInsideItsEncounter: 'clinical-inside-its-encounter',
  /**
   * No live appointment (proposed, pending, booked, arrived, checked-in, waitlist) names an
   * inactive Patient or Practitioner: under Halo's only-active rule its `_include` would vanish,
   * which a test could not tell from a lost include.
   */
  NoLiveAppointmentForInactive: 'no-live-appointment-for-inactive',
  /** A slot is `busy` exactly when an appointment that is not cancelled (or entered in error) holds it. */
  SlotAgreesWithItsAppointment: 'slot-agrees-with-its-appointment',
  /** An inactive Patient or Practitioner was made inactive by a change: version ≥ 2. */
  DeactivationIsAChange: 'deactivation-is-a-change',
} as const;
/** The name of one history invariant. */
export type HistoryInvariant = (typeof HistoryInvariant)[keyof typeof HistoryInvariant];

/** One broken rule: which, by which resource, and how. */
export interface HistoryViolation {
  /** Which rule the history broke. */
  readonly invariant: HistoryInvariant;
  /** `Type/id`. */
  readonly resource: string;
  /** What is wrong, in words. */
  readonly message: string;
}

/** Options of {@link checkHistory}. */
export interface HistoryCheckOptions {
  /** The instant the data is seen at: the generator's `now`, or the live mock's clock. */
  readonly now: Date | number | string;
  /** The practice's IANA zone, for dates without a time. @default 'Australia/Sydney' */
  readonly timeZone?: string;
}

const liveStatuses: ReadonlySet<string> = new Set([
  'proposed',
  'pending',
  'booked',
  'arrived',
  'checked-in',
  'waitlist',
]);
const hourMs = 3_600_000;

interface Checking {
  readonly now: number;
  readonly timeZone: string;
  readonly byKey: ReadonlyMap<string, Resource>;
  report(invariant: HistoryInvariant, resource: Resource, message: string): void;
}

const keyOf = (r: Resource): string => `${r.resourceType}/${r.id ?? ''}`;
const lastUpdatedOf = (r: Resource): number => Date.parse(r.meta?.lastUpdated ?? '');
const versionOf = (r: Resource): number => Number(r.meta?.versionId);

/** The instant a FHIR date or dateTime starts (a date-only value at local midnight). */
function startOf(value: string, timeZone: string): number {
  return value.length === 10 ? startOfLocalDay(value, timeZone) : Date.parse(value);
}
/** The local calendar date of a FHIR date or dateTime. */
function dateOf(value: string, timeZone: string): string {
  return value.length === 10 ? value : localDateOf(Date.parse(value), timeZone);
}

function checkMeta(c: Checking, r: Resource): void {
  const version = versionOf(r);
  const lastUpdated = lastUpdatedOf(r);
  if (!Number.isInteger(version) || version < 1) {
    c.report(
      HistoryInvariant.NothingInTheFuture,
      r,
      `versionId ${r.meta?.versionId} is not a whole number ≥ 1`,
    );
  }
  if (Number.isNaN(lastUpdated)) {
    c.report(HistoryInvariant.NothingInTheFuture, r, `lastUpdated ${r.meta?.lastUpdated} is not an instant`);
  } else if (lastUpdated > c.now) {
    c.report(HistoryInvariant.NothingInTheFuture, r, `lastUpdated ${r.meta?.lastUpdated} is after now`);
  }
}

function checkAppointment(c: Checking, a: Appointment): void {
  const start = Date.parse(a.start ?? '');
  const end = Date.parse(a.end ?? '');
  const created = Date.parse(a.created ?? '');
  const lastUpdated = lastUpdatedOf(a);
  const version = versionOf(a);
  if (Number.isNaN(created) || !(created < start) || created > lastUpdated) {
    c.report(
      HistoryInvariant.BookedBeforeItStarts,
      a,
      `created ${a.created} must be before start ${a.start} and no later than lastUpdated ${a.meta?.lastUpdated}`,
    );
  } else if (version === 1 && lastUpdated !== Math.floor(created / 1000) * 1000) {
    c.report(
      HistoryInvariant.BookedBeforeItStarts,
      a,
      `version 1 was last updated ${a.meta?.lastUpdated}, not when created (${a.created})`,
    );
  }
  const wrong = (why: string) => c.report(HistoryInvariant.StatusFollowsTheClock, a, `${a.status}: ${why}`);
  switch (a.status) {
    case 'booked':
      if (c.now > end + hourMs) wrong(`still booked more than an hour after its end ${a.end}`);
      break;
    case 'arrived':
      if (lastUpdated < start - hourMs)
        wrong(`arrived at ${a.meta?.lastUpdated}, over an hour before ${a.start}`);
      if (version < 2) wrong(`version ${version}: arriving is a change`);
      break;
    case 'fulfilled':
      if (lastUpdated < end) wrong(`last updated ${a.meta?.lastUpdated} before its end ${a.end}`);
      if (version < 3) wrong(`version ${version}: booked, arrived and fulfilled make three`);
      break;
    case 'noshow':
      if (lastUpdated < end) wrong(`marked ${a.meta?.lastUpdated} before its end ${a.end}`);
      if (version < 2) wrong(`version ${version}: marking a no-show is a change`);
      break;
    case 'cancelled':
      if (version < 2) wrong(`version ${version}: cancelling is a change`);
      break;
    default:
      break;
  }
  if (liveStatuses.has(a.status)) {
    for (const p of a.participant) {
      const ref = p.actor?.reference ?? '';
      if (!ref.startsWith('Patient/') && !ref.startsWith('Practitioner/')) continue;
      const actor = c.byKey.get(ref) as { active?: boolean } | undefined;
      if (actor?.active === false) {
        c.report(
          HistoryInvariant.NoLiveAppointmentForInactive,
          a,
          `${a.status} appointment names inactive ${ref}`,
        );
      }
    }
  }
}

function checkEncounter(c: Checking, e: Encounter): void {
  const wrong = (why: string) => c.report(HistoryInvariant.EncounterFollowsItsAppointment, e, why);
  const appointment = c.byKey.get(e.appointment?.[0]?.reference ?? '') as Appointment | undefined;
  const start = Date.parse(e.period?.start ?? '');
  const end = Date.parse(e.period?.end ?? '');
  if (Number.isNaN(start) || start > c.now) wrong(`period.start ${e.period?.start} is not a started time`);
  if (appointment !== undefined) {
    if (appointment.status !== 'arrived' && appointment.status !== 'fulfilled') {
      wrong(`its appointment is ${appointment.status}, not arrived or fulfilled`);
    }
    if (start < Date.parse(appointment.start ?? '') || end > Date.parse(appointment.end ?? '')) {
      wrong(`period ${e.period?.start}–${e.period?.end ?? ''} is outside its appointment's times`);
    }
  }
  if (e.status === 'in-progress' && e.period?.end !== undefined) wrong('in progress but has an end');
  if (e.status === 'finished') {
    if (Number.isNaN(end)) wrong('finished without period.end');
    else if (lastUpdatedOf(e) < end)
      wrong(`finished: last updated ${e.meta?.lastUpdated} before its end ${e.period?.end}`);
    if (appointment !== undefined && appointment.status !== 'fulfilled') {
      wrong(`finished, but its appointment is ${appointment.status}`);
    }
  }
}

/** `[subject reference, dates]` of a clinical record, or undefined for other types. */
function clinicalDates(r: FhirResource): [string | undefined, (string | undefined)[]] | undefined {
  switch (r.resourceType) {
    case 'Condition':
      return [r.subject.reference, [r.onsetDateTime, r.recordedDate]];
    case 'AllergyIntolerance':
      return [r.patient.reference, [r.recordedDate, r.onsetDateTime]];
    case 'Immunization':
      return [r.patient.reference, [r.occurrenceDateTime, r.recorded]];
    case 'MedicationStatement':
      return [r.subject.reference, [r.effectivePeriod?.start, r.effectivePeriod?.end, r.effectiveDateTime]];
    case 'Observation':
      return [r.subject?.reference, [r.effectiveDateTime, r.effectivePeriod?.start, r.issued]];
    default:
      return undefined;
  }
}

function checkClinical(c: Checking, r: FhirResource): void {
  const found = clinicalDates(r);
  if (found === undefined) return;
  const [subject, dates] = found;
  const birthDate = (c.byKey.get(subject ?? '') as { birthDate?: string } | undefined)?.birthDate;
  const lastUpdated = lastUpdatedOf(r);
  for (const date of dates) {
    if (date === undefined) continue;
    const at = startOf(date, c.timeZone);
    if (birthDate !== undefined && dateOf(date, c.timeZone) < birthDate) {
      c.report(
        HistoryInvariant.ClinicalAfterBirth,
        r,
        `dated ${date}, before ${subject} was born (${birthDate})`,
      );
    }
    if (at > c.now || at > lastUpdated) {
      c.report(
        HistoryInvariant.ClinicalAfterBirth,
        r,
        `dated ${date}, after now or its last update ${r.meta?.lastUpdated}`,
      );
    }
  }
  const encounterRef = (r as { encounter?: { reference?: string } }).encounter?.reference;
  const encounter = c.byKey.get(encounterRef ?? '') as Encounter | undefined;
  if (encounter === undefined) return;
  const from = Date.parse(encounter.period?.start ?? '');
  const to = encounter.period?.end === undefined ? c.now : Date.parse(encounter.period.end);
  for (const date of dates.slice(0, 1)) {
    const at = date === undefined ? Number.NaN : startOf(date, c.timeZone);
    if (!(at >= from && at <= to)) {
      c.report(
        HistoryInvariant.ClinicalInsideItsEncounter,
        r,
        `dated ${date}, outside ${encounterRef}'s period`,
      );
    }
  }
}

function checkSlots(c: Checking, resources: readonly FhirResource[]): void {
  const holders = new Map<string, number>();
  for (const r of resources) {
    if (r.resourceType !== 'Appointment' || r.status === 'cancelled' || r.status === 'entered-in-error')
      continue;
    for (const slot of r.slot ?? [])
      holders.set(slot.reference ?? '', (holders.get(slot.reference ?? '') ?? 0) + 1);
  }
  for (const r of resources) {
    if (r.resourceType !== 'Slot') continue;
    const held = holders.get(keyOf(r)) ?? 0;
    const slot = r as Slot;
    if ((slot.status === 'busy') !== held > 0 || held > 1) {
      c.report(
        HistoryInvariant.SlotAgreesWithItsAppointment,
        r,
        `${slot.status} but held by ${held} live appointment(s)`,
      );
    }
  }
}

/**
 * Checks a practice's resources against every {@link HistoryInvariant} at the instant `now`, and
 * returns what is broken (empty when the history holds together). The generator's data holds at
 * its `now`; a live mock's store holds at its clock's now.
 *
 * @example
 * ```ts
 * const now = '2026-11-26T10:00:00+11:00';
 * expect(checkHistory(generateSiteData({ seed: 1, now }), { now })).toEqual([]);
 * ```
 */
export function checkHistory(
  resources: readonly Resource[],
  options: HistoryCheckOptions,
): HistoryViolation[] {
  const now = typeof options.now === 'number' ? options.now : new Date(options.now).getTime();
  if (Number.isNaN(now)) throw new RangeError(`checkHistory: now ${String(options.now)} is not a date`);
  const violations: HistoryViolation[] = [];
  const c: Checking = {
    now,
    timeZone: options.timeZone ?? 'Australia/Sydney',
    byKey: new Map(resources.map((r) => [keyOf(r), r])),
    report: (invariant, resource, message) =>
      violations.push({ invariant, resource: keyOf(resource), message }),
  };
  const all = resources as readonly FhirResource[];
  for (const r of all) {
    checkMeta(c, r);
    if (r.resourceType === 'Appointment') checkAppointment(c, r);
    else if (r.resourceType === 'Encounter') checkEncounter(c, r);
    else checkClinical(c, r);
    if (
      (r.resourceType === 'Patient' || r.resourceType === 'Practitioner') &&
      r.active === false &&
      versionOf(r) < 2
    ) {
      c.report(HistoryInvariant.DeactivationIsAChange, r, `inactive at version ${r.meta?.versionId}`);
    }
  }
  checkSlots(c, all);
  return violations;
}
