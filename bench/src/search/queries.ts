import type { Patient, Resource } from 'fhir/r4.js';

/** One search of the mock-search benchmark: a name for the report and the query both engines run. */
export interface BenchQuery {
  readonly name: string;
  readonly resourceType: string;
  /** The query string, without `?`. */
  readonly query: string;
}

const medicare = 'http://ns.electronichealth.net.au/id/medicare-number';

/**
 * Five searches an integration runs against a practice every day, over ids and values taken from the
 * generated data (so each finds something at every size): a GP's appointments today with their
 * patients, a patient by Medicare number, by family name and birth date, a patient's vital signs newest
 * first, and a GP's free slots today.
 *
 * The dates are zone-less, as Halo accepts them. The testkit reads them in the practice's zone
 * (Australia/Sydney here) and Medplum's repository as UTC, so the day-bound queries return different
 * entries on the two (e.g. 47 vs 45): R4 §3.1.1.4.1 sides with the testkit, and with the offset
 * written both agree entry for entry (fhir-testkit `server/search/bench-disagreements.test.ts`).
 */
export function benchQueries(data: readonly Resource[]): readonly BenchQuery[] {
  const patients = data.filter((r): r is Patient => r.resourceType === 'Patient');
  const someone = patients[Math.floor(patients.length / 2)] ?? patients[0];
  const medicareNumber = someone?.identifier?.find((i) => i.system === medicare)?.value ?? '0';
  const family = someone?.name?.[0]?.family ?? 'Smith';
  const birthDate = someone?.birthDate ?? '1970-01-01';
  const today = ['ge2026-11-26T00:00:00', 'lt2026-11-27T00:00:00'];
  return [
    {
      name: "GP's appointments today + patients",
      resourceType: 'Appointment',
      query: `date=${today[0]}&date=${today[1]}&practitioner=Practitioner/prac-1&_include=Appointment:patient&_count=100`,
    },
    {
      name: 'patient by Medicare number',
      resourceType: 'Patient',
      query: `identifier=${encodeURIComponent(`${medicare}|${medicareNumber}`)}`,
    },
    {
      name: 'patient by family name + birth date',
      resourceType: 'Patient',
      query: `family=${encodeURIComponent(family)}&birthdate=${birthDate}`,
    },
    {
      name: "patient's vital signs, newest first",
      resourceType: 'Observation',
      query: 'patient=Patient/pat-1&category=vital-signs&_sort=-date&_count=50',
    },
    {
      name: "GP's free slots today",
      resourceType: 'Slot',
      query: `schedule=Schedule/sched-1&status=free&start=${today[0]}&start=${today[1]}&_count=50`,
    },
  ];
}
