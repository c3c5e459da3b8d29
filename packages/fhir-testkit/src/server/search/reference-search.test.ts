import type { Appointment, Condition, Observation, Patient, Practitioner } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { searchFixture } from './test-support/search-fixture.js';

const patient = (id: string, family: string, gp?: string): Patient => ({
  resourceType: 'Patient',
  id,
  name: [{ family }],
  ...(gp === undefined ? {} : { generalPractitioner: [{ reference: `Practitioner/${gp}` }] }),
});
const practitioner = (id: string, family: string): Practitioner => ({
  resourceType: 'Practitioner',
  id,
  name: [{ family }],
});
const condition = (id: string, subject: string | undefined, code = '1'): Condition =>
  ({
    resourceType: 'Condition',
    id,
    code: { coding: [{ system: 'http://snomed.info/sct', code }] },
    // A Condition without subject is invalid FHIR, but exactly what :missing must find.
    ...(subject === undefined ? {} : { subject: { reference: subject } }),
  }) as Condition;
const appointment = (id: string, actors: string[]): Appointment => ({
  resourceType: 'Appointment',
  id,
  status: 'booked',
  participant: actors.map((reference) => ({ actor: { reference }, status: 'accepted' })),
});
const observation = (id: string, subject: string): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { text: 'x' },
  subject: { reference: subject },
});

const { ids } = searchFixture([
  patient('p1', 'Smith', 'gp1'),
  patient('p2', 'Jones', 'gp2'),
  practitioner('gp1', 'Who'),
  practitioner('gp2', 'Smith'),
  condition('c1', 'Patient/p1', '44054006'),
  condition('c2', 'Patient/p2'),
  condition('c3', 'Group/p1'),
  condition('c4', 'https://other.example/fhir/Patient/p2/_history/3'),
  condition('c5', undefined),
  appointment('a1', ['Patient/p1', 'Practitioner/gp1']),
  appointment('a2', ['Patient/p2', 'Practitioner/gp1']),
  appointment('a3', ['Patient/p2', 'Practitioner/gp2']),
  observation('o1', 'Patient/p1'),
]);

describe('reference search', () => {
  it('matches Type/id, a bare id of any type, and the :Type modifier', () => {
    expect(ids('Condition', 'subject=Patient/p1')).toEqual(['c1']);
    expect(ids('Condition', 'subject=p1')).toEqual(['c1', 'c3']);
    expect(ids('Condition', 'subject:Patient=p1')).toEqual(['c1']);
    expect(ids('Condition', 'patient=p2')).toEqual(['c2', 'c4']);
    expect(ids('Appointment', 'practitioner=Practitioner/gp1')).toEqual(['a1', 'a2']);
    expect(ids('Appointment', 'actor=Patient/p2,Practitioner/gp1')).toEqual(['a1', 'a2', 'a3']);
  });

  it('matches absolute URLs and versioned references on their Type/id', () => {
    expect(ids('Condition', 'subject=https://elsewhere.example/Patient/p2')).toEqual(['c2', 'c4']);
  });

  it('restricts resolve()-typed parameters to that type', () => {
    expect(ids('Appointment', 'patient=gp1')).toEqual([]);
    expect(ids('Condition', 'patient=p1')).toEqual(['c1']);
  });

  it(':missing finds resources without the reference', () => {
    expect(ids('Condition', 'subject:missing=true')).toEqual(['c5']);
    expect(ids('Condition', 'subject:missing=false')).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('chains one level through a typed or single-target reference', () => {
    expect(ids('Condition', 'subject:Patient.name=smith')).toEqual(['c1']);
    expect(ids('Condition', 'patient.family=jones')).toEqual(['c2', 'c4']);
    expect(ids('Appointment', 'practitioner.name=smith')).toEqual(['a3']);
    expect(ids('Patient', 'general-practitioner:Practitioner.family:exact=Who')).toEqual(['p1']);
  });

  it('_has selects resources that matching resources point to', () => {
    expect(ids('Patient', '_has:Condition:patient:code=44054006')).toEqual(['p1']);
    expect(ids('Patient', '_has:Observation:subject:_id=o1')).toEqual(['p1']);
    expect(ids('Practitioner', '_has:Appointment:practitioner:patient=p2')).toEqual(['gp1', 'gp2']);
  });

  it('rejects a :Type the parameter cannot point to and chains deeper than one level', () => {
    expect(() => ids('Condition', 'subject:Appointment=x')).toThrowError(/cannot point to Appointment/);
    expect(() => ids('Condition', 'subject:Patient.general-practitioner.name=x')).toThrowError(
      /one level of chaining/,
    );
    expect(() => ids('Condition', 'code.name=x')).toThrowError(/only reference parameters can be chained/);
  });
});
