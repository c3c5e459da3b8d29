// Compiled by check-consumer-types.mjs against the built packages, as a consumer would see them.
import { createFhirClient, isFhirRequestError, search } from '@halo-fhir/fhir-client';
import {
  createHaloSqlClient,
  isSqlQueryFailedError,
  rewriteStoredProcedure,
  type SqlResult,
} from '@halo-fhir/fhir-client/sql';
import { createMockFhirServer, type SqlHandler, sqlErrors } from '@halo-fhir/fhir-testkit';
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

// The SQL passthrough subpath and the testkit's SQL mock, as a consumer imports them.

export async function patientSurnames(): Promise<string[]> {
  await using server = await createMockFhirServer();
  const site = server.siteGuids[0] ?? '';
  const handler: SqlHandler = { match: /FROM Patients/, result: { rows: [{ Surname: 'Nguyen' }] } };
  server.sql.define(site, { handlers: [handler] });
  const sql = createHaloSqlClient({ baseUrl: server.siteUrl(site), subscriptionKey: server.subscriptionKey });
  const rewritten = rewriteStoredProcedure({ text: 'dbo.Save', type: 'storedProcedure', parameters: [] });
  void rewritten.command.text;
  void sqlErrors.resultsExpired().status;
  try {
    const result: SqlResult<{ Surname: string }> = await sql.query<{ Surname: string }>`
      SELECT Surname FROM Patients WHERE PatientID = ${1}`;
    const handle = await sql.submit({ text: 'SELECT Surname FROM Patients' });
    const saved: string = JSON.stringify(handle);
    void saved;
    return result.rows.map((row) => row.Surname);
  } catch (error) {
    if (isSqlQueryFailedError(error)) console.error(error.action, error.errorDetails?.errorCode);
    return [];
  }
}
