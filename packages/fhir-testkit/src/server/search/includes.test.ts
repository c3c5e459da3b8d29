import type { Appointment, Encounter, Organization, Patient, Practitioner, Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { searchFixture } from './test-support/search-fixture.js';

const org: Organization = { resourceType: 'Organization', id: 'org1', active: true, name: 'Practice' };
const gp = (id: string, active = true): Practitioner => ({ resourceType: 'Practitioner', id, active });
const patient = (id: string, gpId: string, active = true): Patient => ({
  resourceType: 'Patient',
  id,
  active,
  generalPractitioner: [{ reference: `Practitioner/${gpId}` }],
  managingOrganization: { reference: 'Organization/org1' },
});
const appointment = (id: string, patientId: string, gpId: string): Appointment => ({
  resourceType: 'Appointment',
  id,
  status: 'booked',
  participant: [
    { actor: { reference: `Patient/${patientId}` }, status: 'accepted' },
    { actor: { reference: `Practitioner/${gpId}` }, status: 'accepted' },
  ],
});
const encounter = (id: string, appointmentId: string, patientId: string): Encounter => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  class: { code: 'AMB' },
  subject: { reference: `Patient/${patientId}` },
  appointment: [{ reference: `Appointment/${appointmentId}` }],
});

const resources = [
  org,
  gp('gp1'),
  gp('gp2', false),
  patient('p1', 'gp1'),
  patient('p2', 'gp2'),
  patient('p3', 'gp1', false),
  appointment('a1', 'p1', 'gp1'),
  appointment('a2', 'p2', 'gp1'),
  appointment('a3', 'p1', 'gp2'),
  appointment('a4', 'p3', 'gp1'),
  encounter('e1', 'a1', 'p1'),
  encounter('e2', 'a1', 'p1'),
];
const keys = (list: readonly Resource[]) => list.map((r) => `${r.resourceType}/${r.id}`).sort();

describe('_include and _revinclude', () => {
  const { search } = searchFixture(resources);

  it('_include adds each referenced resource once, never one already on the page', () => {
    const result = search('Appointment', 'practitioner=gp1&_include=Appointment:patient');
    expect(keys(result.includesFor(result.matches))).toEqual(['Patient/p1', 'Patient/p2', 'Patient/p3']);
    const patients = search('Patient', '_id=p1,p2&_include=Patient:link');
    expect(patients.includesFor(patients.matches)).toEqual([]);
  });

  it('computes includes per page', () => {
    const result = search('Appointment', 'practitioner=gp1&_include=Appointment:patient');
    expect(keys(result.includesFor(result.matches.slice(0, 1)))).toEqual(['Patient/p1']);
    expect(keys(result.includesFor(result.matches.slice(1, 2)))).toEqual(['Patient/p2']);
  });

  it('the :Target form follows only references to that type', () => {
    const result = search('Appointment', '_id=a1&_include=Appointment:actor:Practitioner');
    expect(keys(result.includesFor(result.matches))).toEqual(['Practitioner/gp1']);
    const all = search('Appointment', '_id=a1&_include=Appointment:actor');
    expect(keys(all.includesFor(all.matches))).toEqual(['Patient/p1', 'Practitioner/gp1']);
  });

  it('_revinclude adds resources that point to the matches', () => {
    const result = search('Appointment', '_id=a1,a2&_revinclude=Encounter:appointment');
    expect(keys(result.includesFor(result.matches))).toEqual(['Encounter/e1', 'Encounter/e2']);
  });

  it(':iterate follows references from included resources too', () => {
    const once = search(
      'Appointment',
      '_id=a2&_include=Appointment:patient&_include=Patient:general-practitioner',
    );
    expect(keys(once.includesFor(once.matches))).toEqual(['Patient/p2']);
    const iterated = search(
      'Appointment',
      '_id=a2&_include=Appointment:patient&_include:iterate=Patient:general-practitioner&_include:iterate=Patient:organization',
    );
    expect(keys(iterated.includesFor(iterated.matches))).toEqual([
      'Organization/org1',
      'Patient/p2',
      'Practitioner/gp2',
    ]);
    const reverse = search(
      'Patient',
      '_id=p1&_revinclude=Appointment:patient&_revinclude:iterate=Encounter:appointment',
    );
    expect(keys(reverse.includesFor(reverse.matches))).toEqual([
      'Appointment/a1',
      'Appointment/a3',
      'Encounter/e1',
      'Encounter/e2',
    ]);
  });

  it('rejects an include that names no reference parameter', () => {
    expect(() => search('Appointment', '_include=Appointment:status')).toThrowError(
      /not a reference search parameter/,
    );
    expect(() => search('Appointment', '_include=Appointment')).toThrowError(/SourceType:searchParam/);
    expect(() => search('Appointment', '_include=Appointment:patient:Practitioner')).toThrowError(
      /cannot point to Practitioner/,
    );
  });

  it('in only-active mode, includes leave inactive records out too', () => {
    const active = searchFixture(resources, { onlyActive: true });
    const result = active.search('Appointment', 'practitioner=gp1&_include=Appointment:patient');
    expect(result.matches.map((r) => r.id)).toEqual(['a1', 'a2', 'a4']);
    expect(keys(result.includesFor(result.matches))).toEqual(['Patient/p1', 'Patient/p2']);
  });
});
