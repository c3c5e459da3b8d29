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
import { dayBeforeStart, firstVersionMeta, type GenerationContext, reference } from './generation-context.js';
import { localInstant } from './time-zone.js';

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

function dayAfterBirth(ctx: GenerationContext, birthDate: string): string {
  const ageDays = Math.max(1, Math.floor((Date.parse(ctx.startDate) - Date.parse(birthDate)) / 86_400_000));
  return dayBeforeStart(ctx, 1, Math.max(1, Math.min(ageDays - 1, 20 * 365)));
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
      meta: firstVersionMeta(ctx),
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
    const allergy: AllergyIntolerance = {
      resourceType: 'AllergyIntolerance',
      id: `allergy-${counters.allergy}`,
      meta: firstVersionMeta(ctx),
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
      recordedDate: dayAfterBirth(ctx, owner.birthDate),
      recorder,
    };
    out.push(allergy);
  }
  for (let i = draw.int(0, 3); i > 0; i--) {
    counters.immunization += 1;
    const immunization: Immunization = {
      resourceType: 'Immunization',
      id: `imm-${counters.immunization}`,
      meta: firstVersionMeta(ctx),
      status: 'completed',
      vaccineCode: { coding: [draw.pick(vaccineCodes)] },
      patient,
      occurrenceDateTime: dayAfterBirth(ctx, owner.birthDate),
      primarySource: true,
      lotNumber: `${String.fromCharCode(65 + draw.int(0, 25))}${draw.digits(5)}`,
      performer: [{ actor: recorder }],
    };
    out.push(immunization);
  }
  for (let i = draw.int(0, 3); i > 0; i--) {
    counters.medication += 1;
    const start = dayAfterBirth(ctx, owner.birthDate);
    const stopped = draw.chance(ctx.inactiveShare);
    const statement: MedicationStatement = {
      resourceType: 'MedicationStatement',
      id: `med-${counters.medication}`,
      meta: firstVersionMeta(ctx),
      status: stopped ? 'stopped' : 'active',
      medicationCodeableConcept: { coding: [draw.pick(medicationCodes)] },
      subject: patient,
      effectivePeriod: stopped ? { start, end: dayBeforeStart(ctx, 0, 30) } : { start },
      dateAsserted: start,
      informationSource: recorder,
    };
    out.push(statement);
  }
  for (let i = draw.int(0, 3); i > 0; i--) {
    counters.observation += 1;
    const vital = draw.pick(vitalSigns);
    const factor = 10 ** vital.decimals;
    const value = Math.round((vital.min + draw.random() * (vital.max - vital.min)) * factor) / factor;
    const observation: Observation = {
      resourceType: 'Observation',
      id: `obs-${counters.observation}`,
      meta: firstVersionMeta(ctx),
      status: 'final',
      category: [clinicalStatus(CodeSystem.ObservationCategory, 'vital-signs')],
      code: {
        coding: [{ system: CodeSystem.Loinc, code: vital.code, display: vital.display }],
        text: vital.display,
      },
      subject: patient,
      effectiveDateTime: localInstant(
        dayBeforeStart(ctx, 1, 3 * 365),
        draw.int(8 * 60, 17 * 60 - 1),
        ctx.timeZone,
      ),
      performer: [recorder],
      valueQuantity: { value, unit: vital.unit, system: CodeSystem.Ucum, code: vital.unit },
    };
    out.push(observation);
  }
}
