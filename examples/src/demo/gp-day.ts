import type { FhirClient, LinkRepair } from '@halo-fhir/fhir-client';
import { search } from '@halo-fhir/fhir-client';
import type { Appointment, Patient, Practitioner } from 'fhir/r4.js';

/** One GP's day, as the library fetched it. */
export interface GpDay {
  readonly practitioner: string;
  readonly name: string;
  readonly appointments: number;
  readonly pages: number;
  /** Appointments whose patient was found among the included resources. */
  readonly patientsResolved: number;
  /** `Patient/{id}` of appointments whose patient was not included (Halo leaves out inactive patients). */
  readonly patientsMissing: readonly string[];
  readonly firstAppointment: { readonly start: string; readonly patient: string } | undefined;
  readonly repairs: readonly LinkRepair[];
}

/**
 * Today's appointments of one GP with their patients (`_include=Appointment:patient`), every page,
 * each appointment's patient resolved from the page's included resources. Halo's `next` links drop
 * the `_include`; the client restores it, so later pages still carry their patients.
 */
export async function fetchGpDay(
  client: FhirClient,
  practitioner: Practitioner,
  options: { readonly today: string; readonly pageSize: number },
): Promise<GpDay> {
  const reference = `Practitioner/${practitioner.id}`;
  const query = search('Appointment', { dates: 'halo' })
    .reference('practitioner', reference)
    .date('date', options.today)
    .include('Appointment', 'patient')
    .sort('date')
    .count(options.pageSize);
  let appointments = 0;
  let patientsResolved = 0;
  const patientsMissing: string[] = [];
  let pages = 0;
  let firstAppointment: GpDay['firstAppointment'];
  const repairs: LinkRepair[] = [];
  for await (const page of client.pages(query)) {
    pages++;
    if (page.repairedLink) repairs.push(page.repairedLink);
    for (const appointment of page.matches as readonly Appointment[]) {
      appointments++;
      const actor = appointment.participant.find((p) => p.actor?.reference?.startsWith('Patient/'))?.actor;
      const patient = actor === undefined ? undefined : (page.resolve(actor) as Patient | undefined);
      if (patient) patientsResolved++;
      else if (actor?.reference !== undefined) patientsMissing.push(actor.reference);
      firstAppointment ??= {
        start: appointment.start ?? '?',
        patient: patient?.name?.[0]?.text ?? actor?.reference ?? '?',
      };
    }
  }
  return {
    practitioner: reference,
    name: practitioner.name?.[0]?.text ?? reference,
    appointments,
    pages,
    patientsResolved,
    patientsMissing,
    firstAppointment,
    repairs,
  };
}
