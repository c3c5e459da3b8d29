// Compiled by check-consumer-types.mjs against the built packages, as a consumer would see them.
import { createFhirClient, isFhirRequestError, search } from '@halo-fhir/fhir-client';
import { createMockFhirServer } from '@halo-fhir/fhir-testkit';
import type { Appointment, Patient } from 'fhir/r4.js';

export async function todaysAppointments(): Promise<Appointment[]> {
  await using server = await createMockFhirServer();
  const client = createFhirClient({ baseUrl: server.baseUrl(), subscriptionKey: server.subscriptionKey });
  const query = search('Appointment').date('date', { ge: '2026-11-26' }).include('Appointment', 'patient');
  const out: Appointment[] = [];
  try {
    for await (const appointment of client.resources(query)) out.push(appointment);
  } catch (error) {
    if (isFhirRequestError(error)) console.error(error.action);
  }
  const patient: Patient = await client.read('Patient', 'p1');
  void patient;
  return out;
}
