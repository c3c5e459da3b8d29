import type { Resource } from 'fhir/r4.js';
import {
  type ClinicalCounters,
  clinicalRecordsPerPatient,
  generateClinicalRecords,
} from './clinical-resources.js';
import type { GenerationContext } from './generation-context.js';
import { generatePatient } from './patient-resources.js';
import {
  type GeneralPractitioner,
  generateGp,
  generatePractice,
  type Practice,
} from './practice-resources.js';
import { createDraw, createSeededRandom, type RandomSource } from './random.js';
import { generateGpSchedule, maxSlotsPerDay, type ScheduleCounters } from './schedule-resources.js';

/** Options of {@link generateSiteData}. */
export interface SiteDataOptions {
  /** Same seed, same data: every id, name, identifier and time. */
  readonly seed: number;
  /**
   * Approximate total number of resources: within ~10% from a few hundred, ~2% from 10,000 (a
   * handful still holds one practice, GP, patient and appointment, ~13 resources). It also caps the
   * appointment book: a GP's full day takes ~70 resources, so ask for at least
   * `practitioners × days × 140` to keep full days.
   * @default 1000, or more when `practitioners`/`days` need it for full days
   */
  readonly size?: number;
  /** First appointment day, `YYYY-MM-DD` (local to `timeZone`). @default '2026-11-26' */
  readonly startDate?: string;
  /** Days of appointments from `startDate`, every calendar day. @default as many as half the size allows, 1–30 */
  readonly days?: number;
  /** IANA zone of the practice: appointment times carry its offset. @default 'Australia/Sydney' */
  readonly timeZone?: string;
  /** Number of GPs, spread round-robin over the practices. @default size / 400, 1–50 */
  readonly practitioners?: number;
  /** Number of practices (Organization + Location each) at the site. @default 1 */
  readonly practices?: number;
  /** Share of patients, GPs, conditions, allergies and medicines that are inactive/resolved/stopped. @default 0.1 */
  readonly inactiveShare?: number;
  /** Replaces the seeded generator (the seed is then ignored). @default mulberry32(seed) */
  readonly random?: RandomSource;
}

/** Resources per booked-or-free slot: the Slot, ~0.8 Appointment, ~0.1 Encounter. */
const resourcesPerSlot = 1.92;

function requireWhole(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`generateSiteData: ${name} must be an integer >= ${min}, got ${value}`);
  }
  return value;
}

/**
 * Generates one site's synthetic Australian general-practice data, deterministically from `seed`.
 *
 * Shape that other parts of the testkit rely on:
 * - `Organization/org-N` and `Location/loc-N` per practice; all active.
 * - `Practitioner/prac-N` (GPs, `active` true except ~`inactiveShare`), one `PractitionerRole/role-N`
 *   and one `Schedule/sched-N` each, sharing the GP's `active`.
 * - `Patient/pat-N` with `active`, an IHI (`http://ns.electronichealth.net.au/id/hi/ihi/1.0`), a
 *   Medicare number with IRN (`http://ns.electronichealth.net.au/id/medicare-number`), a local MRN,
 *   an AU address, an `04xx` mobile, a usual GP (`generalPractitioner`) and `managingOrganization`.
 * - Per GP and day: up to 36 `Slot/slot-N` of 15 minutes from 08:00 local time; ~80% carry an
 *   `Appointment/appt-N` (status mostly `booked`, also `fulfilled`, `arrived`, `cancelled`, `noshow`)
 *   whose `participant` actors are `Patient/…`, `Practitioner/…` and `Location/…`, with `slot`, and
 *   `start`/`end` as instants with the site's offset (`2026-11-26T09:15:00+11:00`). With the default
 *   sizes a GP has ~29 appointments a day. Fulfilled/arrived ones have an `Encounter/enc-N`.
 * - Per patient ~7 records: `Condition`, `AllergyIntolerance`, `Immunization`,
 *   `MedicationStatement`, `Observation` (vital signs, LOINC + UCUM), dated before `startDate`.
 * - Every resource has `meta.versionId` `'1'` and a `meta.lastUpdated` before `startDate`.
 *
 * Half the size goes to the appointment book and half to patients and their records; `days` and
 * `practitioners` shape the book and `size` thins the slots per day to fit when needed.
 */
export function generateSiteData(options: SiteDataOptions): Resource[] {
  const sizeAsked = options.size === undefined ? undefined : requireWhole('size', options.size, 1);
  const practiceCount = requireWhole('practices', options.practices ?? 1, 1);
  const gpCount = requireWhole(
    'practitioners',
    options.practitioners ?? Math.min(50, Math.max(1, Math.round((sizeAsked ?? 1000) / 400))),
    1,
  );
  // Without a size, every GP gets full days: the book is half the data.
  const fullDays = gpCount * (options.days ?? 1) * maxSlotsPerDay * resourcesPerSlot;
  const size = sizeAsked ?? Math.max(1000, Math.ceil(practiceCount * 2 + gpCount * 3 + 2 * fullDays));
  const startDate = options.startDate ?? '2026-11-26';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || Number.isNaN(Date.parse(startDate))) {
    throw new RangeError(`generateSiteData: startDate must be YYYY-MM-DD, got "${startDate}"`);
  }
  const inactiveShare = options.inactiveShare ?? 0.1;
  if (!(inactiveShare >= 0 && inactiveShare <= 1)) {
    throw new RangeError(`generateSiteData: inactiveShare must be between 0 and 1, got ${inactiveShare}`);
  }
  const fixed = practiceCount * 2 + gpCount * 3;
  const bookBudget = Math.max(0, size - fixed) / 2;
  const days =
    options.days === undefined
      ? Math.min(30, Math.max(1, Math.floor(bookBudget / (gpCount * maxSlotsPerDay * resourcesPerSlot))))
      : requireWhole('days', options.days, 1);
  const slotsPerDay = Math.min(
    maxSlotsPerDay,
    Math.max(1, Math.floor(bookBudget / (gpCount * days * resourcesPerSlot))),
  );
  const bookSize = Math.round(gpCount * days * slotsPerDay * resourcesPerSlot);
  const patientCount = Math.max(1, Math.floor((size - fixed - bookSize) / (clinicalRecordsPerPatient + 1)));

  const random = options.random ?? createSeededRandom(options.seed);
  const ctx: GenerationContext = {
    draw: createDraw(random),
    timeZone: options.timeZone ?? 'Australia/Sydney',
    startDate,
    days,
    inactiveShare,
  };
  const out: Resource[] = [];
  const practices: Practice[] = [];
  for (let i = 0; i < practiceCount; i++) practices.push(generatePractice(ctx, i));
  for (const practice of practices) out.push(practice.organization, practice.location);

  const gps: { gp: GeneralPractitioner; practice: Practice }[] = [];
  for (let i = 0; i < gpCount; i++) {
    const practice = practices[i % practiceCount] as Practice;
    gps.push({ gp: generateGp(ctx, i, practice), practice });
  }
  for (const { gp } of gps) out.push(gp.practitioner, gp.role, gp.schedule);

  const patientsByGp = new Map<string, string[]>();
  const clinical: ClinicalCounters = {
    condition: 0,
    allergy: 0,
    immunization: 0,
    medication: 0,
    observation: 0,
  };
  const records: Resource[] = [];
  for (let i = 0; i < patientCount; i++) {
    const { gp, practice } = gps[i % gpCount] as { gp: GeneralPractitioner; practice: Practice };
    const practitionerId = gp.practitioner.id ?? '';
    const patient = generatePatient(ctx, i, {
      organizationId: practice.organization.id ?? '',
      practitionerId,
    });
    out.push(patient);
    const list = patientsByGp.get(practitionerId) ?? [];
    list.push(patient.id ?? '');
    patientsByGp.set(practitionerId, list);
    const owner = { patientId: patient.id ?? '', practitionerId, birthDate: patient.birthDate ?? startDate };
    generateClinicalRecords(ctx, owner, clinical, records);
  }

  const counters: ScheduleCounters = { slot: 0, appointment: 0, encounter: 0 };
  for (const { gp, practice } of gps) {
    const practitionerId = gp.practitioner.id ?? '';
    // A GP mostly sees their own patients; with fewer patients than GPs, everyone books anyone.
    const own = patientsByGp.get(practitionerId) ?? [];
    const patientIds = own.length > 0 ? own : [...patientsByGp.values()].flat();
    generateGpSchedule(
      ctx,
      {
        practitionerId,
        practitionerDisplay: gp.practitioner.name?.[0]?.text ?? practitionerId,
        scheduleId: gp.schedule.id ?? '',
        locationId: practice.location.id ?? '',
        organizationId: practice.organization.id ?? '',
        patientIds,
      },
      slotsPerDay,
      counters,
      out,
    );
  }
  for (const record of records) out.push(record);
  return out;
}
