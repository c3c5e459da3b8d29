import type {
  AllergyIntolerance,
  Condition,
  Immunization,
  MedicationStatement,
  Observation,
  Resource,
} from 'fhir/r4.js';
import {
  allergyCodes,
  CodeSystem,
  conditionCodes,
  medicationCodes,
  vaccineCodes,
  vitalSigns,
} from './clinical-vocabulary.js';
import {
  dayBeforeHistoryEnd,
  dayMs,
  type GenerationContext,
  instantText,
  keepEarlier,
  metaAt,
  reference,
} from './generation-context.js';
import { localDateOf, localInstant, localInstantOf, startOfLocalDay } from './time-zone.js';

/** The patient a clinical record is about and the GP who recorded it. */
export interface ClinicalOwner {
  readonly patientId: string;
  readonly practitionerId: string;
  /** `YYYY-MM-DD`: records are dated after it. */
  readonly birthDate: string;
}

/** Running counter per kind, so ids stay dense across patients. */
export type ClinicalCounters = Record<
  'condition' | 'allergy' | 'immunization' | 'medication' | 'observation',
  number
>;

/** Expected clinical records per patient; the budget planner divides the remaining size by this + 1. */
export const clinicalRecordsPerPatient = 7;

/** A day after the birth date, at most `maxDaysBefore` days before the history ends. */
function dayAfterBirth(ctx: GenerationContext, birthDate: string, maxDaysBefore = 20 * 365): string {
  const ageDays = Math.floor((ctx.historyEnd - startOfLocalDay(birthDate, ctx.timeZone)) / dayMs);
  return dayBeforeHistoryEnd(ctx, 1, Math.max(1, Math.min(ageDays - 1, maxDaysBefore)));
}

/** `meta` of a record entered on `day` (a local date) during consulting hours. */
function enteredOn(ctx: GenerationContext, day: string) {
  return metaAt(1, startOfLocalDay(day, ctx.timeZone) + ctx.draw.int(8 * 60, 18 * 60) * 60_000);
}

/** A vital sign's LOINC code and a plausible value. */
function drawVital(ctx: GenerationContext) {
  const vital = ctx.draw.pick(vitalSigns);
  const factor = 10 ** vital.decimals;
  const value = Math.round((vital.min + ctx.draw.random() * (vital.max - vital.min)) * factor) / factor;
  return { vital, value };
}

/** Where and when a vital sign was taken during a consult. */
export interface ConsultObservation {
  readonly patientId: string;
  readonly practitionerId: string;
  readonly encounterId: string;
  /** When it was taken (epoch ms): inside the encounter's period. */
  readonly at: number;
}

/** A vital-sign Observation taken during an encounter, entered when taken (version 1). */
export function consultObservation(
  ctx: GenerationContext,
  id: string,
  consult: ConsultObservation,
): Observation {
  const { vital, value } = drawVital(ctx);
  return {
    resourceType: 'Observation',
    id,
    meta: metaAt(1, consult.at),
    status: 'final',
    category: [clinicalStatus(CodeSystem.ObservationCategory, 'vital-signs')],
    code: {
      coding: [{ system: CodeSystem.Loinc, code: vital.code, display: vital.display }],
      text: vital.display,
    },
    subject: reference('Patient', consult.patientId),
    encounter: reference('Encounter', consult.encounterId),
    effectiveDateTime: localInstantOf(consult.at, ctx.timeZone),
    issued: instantText(consult.at),
    performer: [reference('Practitioner', consult.practitionerId)],
    valueQuantity: { value, unit: vital.unit, system: CodeSystem.Ucum, code: vital.unit },
  };
}

function clinicalStatus(system: string, code: string) {
  return { coding: [{ system, code }] };
}

/**
 * The patient's problems, allergies, immunisations, medicines and vital signs. A share of
 * conditions and allergies is resolved/inactive and of medicines stopped, per `inactiveShare`.
 */
export function generateClinicalRecords(
  ctx: GenerationContext,
  owner: ClinicalOwner,
  counters: ClinicalCounters,
  out: Resource[],
): void {
  const { draw } = ctx;
  const patient = reference('Patient', owner.patientId);
  const recorder = reference('Practitioner', owner.practitionerId);
  for (let i = draw.int(0, 3); i > 0; i--) {
    counters.condition += 1;
    const onset = dayAfterBirth(ctx, owner.birthDate);
    const inactive = draw.chance(ctx.inactiveShare);
    const condition: Condition = {
      resourceType: 'Condition',
      id: `cond-${counters.condition}`,
      meta: enteredOn(ctx, onset),
      clinicalStatus: clinicalStatus(
        CodeSystem.ConditionClinical,
        inactive ? draw.pick(['resolved', 'inactive']) : 'active',
      ),
      verificationStatus: clinicalStatus(
        'http://terminology.hl7.org/CodeSystem/condition-ver-status',
        'confirmed',
      ),
      category: [
        clinicalStatus('http://terminology.hl7.org/CodeSystem/condition-category', 'problem-list-item'),
      ],
      code: { coding: [draw.pick(conditionCodes)] },
      subject: patient,
      onsetDateTime: onset,
      recordedDate: onset,
      recorder,
    };
    out.push(condition);
  }
  for (let i = draw.int(0, 2); i > 0; i--) {
    counters.allergy += 1;
    const coding = draw.pick(allergyCodes);
    const recorded = dayAfterBirth(ctx, owner.birthDate);
    const allergy: AllergyIntolerance = {
      resourceType: 'AllergyIntolerance',
      id: `allergy-${counters.allergy}`,
      meta: enteredOn(ctx, recorded),
      clinicalStatus: clinicalStatus(
        CodeSystem.AllergyClinical,
        draw.chance(ctx.inactiveShare) ? 'inactive' : 'active',
      ),
      verificationStatus: clinicalStatus(
        'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
        'confirmed',
      ),
      type: 'allergy',
      category: [
        coding.code === '418689008' ? 'environment' : coding.code === '91935009' ? 'food' : 'medication',
      ],
      criticality: draw.pick(['low', 'high', 'unable-to-assess'] as const),
      code: { coding: [coding], text: coding.display ?? '' },
      patient,
      recordedDate: recorded,
      recorder,
    };
    out.push(allergy);
  }
  for (let i = draw.int(0, 3); i > 0; i--) {
    counters.immunization += 1;
    const given = dayAfterBirth(ctx, owner.birthDate);
    const immunization: Immunization = {
      resourceType: 'Immunization',
      id: `imm-${counters.immunization}`,
      meta: enteredOn(ctx, given),
      status: 'completed',
      vaccineCode: { coding: [draw.pick(vaccineCodes)] },
      patient,
      occurrenceDateTime: given,
      primarySource: true,
      lotNumber: `${String.fromCharCode(65 + draw.int(0, 25))}${draw.digits(5)}`,
      performer: [{ actor: recorder }],
    };
    out.push(immunization);
  }
  for (let i = draw.int(0, 3); i > 0; i--) {
    counters.medication += 1;
    const start = dayAfterBirth(ctx, owner.birthDate);
    // Stopped on a day after its start and before the history ends: the stop is its second version.
    const startDay = startOfLocalDay(start, ctx.timeZone);
    const daysRun = Math.floor((ctx.historyEnd - startDay) / dayMs) - 1;
    const stopped = draw.chance(ctx.inactiveShare) && daysRun >= 1;
    const end = localDateOf(
      startDay + draw.int(1, Math.max(1, daysRun)) * dayMs + 12 * 3_600_000,
      ctx.timeZone,
    );
    const entered = enteredOn(ctx, start);
    const statement: MedicationStatement = {
      resourceType: 'MedicationStatement',
      id: `med-${counters.medication}`,
      meta: stopped ? { ...enteredOn(ctx, end), versionId: '2' } : entered,
      status: stopped ? 'stopped' : 'active',
      medicationCodeableConcept: { coding: [draw.pick(medicationCodes)] },
      subject: patient,
      effectivePeriod: stopped ? { start, end } : { start },
      dateAsserted: start,
      informationSource: recorder,
    };
    if (stopped) {
      keepEarlier(ctx, statement, () => [
        { ...statement, status: 'active', effectivePeriod: { start }, meta: entered },
      ]);
    }
    out.push(statement);
  }
  for (let i = draw.int(0, 3); i > 0; i--) {
    counters.observation += 1;
    const { vital, value } = drawVital(ctx);
    const taken = localInstant(
      dayAfterBirth(ctx, owner.birthDate, 3 * 365),
      draw.int(8 * 60, 17 * 60 - 1),
      ctx.timeZone,
    );
    const observation: Observation = {
      resourceType: 'Observation',
      id: `obs-${counters.observation}`,
      meta: metaAt(1, Date.parse(taken) + draw.int(0, 30) * 60_000),
      status: 'final',
      category: [clinicalStatus(CodeSystem.ObservationCategory, 'vital-signs')],
      code: {
        coding: [{ system: CodeSystem.Loinc, code: vital.code, display: vital.display }],
        text: vital.display,
      },
      subject: patient,
      effectiveDateTime: taken,
      performer: [recorder],
      valueQuantity: { value, unit: vital.unit, system: CodeSystem.Ucum, code: vital.unit },
    };
    out.push(observation);
  }
}
