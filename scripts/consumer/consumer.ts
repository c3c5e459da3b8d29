// A new user's first program: compiled by check-consumer-types.mjs against the packed tarballs
// installed into a fresh project outside the workspace (NodeNext and Bundler resolution, strict,
// exactOptionalPropertyTypes, skipLibCheck off), then run with Node against the testkit's mock server.
import { createFhirClient, isFhirRequestError, search } from '@halo-fhir/fhir-client';
import {
  createHaloSqlClient,
  isSqlQueryFailedError,
  rewriteStoredProcedure,
  type SqlResult,
} from '@halo-fhir/fhir-client/sql';
import { createMockFhirServer, type SqlHandler, sqlErrors } from '@halo-fhir/fhir-testkit';
import type { Appointment, Patient } from 'fhir/r4.js';

export async function firstPatient(): Promise<Patient> {
  await using server = await createMockFhirServer();
  const client = createFhirClient({ baseUrl: server.baseUrl(), subscriptionKey: server.subscriptionKey });
  const query = search('Appointment').include('Appointment', 'patient').count(5);
  const out: Appointment[] = [];
  try {
    for await (const appointment of client.resources(query)) {
      out.push(appointment);
      if (out.length === 12) break; // three pages are enough
    }
  } catch (error) {
    if (isFhirRequestError(error)) console.error(error.action);
    throw error;
  }
  const [match] = await client.collect(search('Patient').count(1), { max: 1000 }).then((r) => r.matches);
  if (match?.id === undefined) throw new Error('the mock practice served no patient');
  const patient: Patient = await client.read('Patient', match.id);
  if (out.length === 0) throw new Error('the mock practice served no appointment');
  return patient;
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
    return result.rows.map((row) => row.Surname);
  } catch (error) {
    if (isSqlQueryFailedError(error)) console.error(error.action, error.errorDetails?.errorCode);
    throw error;
  }
}

const patient = await firstPatient();
const surnames = await patientSurnames();
if (patient.resourceType !== 'Patient' || surnames.join() !== 'Nguyen') {
  throw new Error(`unexpected results: ${patient.resourceType}, ${surnames.join()}`);
}
console.log(`consumer ran: read Patient/${patient.id}; SQL surnames ${surnames.join()}`);
