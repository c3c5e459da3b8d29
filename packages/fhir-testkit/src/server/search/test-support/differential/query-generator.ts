import type { Resource } from 'fhir/r4.js';
import { createDraw, createSeededRandom, type Draw } from '../../../../data/random.js';

/** A generated query and the search parameter type it exercises. */
export interface DifferentialQuery {
  readonly resourceType: string;
  readonly query: string;
  readonly kind: 'token' | 'date' | 'reference' | 'string';
}

type Loose = Record<string, unknown> & Resource;
const ofType = (data: readonly Resource[], type: string) =>
  data.filter((r) => r.resourceType === type) as Loose[];
const prefixes = ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'] as const;

/** Truncates a date(Time) to year, month or day precision. */
const truncate = (draw: Draw, value: string) => value.slice(0, draw.pick([4, 7, 10]));

/**
 * Queries drawn from the data itself, so that most of them match something: values, codes,
 * references and name prefixes that exist, with every date prefix and precision.
 */
export function generateDifferentialQueries(
  data: readonly Resource[],
  count: number,
  seed: number,
): DifferentialQuery[] {
  const draw = createDraw(createSeededRandom(seed));
  const patients = ofType(data, 'Patient');
  const practitioners = ofType(data, 'Practitioner');
  const appointments = ofType(data, 'Appointment');
  const conditions = ofType(data, 'Condition');
  const observations = ofType(data, 'Observation');
  const encounters = ofType(data, 'Encounter');
  const immunizations = ofType(data, 'Immunization');
  const patient = () => draw.pick(patients) as Loose & { name: { family: string; given: string[] }[] };
  const coding = (r: Loose, field: string) =>
    (r[field] as { coding: { system: string; code: string }[] }).coding[0] as {
      system: string;
      code: string;
    };

  const makers: (() => DifferentialQuery)[] = [
    // token
    () => ({
      resourceType: 'Patient',
      kind: 'token',
      query: `gender=${draw.pick(['male', 'female', 'other'])}`,
    }),
    () => ({ resourceType: 'Patient', kind: 'token', query: `active=${draw.pick(['true', 'false'])}` }),
    () => {
      const id = (patient().identifier as { system: string; value: string }[])[draw.int(0, 2)] as {
        system: string;
        value: string;
      };
      return {
        resourceType: 'Patient',
        kind: 'token',
        query: `identifier=${draw.chance(0.5) ? `${id.system}|` : ''}${id.value}`,
      };
    },
    () => {
      const c = coding(draw.pick(conditions), 'code');
      return {
        resourceType: 'Condition',
        kind: 'token',
        query: `code=${draw.chance(0.5) ? `${c.system}|` : ''}${c.code}`,
      };
    },
    () => ({
      resourceType: 'Condition',
      kind: 'token',
      query: `clinical-status=${draw.pick(['active', 'resolved', 'inactive'])}`,
    }),
    () => ({
      resourceType: 'Appointment',
      kind: 'token',
      query: `status=${draw.pick(['booked', 'fulfilled', 'cancelled', 'noshow,arrived'])}`,
    }),
    () => ({
      resourceType: 'Appointment',
      kind: 'token',
      query: `status:not=${draw.pick(['booked', 'cancelled'])}`,
    }),
    () => {
      const c = coding(draw.pick(observations), 'code');
      return { resourceType: 'Observation', kind: 'token', query: `code=${c.system}|${c.code}` };
    },
    () => ({
      resourceType: 'Immunization',
      kind: 'token',
      query: `vaccine-code=${coding(draw.pick(immunizations), 'vaccineCode').code}`,
    }),
    () => ({
      resourceType: 'MedicationStatement',
      kind: 'token',
      query: `status=${draw.pick(['active', 'stopped'])}`,
    }),
    () => ({ resourceType: 'Patient', kind: 'token', query: `_id=${patient().id},${patient().id}` }),
    // date
    () => ({
      resourceType: 'Patient',
      kind: 'date',
      query: `birthdate=${draw.pick(prefixes)}${truncate(draw, patient().birthDate as string)}`,
    }),
    () => ({
      resourceType: 'Appointment',
      kind: 'date',
      query: `date=${draw.pick(prefixes)}${(draw.pick(appointments).start as string).slice(0, 10)}`,
    }),
    () => ({
      resourceType: 'Condition',
      kind: 'date',
      query: `onset-date=${draw.pick(prefixes)}${truncate(draw, draw.pick(conditions).onsetDateTime as string)}`,
    }),
    () => ({
      resourceType: 'Observation',
      kind: 'date',
      query: `date=${draw.pick(['ge', 'lt', 'gt', 'le'])}${(draw.pick(observations).effectiveDateTime as string).slice(0, 10)}`,
    }),
    () => {
      // Ongoing encounters (Period without end) are where date semantics differ most: draw them often.
      const ongoing = encounters.filter((e) => (e.period as { end?: string }).end === undefined);
      const encounter = ongoing.length > 0 && draw.chance(0.5) ? draw.pick(ongoing) : draw.pick(encounters);
      const start = (encounter.period as { start: string }).start;
      return {
        resourceType: 'Encounter',
        kind: 'date',
        query: `date=${draw.pick(['ge', 'le', 'gt', 'lt'])}${start.slice(0, 10)}`,
      };
    },
    () => ({
      resourceType: 'Immunization',
      kind: 'date',
      query: `date=ge${truncate(draw, draw.pick(immunizations).occurrenceDateTime as string)}&date=lt${draw.int(2000, 2027)}`,
    }),
    // A search value finer than the stored one: ranges straddle, which is where prefixes differ.
    () => ({
      resourceType: 'Patient',
      kind: 'date',
      query: `birthdate=${draw.pick(prefixes)}${patient().birthDate as string}T${draw.pick(['00:00', '12:00', '23:59'])}:00Z`,
    }),
    () => {
      const start = (draw.pick(encounters).period as { start: string }).start;
      const minute = `${start.slice(0, 14)}${String(draw.int(0, 20)).padStart(2, '0')}:00Z`;
      return { resourceType: 'Encounter', kind: 'date', query: `date=${draw.pick(prefixes)}${minute}` };
    },
    // reference
    () => ({
      resourceType: 'Appointment',
      kind: 'reference',
      query: `practitioner=Practitioner/${draw.pick(practitioners).id}`,
    }),
    () => ({ resourceType: 'Appointment', kind: 'reference', query: `patient=${patient().id}` }),
    () => ({ resourceType: 'Appointment', kind: 'reference', query: `actor=Patient/${patient().id}` }),
    () => ({ resourceType: 'Condition', kind: 'reference', query: `subject=Patient/${patient().id}` }),
    () => ({ resourceType: 'Observation', kind: 'reference', query: `patient=Patient/${patient().id}` }),
    () => ({
      resourceType: 'MedicationStatement',
      kind: 'reference',
      query: `subject=Patient/${patient().id}`,
    }),
    () => ({
      resourceType: 'Encounter',
      kind: 'reference',
      query: `participant=Practitioner/${draw.pick(practitioners).id}`,
    }),
    () => ({
      resourceType: 'Patient',
      kind: 'reference',
      query: `general-practitioner=Practitioner/${draw.pick(practitioners).id}`,
    }),
    () => ({
      resourceType: 'Condition',
      kind: 'reference',
      query: `subject:Patient.family=${patient().name[0]?.family.slice(0, 3)}`,
    }),
    () => ({
      resourceType: 'Appointment',
      kind: 'reference',
      query: `patient.name=${patient().name[0]?.family}&practitioner=${draw.pick(practitioners).id}`,
    }),
    // string
    () => ({
      resourceType: 'Patient',
      kind: 'string',
      query: `name=${patient().name[0]?.family.slice(0, draw.int(2, 5))}`,
    }),
    () => ({
      resourceType: 'Patient',
      kind: 'string',
      query: `family=${patient().name[0]?.family.toLowerCase()}`,
    }),
    () => ({
      resourceType: 'Patient',
      kind: 'string',
      query: `given=${patient().name[0]?.given[0]?.slice(0, 3)}`,
    }),
    () => ({ resourceType: 'Patient', kind: 'string', query: `family:exact=${patient().name[0]?.family}` }),
    () => ({
      resourceType: 'Patient',
      kind: 'string',
      query: `name:contains=${patient().name[0]?.family.slice(1, 4)}`,
    }),
    () => ({
      resourceType: 'Patient',
      kind: 'string',
      query: `address-city=${(patient().address as { city: string }[])[0]?.city.slice(0, 4)}`,
    }),
    // Fragments found both at the start of some names and inside others (Arjun, Clarke).
    () => ({
      resourceType: 'Patient',
      kind: 'string',
      query: `name=${draw.pick(['ar', 'an', 'li', 'ma', 'er'])}`,
    }),
    // Names the vocabulary spells with accents (Zoë, Renée, José, André, Nguyễn, Müller), asked without.
    () => ({
      resourceType: 'Patient',
      kind: 'string',
      query: `name=${draw.pick(['zoe', 'renee', 'jose', 'andre', 'nguyen', 'muller', 'Rene'])}`,
    }),
    () => ({
      resourceType: 'Practitioner',
      kind: 'string',
      query: `name=${(draw.pick(practitioners).name as { family: string }[])[0]?.family}`,
    }),
    () => ({
      resourceType: 'Patient',
      kind: 'string',
      query: `name=${patient().name[0]?.family},${patient().name[0]?.given[0]}`,
    }),
  ];
  const queries: DifferentialQuery[] = [];
  for (let i = 0; i < count; i++) queries.push((makers[i % makers.length] as () => DifferentialQuery)());
  return queries;
}
