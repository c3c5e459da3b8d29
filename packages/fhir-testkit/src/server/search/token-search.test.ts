import type { Condition, Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { searchFixture } from './test-support/search-fixture.js';

const ihi = 'http://ns.electronichealth.net.au/id/hi/ihi/1.0';
const snomed = 'http://snomed.info/sct';
const patient = (id: string, extra: Partial<Patient>): Patient => ({ resourceType: 'Patient', id, ...extra });
const condition = (id: string, system: string | undefined, code: string, text?: string): Condition => ({
  resourceType: 'Condition',
  id,
  subject: { reference: 'Patient/1' },
  code: {
    coding: [
      system === undefined
        ? { code, display: `${code} display` }
        : { system, code, display: `${code} display` },
    ],
    ...(text === undefined ? {} : { text }),
  },
});

const { ids } = searchFixture([
  patient('1', { active: true, gender: 'female', identifier: [{ system: ihi, value: '8003608166690503' }] }),
  patient('2', {
    active: false,
    gender: 'male',
    identifier: [{ system: 'urn:mrn', value: '8003608166690503' }],
  }),
  patient('3', { gender: 'female', telecom: [{ system: 'phone', value: '0412 345 678' }] }),
  condition('c1', snomed, '44054006', 'Type 2 diabetes'),
  condition('c2', 'http://other', '44054006'),
  condition('c3', undefined, '44054006'),
  condition('c4', snomed, '38341003', 'High blood pressure'),
]);

describe('token search', () => {
  it('matches a code in any system', () => {
    expect(ids('Condition', 'code=44054006')).toEqual(['c1', 'c2', 'c3']);
    expect(ids('Patient', 'identifier=8003608166690503')).toEqual(['1', '2']);
  });

  it('matches system|code, |code (no system) and system| (any code)', () => {
    expect(ids('Condition', `code=${snomed}|44054006`)).toEqual(['c1']);
    expect(ids('Condition', 'code=|44054006')).toEqual(['c3']);
    expect(ids('Condition', `code=${snomed}|`)).toEqual(['c1', 'c4']);
    expect(ids('Patient', `identifier=${ihi}|8003608166690503`)).toEqual(['1']);
  });

  it('matches booleans and codes', () => {
    expect(ids('Patient', 'active=true')).toEqual(['1']);
    expect(ids('Patient', 'active=false')).toEqual(['2']);
    expect(ids('Patient', 'gender=female')).toEqual(['1', '3']);
  });

  it(':not keeps resources with no matching value, including those with no value', () => {
    expect(ids('Patient', 'active:not=false')).toEqual(['1', '3']);
    expect(ids('Condition', `code:not=${snomed}|44054006`)).toEqual(['c2', 'c3', 'c4']);
  });

  it(':text matches the start of the display text, case-insensitively', () => {
    expect(ids('Condition', 'code:text=high')).toEqual(['c4']);
    expect(ids('Condition', 'code:text=44054006 DISP')).toEqual(['c1', 'c2', 'c3']);
  });

  it(':missing tells resources with and without a value apart', () => {
    expect(ids('Patient', 'active:missing=true')).toEqual(['3']);
    expect(ids('Patient', 'active:missing=false')).toEqual(['1', '2']);
  });

  it('matches a ContactPoint on its value', () => {
    expect(ids('Patient', 'phone=0412 345 678')).toEqual(['3']);
    expect(ids('Patient', 'telecom=0412 345 678')).toEqual(['3']);
  });

  it('matches _id, also through OR', () => {
    expect(ids('Patient', '_id=2')).toEqual(['2']);
    expect(ids('Patient', '_id=3,1')).toEqual(['1', '3']);
  });
});

describe('token :of-type', () => {
  const v2 = 'http://terminology.hl7.org/CodeSystem/v2-0203';
  const { ids: typed } = searchFixture([
    patient('mc', { identifier: [{ type: { coding: [{ system: v2, code: 'MC' }] }, value: '2123456701' }] }),
    patient('mr', { identifier: [{ type: { coding: [{ system: v2, code: 'MR' }] }, value: '2123456701' }] }),
  ]);

  it('matches an Identifier by its type coding and value', () => {
    expect(typed('Patient', `identifier:of-type=${v2}|MC|2123456701`)).toEqual(['mc']);
    expect(typed('Patient', `identifier:of-type=${v2}|MR|2123456701`)).toEqual(['mr']);
    expect(typed('Patient', `identifier:of-type=${v2}|MC|999`)).toEqual([]);
  });

  it('needs all three parts', () => {
    expect(() => typed('Patient', 'identifier:of-type=MC|2123456701')).toThrowError(
      /type-system\|type-code\|value/,
    );
  });
});

describe('parameters common to every resource', () => {
  it('match meta.tag, meta.security and meta.profile', () => {
    const { ids: common } = searchFixture([
      patient('t', {
        meta: {
          tag: [{ system: 'urn:halo', code: 'imported' }],
          security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }],
          profile: ['http://hl7.org.au/fhir/StructureDefinition/au-patient'],
        },
      }),
      patient('u', {}),
    ]);
    expect(common('Patient', '_tag=urn:halo|imported')).toEqual(['t']);
    expect(common('Patient', '_security=R')).toEqual(['t']);
    expect(common('Patient', '_profile=http://hl7.org.au/fhir/StructureDefinition/au-patient')).toEqual([
      't',
    ]);
    expect(common('Patient', '_tag:missing=true')).toEqual(['u']);
  });
});

describe('token :not with several values', () => {
  it('keeps resources that match none of them', () => {
    const { ids: statuses } = searchFixture(
      (['booked', 'cancelled', 'fulfilled', 'noshow'] as const).map((status) => ({
        resourceType: 'Appointment' as const,
        id: status,
        status,
        participant: [{ status: 'accepted' as const }],
      })),
    );
    expect(statuses('Appointment', 'status:not=booked,cancelled')).toEqual(['fulfilled', 'noshow']);
    expect(statuses('Appointment', 'status:not=booked&status:not=noshow')).toEqual([
      'cancelled',
      'fulfilled',
    ]);
  });
});
