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
import {
  type BookablePatient,
  generateGpSchedule,
  maxSlotsPerDay,
  type ScheduleCounters,
} from './schedule-resources.js';
import { addDays, localDateOf, startOfLocalDay } from './time-zone.js';

/** Options of {@link generateSiteData}. */
export interface SiteDataOptions {
  /** Same seed and same `now`, same data: every id, name, identifier and time. */
  readonly seed: number;
  /**
   * The instant the practice is seen at (a `Date`, epoch ms or ISO text; rounded down to the
   * second): the appointment book is around its day in `timeZone`, consults before it have happened
   * (arrived, fulfilled, no-show, cancelled) and none after, and nothing is last updated after it.
   * Pass a fixed instant for snapshot tests; the mock passes its clock's now.
   * @default Date.now()
   */
  readonly now?: Date | number | string;
  /**
   * Approximate total number of resources: within ~10% from a few hundred, ~2% from 10,000 (a
   * handful still holds one practice, GP, patient and appointment, ~13 resources). It also caps the
   * appointment book: a GP's full day takes ~70 resources, so ask for at least
   * `practitioners × days × 140` to keep full days.
   * @default 1000, or more when `practitioners`/`days` need it for full days
   */
  readonly size?: number;
  /** Days of appointments before today (in `timeZone`). @default half the book's days, rounded down */
  readonly daysBack?: number;
  /** Days of appointments after today. @default the book's other days */
  readonly daysForward?: number;
  /**
   * A fixed first appointment day, `YYYY-MM-DD` (local to `timeZone`), instead of `daysBack`
   * before today. @default today minus `daysBack`
   */
  readonly startDate?: string;
  /**
   * Days of appointments, every calendar day (`daysBack + 1 + daysForward` when those are given).
   * @default as many as half the size allows, 1–30; around today at least 2 (today and tomorrow), so
   * some consults are still to come whatever the hour
   */
  readonly days?: number;
  /** IANA zone of the practice: appointment times carry its offset. @default 'Australia/Sydney' */
  readonly timeZone?: string;
  /** Number of GPs, spread round-robin over the practices. @default size / 400, 1–50 */
  readonly practitioners?: number;
  /** Number of practices (Organization + Location each) at the site. @default 1 */
  readonly practices?: number;
  /**
   * Share of patients, GPs, conditions, allergies and medicines that are inactive/resolved/stopped.
   * A practice's first GP always works there. @default 0.1
   */
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

function instantOption(now: Date | number | string | undefined): number {
  const epochMs = now === undefined ? Date.now() : typeof now === 'number' ? now : new Date(now).getTime();
  if (!Number.isFinite(epochMs)) {
    throw new RangeError(
      `generateSiteData: now must be a Date, epoch ms or ISO date-time, got ${String(now)}`,
    );
  }
  return Math.floor(epochMs / 1000) * 1000;
}

/** The book's first day and length, from `startDate`/`days` or `daysBack`/`daysForward` around today. */
function planBookDays(
  options: SiteDataOptions,
  today: string,
  daysTheSizeAllows: () => number,
): { startDate: string; days: number } {
  const back = options.daysBack === undefined ? undefined : requireWhole('daysBack', options.daysBack, 0);
  const forward =
    options.daysForward === undefined ? undefined : requireWhole('daysForward', options.daysForward, 0);
  if (options.startDate !== undefined) {
    if (back !== undefined || forward !== undefined) {
      throw new RangeError('generateSiteData: give startDate or daysBack/daysForward, not both');
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.startDate) || Number.isNaN(Date.parse(options.startDate))) {
      throw new RangeError(`generateSiteData: startDate must be YYYY-MM-DD, got "${options.startDate}"`);
    }
    const days = options.days === undefined ? daysTheSizeAllows() : requireWhole('days', options.days, 1);
    return { startDate: options.startDate, days };
  }
  const asked = options.days === undefined ? undefined : requireWhole('days', options.days, 1);
  const fixedSpan = back !== undefined && forward !== undefined ? back + 1 + forward : undefined;
  if (asked !== undefined && fixedSpan !== undefined && asked !== fixedSpan) {
    throw new RangeError(`generateSiteData: days ${asked} is not daysBack + 1 + daysForward (${fixedSpan})`);
  }
  // Around today the book keeps a day ahead at least: at 8 pm today's consults are all over.
  const days = fixedSpan ?? asked ?? Math.max(daysTheSizeAllows(), 2, (back ?? forward ?? 0) + 1);
  const daysBack = back ?? (forward === undefined ? Math.floor((days - 1) / 2) : days - 1 - forward);
  if (daysBack < 0 || daysBack > days - 1) {
    throw new RangeError(
      `generateSiteData: days ${days} cannot hold daysBack/daysForward ${back ?? forward}`,
    );
  }
  return { startDate: addDays(today, -daysBack), days };
}

/**
 * Generates one site's synthetic Australian general-practice data, deterministically from `seed`
 * and `now`, with a history that agrees with the clock (see `history-invariants.ts`).
 *
 * Shape that other parts of the testkit rely on:
 * - `Organization/org-N` and `Location/loc-N` per practice; all active.
 * - `Practitioner/prac-N` (GPs, `active` true except ~`inactiveShare`, never a practice's first), one
 *   `PractitionerRole/role-N` and one `Schedule/sched-N` each, sharing the GP's `active`. A GP who
 *   left did so before the book starts and has no slots; their patients moved to working GPs.
 * - `Patient/pat-N` with `active`, an IHI (`http://ns.electronichealth.net.au/id/hi/ihi/1.0`), a
 *   Medicare number with IRN (`http://ns.electronichealth.net.au/id/medicare-number`), a local MRN,
 *   an AU address, an `04xx` mobile, a usual working GP (`generalPractitioner`) and `managingOrganization`.
 * - Per working GP and day, from `daysBack` days before today to `daysForward` after: up to 36
 *   `Slot/slot-N` of 15 minutes from 08:00 local time; ~80% carry an `Appointment/appt-N` whose
 *   `participant` actors are `Patient/…`, `Practitioner/…` and `Location/…`, with `slot`, `created`
 *   (when booked) and `start`/`end` as instants with the site's offset (`2026-11-26T09:15:00+11:00`).
 *   Past consults are `fulfilled` (most), `noshow` or `cancelled`; later ones `booked` or
 *   `cancelled`; the one under way `arrived`, with an in-progress `Encounter/enc-N` from its start
 *   (finished once fulfilled) and sometimes a vital-sign Observation taken during it. With the
 *   default sizes a GP has ~29 appointments a day. No live appointment names an inactive patient.
 * - Per patient ~7 records: `Condition`, `AllergyIntolerance`, `Immunization`,
 *   `MedicationStatement`, `Observation` (vital signs, LOINC + UCUM), dated after birth and before
 *   the book starts.
 * - `meta.versionId` counts each resource's changes (an appointment booked, arrived and fulfilled
 *   is `'3'`) and `meta.lastUpdated` is its latest change, never after `now`, to the second.
 *
 * Half the size goes to the appointment book and half to patients and their records; `days` and
 * `practitioners` shape the book and `size` thins the slots per day to fit when needed.
 */
export function generateSiteData(options: SiteDataOptions): Resource[] {
  return generateSite(options, undefined);
}

/**
 * Every version of the site's resources, as {@link generateSiteData} tells their story: each
 * changed resource's earlier versions (a slot free, then busy; an appointment booked, arrived,
 * fulfilled; a patient active, then inactive) just before its current one, oldest first, so a
 * store seeded with them in this order serves vread and `_history` that agree with `meta`, and
 * lists the current versions in the same order as `generateSiteData`.
 */
export function generateSiteVersions(options: SiteDataOptions): Resource[] {
  const earlier = new Map<string, Resource[]>();
  const current = generateSite(options, earlier);
  return current.flatMap((resource) => [
    ...(earlier.get(`${resource.resourceType}/${resource.id}`) ?? []),
    resource,
  ]);
}

function generateSite(options: SiteDataOptions, earlier: Map<string, Resource[]> | undefined): Resource[] {
  const sizeAsked = options.size === undefined ? undefined : requireWhole('size', options.size, 1);
  const practiceCount = requireWhole('practices', options.practices ?? 1, 1);
  const gpCount = requireWhole(
    'practitioners',
    options.practitioners ?? Math.min(50, Math.max(1, Math.round((sizeAsked ?? 1000) / 400))),
    1,
  );
  const inactiveShare = options.inactiveShare ?? 0.1;
  if (!(inactiveShare >= 0 && inactiveShare <= 1)) {
    throw new RangeError(`generateSiteData: inactiveShare must be between 0 and 1, got ${inactiveShare}`);
  }
  const timeZone = options.timeZone ?? 'Australia/Sydney';
  const now = instantOption(options.now);
  // Inactive GPs have no book: plan it for the GPs expected to work (each practice's first always does).
  const workingGps =
    Math.min(gpCount, practiceCount) + Math.max(0, gpCount - practiceCount) * (1 - inactiveShare);
  const daysAsked =
    options.days ??
    (options.daysBack !== undefined && options.daysForward !== undefined
      ? options.daysBack + 1 + options.daysForward
      : options.startDate === undefined
        ? 2
        : 1);
  // Without a size, every GP gets full days: the book is half the data.
  const fullDays = workingGps * daysAsked * maxSlotsPerDay * resourcesPerSlot;
  const size = sizeAsked ?? Math.max(1000, Math.ceil(practiceCount * 2 + gpCount * 3 + 2 * fullDays));
  const fixed = practiceCount * 2 + gpCount * 3;
  const bookBudget = Math.max(0, size - fixed) / 2;
  const { startDate, days } = planBookDays(options, localDateOf(now, timeZone), () =>
    Math.min(30, Math.max(1, Math.floor(bookBudget / (workingGps * maxSlotsPerDay * resourcesPerSlot)))),
  );
  const slotsPerDay = Math.min(
    maxSlotsPerDay,
    Math.max(1, Math.floor(bookBudget / (workingGps * days * resourcesPerSlot))),
  );
  const bookSize = Math.round(workingGps * days * slotsPerDay * resourcesPerSlot);
  const patientCount = Math.max(1, Math.floor((size - fixed - bookSize) / (clinicalRecordsPerPatient + 1)));

  const random = options.random ?? createSeededRandom(options.seed);
  const ctx: GenerationContext = {
    draw: createDraw(random),
    timeZone,
    now,
    startDate,
    days,
    inactiveShare,
    historyEnd: Math.min(now, startOfLocalDay(startDate, timeZone)),
    ...(earlier === undefined ? {} : { earlier }),
  };
  const out: Resource[] = [];
  const practices: Practice[] = [];
  for (let i = 0; i < practiceCount; i++) practices.push(generatePractice(ctx, i));
  for (const practice of practices) out.push(practice.organization, practice.location);

  const gps: { gp: GeneralPractitioner; practice: Practice }[] = [];
  for (let i = 0; i < gpCount; i++) {
    const practice = practices[i % practiceCount] as Practice;
    gps.push({ gp: generateGp(ctx, i, practice, { mayLeave: i >= practiceCount }), practice });
  }
  for (const { gp } of gps) out.push(gp.practitioner, gp.role, gp.schedule);
  const working = gps.filter(({ gp }) => gp.leftAt === undefined);

  const patientsByGp = new Map<string, BookablePatient[]>();
  const clinical: ClinicalCounters = {
    condition: 0,
    allergy: 0,
    immunization: 0,
    medication: 0,
    observation: 0,
  };
  const records: Resource[] = [];
  for (let i = 0; i < patientCount; i++) {
    const { gp, practice } = working[i % working.length] as { gp: GeneralPractitioner; practice: Practice };
    const practitionerId = gp.practitioner.id ?? '';
    const { patient, leftAt } = generatePatient(ctx, i, {
      organizationId: practice.organization.id ?? '',
      practitionerId,
    });
    out.push(patient);
    const list = patientsByGp.get(practitionerId) ?? [];
    list.push({ id: patient.id ?? '', leftAt });
    patientsByGp.set(practitionerId, list);
    const owner = { patientId: patient.id ?? '', practitionerId, birthDate: patient.birthDate ?? startDate };
    generateClinicalRecords(ctx, owner, clinical, records);
  }

  const everyone = [...patientsByGp.values()].flat();
  const everyoneActive = everyone.filter((p) => p.leftAt === undefined).map((p) => p.id);
  const counters: ScheduleCounters = {
    slot: 0,
    appointment: 0,
    encounter: 0,
    observation: clinical.observation,
  };
  for (const { gp, practice } of working) {
    const practitionerId = gp.practitioner.id ?? '';
    // A GP mostly sees their own patients; with fewer patients than GPs, everyone books anyone.
    const own = patientsByGp.get(practitionerId) ?? [];
    const patients = own.length > 0 ? own : everyone;
    const ownActive = patients.filter((p) => p.leftAt === undefined).map((p) => p.id);
    generateGpSchedule(
      ctx,
      {
        practitionerId,
        practitionerDisplay: gp.practitioner.name?.[0]?.text ?? practitionerId,
        scheduleId: gp.schedule.id ?? '',
        locationId: practice.location.id ?? '',
        organizationId: practice.organization.id ?? '',
        patients,
        activePatientIds: ownActive.length > 0 ? ownActive : everyoneActive,
      },
      slotsPerDay,
      counters,
      out,
    );
  }
  for (const record of records) out.push(record);
  return out;
}
