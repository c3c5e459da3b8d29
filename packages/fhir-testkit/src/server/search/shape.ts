import type { Resource } from 'fhir/r4.js';
import { SummaryMode } from './query-parser.js';
import { ownEntry } from './own-entry.js';

/** Tag R4 requires on a resource served with only some of its elements. */
export const subsettedTag = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
  code: 'SUBSETTED',
} as const;

/**
 * Top-level elements marked `isSummary` in R4, for the types the generator makes (read from the R4
 * StructureDefinitions). Other types keep every element but `text` under `_summary=true`.
 */
const summaryElements: Record<string, readonly string[]> = {
  AllergyIntolerance: [
    'identifier',
    'clinicalStatus',
    'verificationStatus',
    'type',
    'category',
    'criticality',
    'code',
    'patient',
    'asserter',
  ],
  Appointment: [
    'identifier',
    'status',
    'cancelationReason',
    'serviceCategory',
    'serviceType',
    'specialty',
    'appointmentType',
    'reasonCode',
    'start',
    'end',
  ],
  Condition: [
    'identifier',
    'clinicalStatus',
    'verificationStatus',
    'code',
    'bodySite',
    'subject',
    'encounter',
    'onset',
    'recordedDate',
    'recorder',
    'asserter',
  ],
  Encounter: [
    'identifier',
    'status',
    'class',
    'type',
    'serviceType',
    'subject',
    'episodeOfCare',
    'participant',
    'appointment',
    'reasonCode',
    'reasonReference',
    'diagnosis',
  ],
  Immunization: [
    'status',
    'vaccineCode',
    'patient',
    'occurrence',
    'primarySource',
    'performer',
    'note',
    'isSubpotent',
  ],
  Location: [
    'identifier',
    'status',
    'operationalStatus',
    'name',
    'description',
    'mode',
    'type',
    'physicalType',
    'managingOrganization',
  ],
  MedicationStatement: [
    'identifier',
    'basedOn',
    'partOf',
    'status',
    'category',
    'medication',
    'subject',
    'context',
    'effective',
    'dateAsserted',
  ],
  Observation: [
    'identifier',
    'basedOn',
    'partOf',
    'status',
    'code',
    'subject',
    'focus',
    'encounter',
    'effective',
    'issued',
    'performer',
    'value',
    'hasMember',
    'derivedFrom',
    'component',
  ],
  Organization: ['identifier', 'active', 'type', 'name', 'partOf'],
  Patient: [
    'identifier',
    'active',
    'name',
    'telecom',
    'gender',
    'birthDate',
    'deceased',
    'address',
    'managingOrganization',
    'link',
  ],
  Practitioner: ['identifier', 'active', 'name', 'telecom', 'address', 'gender', 'birthDate'],
  PractitionerRole: [
    'identifier',
    'active',
    'period',
    'practitioner',
    'organization',
    'code',
    'specialty',
    'location',
    'telecom',
  ],
  Schedule: [
    'identifier',
    'active',
    'serviceCategory',
    'serviceType',
    'specialty',
    'actor',
    'planningHorizon',
  ],
  Slot: [
    'identifier',
    'serviceCategory',
    'serviceType',
    'specialty',
    'appointmentType',
    'schedule',
    'status',
    'start',
    'end',
  ],
};

/**
 * Top-level elements with `min` > 0 in R4, for the same types: R4 says a subset SHOULD still carry
 * them (`_elements`, `_summary=text`), so a subsetted resource stays valid.
 */
const mandatoryElements: Record<string, readonly string[]> = {
  AllergyIntolerance: ['patient'],
  Appointment: ['status', 'participant'],
  Condition: ['subject'],
  Encounter: ['status', 'class'],
  Immunization: ['status', 'vaccineCode', 'patient', 'occurrence'],
  MedicationStatement: ['status', 'medication', 'subject'],
  Observation: ['status', 'code'],
  Schedule: ['actor'],
  Slot: ['schedule', 'status', 'start', 'end'],
};

/** Always kept: without them a resource cannot be identified or versioned. */
const alwaysKept = ['resourceType', 'id', 'meta'];

/** True when element `key` of a resource is `name`, or its choice form (`value` ↔ `valueQuantity`). */
function isElement(key: string, name: string): boolean {
  return key === name || (key.startsWith(name) && /^[A-Z]/.test(key.slice(name.length)));
}

function pick(resource: Resource, keep: (key: string) => boolean): Resource {
  const mandatory = ownEntry(mandatoryElements, resource.resourceType) ?? [];
  // fromEntries defines each key as an own property, even one named `__proto__` in stored JSON.
  const out: Record<string, unknown> = Object.fromEntries(
    Object.entries(resource).filter(
      ([key]) => alwaysKept.includes(key) || keep(key) || mandatory.some((name) => isElement(key, name)),
    ),
  );
  const meta = resource.meta ?? {};
  out.meta = { ...meta, tag: [...(meta.tag ?? []), subsettedTag] };
  return out as unknown as Resource;
}

/**
 * Returns how a resource is served under `_elements` (which wins over `_summary`) or `_summary`.
 * Subsetted copies carry the SUBSETTED tag; a full resource is returned as is.
 */
export function createShaper(options: {
  readonly elements: readonly string[] | undefined;
  readonly summary: SummaryMode | undefined;
}): (resource: Resource) => Resource {
  const { elements, summary } = options;
  if (elements !== undefined) {
    const names = elements.map((e) => e.replace(/^[A-Z][A-Za-z]+\./, ''));
    return (resource) => pick(resource, (key) => names.some((name) => isElement(key, name)));
  }
  switch (summary) {
    case SummaryMode.Data:
      return (resource) => pick(resource, (key) => key !== 'text');
    case SummaryMode.Text:
      return (resource) => pick(resource, (key) => key === 'text');
    case SummaryMode.True:
      return (resource) => {
        const names = ownEntry(summaryElements, resource.resourceType);
        return pick(resource, (key) =>
          names === undefined ? key !== 'text' : names.some((name) => isElement(key, name)),
        );
      };
    default:
      return (resource) => resource;
  }
}
