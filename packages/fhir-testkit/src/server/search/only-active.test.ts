import type { FhirResource as Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { isActiveRecord } from './only-active.js';
import { searchFixture } from './test-support/search-fixture.js';

const clinical = (system: string, code: string) => ({ coding: [{ system, code }] });
const conditionStatus = 'http://terminology.hl7.org/CodeSystem/condition-clinical';

const resources: Resource[] = [
  { resourceType: 'Patient', id: 'p-active', active: true },
  { resourceType: 'Patient', id: 'p-inactive', active: false },
  { resourceType: 'Patient', id: 'p-unstated' },
  { resourceType: 'Location', id: 'l-active', status: 'active' },
  { resourceType: 'Location', id: 'l-inactive', status: 'inactive' },
  ...['active', 'recurrence', 'inactive', 'resolved', 'remission'].map(
    (code): Resource => ({
      resourceType: 'Condition',
      id: `c-${code}`,
      subject: { reference: 'Patient/p-active' },
      clinicalStatus: clinical(conditionStatus, code),
    }),
  ),
  ...(['active', 'intended', 'stopped', 'completed', 'not-taken', 'entered-in-error'] as const).map(
    (status): Resource => ({
      resourceType: 'MedicationStatement',
      id: `m-${status}`,
      status,
      subject: { reference: 'Patient/p-active' },
      medicationCodeableConcept: { text: 'x' },
    }),
  ),
  {
    resourceType: 'Appointment',
    id: 'a-cancelled',
    status: 'cancelled',
    participant: [{ status: 'declined' }],
  },
];

describe('only-active mode', () => {
  const active = searchFixture(resources, { onlyActive: true });
  const all = searchFixture(resources);

  it('hides active=false and keeps records that do not say', () => {
    expect(active.ids('Patient', '')).toEqual(['p-active', 'p-unstated']);
    expect(active.ids('Patient', 'active=false')).toEqual([]);
    expect(all.ids('Patient', 'active=false')).toEqual(['p-inactive']);
  });

  it('hides inactive Locations, resolved/inactive/remission Conditions and stopped medicines', () => {
    expect(active.ids('Location', '')).toEqual(['l-active']);
    expect(active.ids('Condition', '')).toEqual(['c-active', 'c-recurrence']);
    expect(active.ids('MedicationStatement', '')).toEqual(['m-active', 'm-intended']);
  });

  it('keeps appointments of every status', () => {
    expect(active.ids('Appointment', '')).toEqual(['a-cancelled']);
    expect(isActiveRecord({ resourceType: 'Observation', status: 'final', code: {} } as Resource)).toBe(true);
  });

  it('does not count hidden records in the total', () => {
    expect(active.search('Patient', '_summary=count').total).toBe(2);
    expect(all.search('Patient', '_summary=count').total).toBe(3);
  });

  it('chains and _has see only active records', () => {
    expect(active.ids('Condition', 'subject:Patient.active=true')).toEqual(['c-active', 'c-recurrence']);
    expect(all.ids('Patient', '_has:Condition:subject:clinical-status=resolved')).toEqual(['p-active']);
    expect(active.ids('Patient', '_has:Condition:subject:clinical-status=resolved')).toEqual([]);
  });
});
