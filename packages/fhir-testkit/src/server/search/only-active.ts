import type { Resource } from 'fhir/r4.js';

type Loose = Record<string, unknown>;

const codesOf = (concept: unknown): string[] => {
  const coding = (concept as { coding?: { code?: unknown }[] } | undefined)?.coding ?? [];
  return coding.map((c) => c.code).filter((c): c is string => typeof c === 'string');
};

/** `status` values that mean "not a current record" on any resource type. */
const inactiveStatuses = new Set(['inactive', 'entered-in-error']);
/** `clinicalStatus` codes (Condition, AllergyIntolerance) that mean "not current". */
const inactiveClinicalStatuses = new Set(['inactive', 'resolved', 'remission']);
/** MedicationStatement statuses of medicines no longer taken. */
const inactiveMedicationStatuses = new Set(['stopped', 'completed', 'not-taken', 'entered-in-error']);

/**
 * Halo returns only active records. The rule this mock applies, in order:
 * 1. `active: false` (Patient, Practitioner, PractitionerRole, Organization, Schedule, …) → hidden;
 * 2. `status` `inactive` or `entered-in-error` (Location, and any other type) → hidden;
 * 3. `clinicalStatus` `inactive`, `resolved` or `remission` (Condition, AllergyIntolerance) → hidden;
 * 4. MedicationStatement `status` `stopped`, `completed` or `not-taken` → hidden.
 * Everything else (Appointments of any status, Encounters, Observations, Immunizations) is shown.
 */
export function isActiveRecord(resource: Resource): boolean {
  const r = resource as unknown as Loose;
  if (r.active === false) return false;
  if (typeof r.status === 'string' && inactiveStatuses.has(r.status)) return false;
  if (codesOf(r.clinicalStatus).some((code) => inactiveClinicalStatuses.has(code))) return false;
  if (resource.resourceType === 'MedicationStatement' && inactiveMedicationStatuses.has(String(r.status)))
    return false;
  return true;
}
