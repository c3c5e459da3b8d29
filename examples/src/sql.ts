// Halo SQL passthrough against the testkit's SQL mock: immediate, async and registered queries, the
// storedProcedure rewrite for a large parameter, and what a failed query says. Everything runs on a
// manual clock, so the async lifecycle and the registered schedule take no real time.
// Run: pnpm --filter @halo-fhir/examples sql
import { createFhirClient, createResiliencePolicy } from '@halo-fhir/fhir-client';
import {
  createHaloSqlClient,
  isSqlQueryFailedError,
  type SavedSqlQuery,
  sqlParameter,
} from '@halo-fhir/fhir-client/sql';
import { createManualClock, createMockFhirServer, generateSiteData } from '@halo-fhir/fhir-testkit';
import { runIfMain } from './support/run-if-main.js';

interface PatientRow {
  readonly PatientID: string;
  readonly FirstName: string | null;
  readonly Surname: string | null;
}

export async function main(): Promise<number> {
  const clock = createManualClock('2026-11-26T09:00:00+11:00');
  const guid = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';
  const subscriptionKey = 'sql-example-key';
  const server = await createMockFhirServer({
    clock,
    subscriptionKey,
    sites: [
      {
        guid,
        resources: generateSiteData({
          seed: 7,
          size: 300,
          practitioners: 3,
          startDate: '2026-11-26',
          now: clock.now(),
        }),
      },
    ],
    sql: { pageRows: 5 },
  });
  /** Moves the manual clock on while `promise` is pending (a real program uses the system clock). */
  const meanwhile = async <T>(promise: Promise<T>): Promise<T> => {
    let done = false;
    const settled = promise.finally(() => {
      done = true;
    });
    settled.catch(() => undefined);
    while (!done) {
      await clock.advance(500);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return settled;
  };
  try {
    // One policy for the practice's FHIR and SQL traffic: an offline practice is offline for both.
    const fhir = createFhirClient({
      halo: { siteId: guid, origin: server.url },
      subscriptionKey,
      clock,
      policy: createResiliencePolicy({ clock }),
    });
    const sql = createHaloSqlClient({
      fhirClient: fhir,
      subscriptionKey,
      clock,
      onEvent: (event) => {
        if (event.type === 'sql-rewrite')
          console.log(`   (${event.procedure} sent as T-SQL text: ${event.reason})`);
      },
    });
    const checks: boolean[] = [];

    // 1. Immediate queries: a scalar, and rows with a named parameter (never spliced into the SQL).
    console.log('immediate:');
    const count = await sql.query.with({ executionMode: 'scalar' })`SELECT COUNT(*) FROM BPS_Patients`;
    console.log(`   patients: ${String(count.value)}`);
    const one =
      await sql.query<PatientRow>`SELECT * FROM BPS_Patients WHERE PatientID = ${sqlParameter('@PatientID', 'pat-1')}`;
    console.log(`   pat-1: ${one.rows.map((row) => `${row.FirstName} ${row.Surname}`).join(', ')}`);
    checks.push(typeof count.value === 'number' && one.rows.length === 1);

    // 2. A storedProcedure with a 6,000-character note: Halo would answer 400 "Failed to convert
    //    parameter value"; the client sends it as DECLARE/SET/EXEC text and reads @NoteID back.
    const saved = await sql.immediate({
      text: 'dbo.BP_SaveClinicalNote',
      type: 'storedProcedure',
      executionMode: 'nonQuery',
      parameters: [
        sqlParameter('@PatientID', 'pat-1'),
        sqlParameter('@Note', `Reviewed by Dr O'Brien. ${'Stable. '.repeat(750)}`),
        sqlParameter('@NoteID', null, { type: 'Int', direction: 'output' }),
      ],
    });
    console.log(`   note saved: @NoteID = ${saved.outputs['@NoteID']}, rewritten: ${saved.rewritten}`);
    checks.push(saved.rewritten && saved.outputs['@NoteID'] !== undefined);

    // 3. Async: submit, wait (polling 1 s growing to 30 s), keep the handle as JSON to survive a
    //    restart, then stream every page's rows from the resumed handle: no second query is billed.
    console.log('async:');
    const handle = await sql.submit<PatientRow>({ text: 'SELECT * FROM BPS_Patients' });
    const state = await meanwhile(handle.wait({ onStatus: (s) => console.log(`   status: ${s.status}`) }));
    const savedHandle: SavedSqlQuery = JSON.parse(JSON.stringify(handle));
    let rows = 0;
    for await (const _row of sql.resume<PatientRow>(savedHandle).rows()) rows++;
    console.log(`   ${rows} rows over ${state.pages.length} pages (resumed from the saved handle)`);
    checks.push(rows === state.rowCount && server.sql.billedQueries(guid) === 4);

    // 4. Registered: every 5 minutes for an hour; latest() only returns a result when it changed.
    console.log('registered:');
    const { id } = await sql.registered.create({
      name: 'todays-appointments',
      command: {
        text: 'SELECT * FROM BPS_Appointments WHERE AppointmentDate = @Date',
        parameters: [sqlParameter('@Date', '2026-11-26', { type: 'Date' })],
      },
      frequency: 300,
      duration: 3600,
    });
    const first = await sql.registered.latest(id);
    await clock.advance(300_000);
    const second = await sql.registered.latest(id);
    console.log(
      `   first run: ${first.result?.rows.length ?? 0} appointments; five minutes later: ${second.result === undefined ? 'unchanged' : 'changed'}`,
    );
    checks.push(first.result !== undefined && second.result === undefined);
    await sql.registered.cancel(id);

    // 5. A failed query says what failed and what to do; nothing is retried blindly.
    const error = await sql.immediate({ text: 'SELECT * FROM Nope' }).catch((e: unknown) => e);
    if (isSqlQueryFailedError(error)) {
      console.log(
        `error: ${error.errorDetails?.errorType} ${error.errorDetails?.errorCode} "${error.errorDetails?.errorMessage}"`,
      );
      console.log(`   action: ${error.action}`);
    }
    checks.push(isSqlQueryFailedError(error));
    console.log(`billed queries: ${server.sql.billedQueries(guid)}`);
    return checks.every(Boolean) ? 0 : 1;
  } finally {
    await server.close();
  }
}

await runIfMain(import.meta.url, main);
