import type { Coding } from 'fhir/r4.js';

/** Coding systems the generator uses. */
export const CodeSystem = {
  Snomed: 'http://snomed.info/sct',
  Loinc: 'http://loinc.org',
  Ucum: 'http://unitsofmeasure.org',
  /** Australian Medicines Terminology, distributed as a SNOMED CT-AU extension. */
  Amt: 'http://snomed.info/sct',
  Air: 'https://www.humanservices.gov.au/organisations/health-professionals/enablers/air-vaccine-code-formats',
  ConditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  AllergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  ObservationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  ActCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
} as const;

const snomed = (code: string, display: string): Coding => ({ system: CodeSystem.Snomed, code, display });

/** Common general-practice problems (SNOMED CT). */
export const conditionCodes: readonly Coding[] = [
  snomed('38341003', 'Hypertensive disorder'),
  snomed('44054006', 'Type 2 diabetes mellitus'),
  snomed('195967001', 'Asthma'),
  snomed('35489007', 'Depressive disorder'),
  snomed('197480006', 'Anxiety disorder'),
  snomed('55822004', 'Hyperlipidaemia'),
  snomed('396275006', 'Osteoarthritis'),
  snomed('13645005', 'Chronic obstructive lung disease'),
  snomed('40055000', 'Chronic sinusitis'),
  snomed('68566005', 'Urinary tract infection'),
  snomed('271737000', 'Anaemia'),
  snomed('49436004', 'Atrial fibrillation'),
];

/** Common allergies (SNOMED CT). */
export const allergyCodes: readonly Coding[] = [
  snomed('91936005', 'Allergy to penicillin'),
  snomed('300916003', 'Latex allergy'),
  snomed('91935009', 'Allergy to peanuts'),
  snomed('294505008', 'Allergy to amoxicillin'),
  snomed('418689008', 'Allergy to grass pollen'),
  snomed('293586001', 'Allergy to aspirin'),
];

/** Vaccines with Australian Immunisation Register style codes. */
export const vaccineCodes: readonly Coding[] = [
  { system: CodeSystem.Air, code: 'FLUVAX', display: 'Influenza vaccine' },
  { system: CodeSystem.Air, code: 'COMIRN', display: 'COVID-19 vaccine (Comirnaty)' },
  { system: CodeSystem.Air, code: 'BOOST', display: 'Diphtheria, tetanus, pertussis (Boostrix)' },
  { system: CodeSystem.Air, code: 'PNEUMO', display: 'Pneumococcal vaccine (Prevenar 13)' },
  { system: CodeSystem.Air, code: 'SHING', display: 'Zoster vaccine (Shingrix)' },
];

/** Common medicines (AMT, as SNOMED CT-AU concepts). */
export const medicationCodes: readonly Coding[] = [
  snomed('21212011000036106', 'Atorvastatin 20 mg tablet'),
  snomed('22219011000036101', 'Metformin hydrochloride 500 mg tablet'),
  snomed('21798011000036101', 'Perindopril erbumine 5 mg tablet'),
  snomed('23097011000036103', 'Salbutamol 100 microgram/actuation inhaler'),
  snomed('22102011000036102', 'Sertraline 50 mg tablet'),
  snomed('21289011000036100', 'Amlodipine 5 mg tablet'),
  snomed('22028011000036103', 'Paracetamol 500 mg tablet'),
];

/** Vital signs: LOINC code, display, UCUM unit and a plausible [min, max] range. */
export interface VitalSign {
  readonly code: string;
  readonly display: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
}

/** Vital signs the generator records as Observations. */
export const vitalSigns: readonly VitalSign[] = [
  { code: '8867-4', display: 'Heart rate', unit: '/min', min: 52, max: 110, decimals: 0 },
  { code: '8480-6', display: 'Systolic blood pressure', unit: 'mm[Hg]', min: 95, max: 175, decimals: 0 },
  { code: '8462-4', display: 'Diastolic blood pressure', unit: 'mm[Hg]', min: 55, max: 105, decimals: 0 },
  { code: '29463-7', display: 'Body weight', unit: 'kg', min: 45, max: 130, decimals: 1 },
  { code: '8302-2', display: 'Body height', unit: 'cm', min: 150, max: 200, decimals: 0 },
  { code: '8310-5', display: 'Body temperature', unit: 'Cel', min: 35.8, max: 38.9, decimals: 1 },
];

/** Reasons for a GP consult (SNOMED CT). */
export const appointmentReasons: readonly Coding[] = [
  snomed('185349003', 'Encounter for check up'),
  snomed('410620009', 'Well child visit'),
  snomed('390906007', 'Follow-up encounter'),
  snomed('185389009', 'Follow-up visit'),
  snomed('33879002', 'Administration of vaccine'),
];
