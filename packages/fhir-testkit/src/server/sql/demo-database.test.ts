import type { Bundle, Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { fetchWithKey, startTestServer } from '../test-support/test-server.js';
import { demoQueries } from './demo-database.js';
import { decodeData, immediate } from './test-support/sql-http.js';

type Row = Record<string, unknown>;

async function fhirIds(
  server: Awaited<ReturnType<typeof startTestServer>>,
  query: string,
): Promise<string[]> {
  const bundle = (await (await fetchWithKey(server, `${server.baseUrl()}/${query}`)).json()) as Bundle;
  return (bundle.entry ?? []).map((e) => e.resource?.id ?? '');
}

describe('the demo database of the generated practice', () => {
  it('lists the same patients as the FHIR routes serve (active ones, as Halo shows them)', async () => {
    await using server = await startTestServer();
    const response = await immediate(server, { text: 'SELECT * FROM BPS_Patients' });
    const rows = decodeData(response.body.result.data) as Row[];
    const active = rows.filter((row) => row.Active === true).map((row) => row.PatientID);
    expect(active.sort()).toEqual((await fhirIds(server, 'Patient?_count=1000')).sort());
    const first = server.store().get('Patient', 'pat-1') as Patient;
    expect(rows.find((row) => row.PatientID === 'pat-1')).toMatchObject({
      Surname: first.name?.[0]?.family,
      DOB: `${first.birthDate}T00:00:00.000Z`,
    });
  });

  it("gives a GP's appointments on a day as the FHIR Appointment search does", async () => {
    await using server = await startTestServer();
    const response = await immediate(server, {
      text: 'SELECT * FROM BPS_Appointments WHERE DoctorID = @DoctorID AND AppointmentDate = @Date',
      parameters: [
        { name: '@DoctorID', type: 'NVarChar', value: 'prac-1' },
        { name: '@Date', type: 'Date', value: '2026-11-26' },
      ],
    });
    const rows = decodeData(response.body.result.data) as Row[];
    expect(rows.length).toBeGreaterThan(0);
    const fhir = await fhirIds(server, 'Appointment?practitioner=prac-1&date=2026-11-26&_count=1000');
    expect(rows.map((row) => row.AppointmentID).sort()).toEqual(fhir.sort());
  });

  it('counts patients as a scalar and reads one patient by procedure', async () => {
    await using server = await startTestServer();
    const count = await immediate(server, {
      text: 'SELECT COUNT(*) FROM BPS_Patients',
      executionMode: 'scalar',
    });
    expect(decodeData(count.body.result.data)).toBe(server.store().list('Patient').length);
    const one = await immediate(server, {
      text: 'dbo.BP_GetPatientByID',
      type: 'storedProcedure',
      parameters: [{ name: '@PatientID', type: 'NVarChar', value: 'pat-2' }],
    });
    expect((decodeData(one.body.result.data) as Row[]).map((row) => row.PatientID)).toEqual(['pat-2']);
    const nobody = await immediate(server, {
      text: 'dbo.BP_SaveClinicalNote',
      type: 'storedProcedure',
      parameters: [
        { name: '@PatientID', type: 'NVarChar', value: 'pat-0' },
        { name: '@Note', type: 'NVarChar', value: 'x' },
      ],
    });
    expect(nobody.body.errorDetails).toEqual({
      errorType: 'mssql',
      errorCode: 50000,
      errorMessage: 'Patient pat-0 does not exist.',
    });
  });

  it('answers every documented demo query, and is off with demoDatabase: false', async () => {
    await using server = await startTestServer();
    for (const query of demoQueries) {
      const parameters = ['@PatientID', '@Date', '@DoctorID', '@Note', '@Name']
        .filter((name) => query.sql.includes(name) || query.kind === 'storedProcedure')
        .map((name) => ({
          name,
          type: name === '@Date' ? 'Date' : 'NVarChar',
          value: name === '@Date' ? '2026-11-26' : name === '@PatientID' ? 'pat-1' : 'prac-1',
        }));
      const content = { name: '@Content', type: 'VarBinary', value: 'AAEC' };
      const response = await immediate(server, {
        text: query.sql,
        type: query.kind,
        parameters: query.sql.includes('AddDocument') ? [...parameters, content] : parameters,
      });
      expect(response.status, query.sql).toBe(200);
    }
    await using bare = await startTestServer({ sql: { demoDatabase: false } });
    expect((await immediate(bare, { text: 'SELECT * FROM BPS_Patients' })).body.errorCode).toBe(208);
  });
});
