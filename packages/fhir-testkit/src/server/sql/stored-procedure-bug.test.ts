import { describe, expect, it } from 'vitest';
import { startTestServer } from '../test-support/test-server.js';
import { conversionFailureMessage } from './database-errors.js';
import { decodeData, immediate } from './test-support/sql-http.js';
import { writeBatch } from './tsql/test-support/literal-writer.js';

const conversionFailure = {
  status: 'executionFailed',
  errorCode: 2,
  errorMessage: conversionFailureMessage,
  errorDetails: { errorType: 'haloLink', errorCode: 2, errorMessage: conversionFailureMessage },
};

const note = (length: number) => `O'Brien said: \\\n${'n'.repeat(length)}`.slice(0, length);

function saveNote(text: string) {
  return {
    text: 'dbo.BP_SaveClinicalNote',
    type: 'storedProcedure',
    executionMode: 'nonQuery',
    parameters: [
      { name: '@PatientID', type: 'NVarChar', value: 'pat-1' },
      { name: '@Note', type: 'NVarChar', value: text },
      { name: '@NoteID', type: 'Int', direction: 'output' },
    ],
  };
}

function addDocument(bytes: number) {
  return {
    text: 'dbo.BP_AddDocument',
    type: 'storedProcedure',
    executionMode: 'nonQuery',
    parameters: [
      { name: '@PatientID', type: 'NVarChar', value: 'pat-1' },
      { name: '@Content', type: 'VarBinary', value: Buffer.alloc(bytes, 7).toString('base64') },
      { name: '@DocumentID', type: 'Int', direction: 'output' },
    ],
  };
}

describe("Halo's storedProcedure conversion bug", () => {
  it('answers an NVarChar input over 4,000 characters with the documented 400, and runs one of 4,000', async () => {
    await using server = await startTestServer();
    const over = await immediate(server, saveNote(note(4001)));
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject(conversionFailure);
    const at = await immediate(server, saveNote(note(4000)));
    expect(at.status).toBe(200);
    expect(at.body.result.parameters).toEqual([
      { name: '@NoteID', type: 'Int', direction: 'output', value: '1' },
    ]);
  });

  it('answers a VarBinary input over 8,000 bytes (decoded) with the documented 400, and runs one of 8,000', async () => {
    await using server = await startTestServer();
    expect((await immediate(server, addDocument(8001))).body).toMatchObject(conversionFailure);
    expect((await immediate(server, addDocument(8000))).status).toBe(200);
  });

  it('runs the same call written as the documented DECLARE/SET/EXEC text workaround, with every character intact', async () => {
    await using server = await startTestServer();
    const text = note(9000);
    const batch = writeBatch('[dbo].[BP_SaveClinicalNote]', [
      { name: '@PatientID', value: { type: 'NVARCHAR(MAX)', value: 'pat-1' } },
      { name: '@Note', value: { type: 'NVARCHAR(MAX)', value: text } },
      { name: '@NoteID', value: { type: 'INT', value: null }, output: true },
    ]);
    const response = await immediate(server, { text: batch, executionMode: 'reader' });
    expect(response.status).toBe(200);
    expect(decodeData(response.body.result.data)).toEqual([{ '@returnValue': 0, '@NoteID': 1 }]);
    const saved = await immediate(server, {
      text: 'SELECT * FROM BPS_ClinicalNotes WHERE PatientID = @PatientID',
      parameters: [{ name: '@PatientID', type: 'NVarChar', value: 'pat-1' }],
    });
    expect(decodeData(saved.body.result.data)).toEqual([{ NoteID: 1, PatientID: 'pat-1', Note: text }]);
  });

  it('shows what a faulty workaround does: an undoubled quote fails with 105, NVARCHAR without a length keeps 1 character', async () => {
    await using server = await startTestServer();
    const unquoted = await immediate(server, {
      text: "DECLARE @p NVARCHAR(MAX); SET @p = N'pat-1'; DECLARE @n NVARCHAR(MAX); SET @n = N'O'Brien'; EXEC dbo.BP_SaveClinicalNote @PatientID = @p, @Note = @n;",
    });
    expect(unquoted.status).toBe(400);
    expect(unquoted.body.errorDetails).toMatchObject({ errorType: 'mssql', errorCode: 105 });
    const short = await immediate(server, {
      text: "DECLARE @p NVARCHAR(MAX); SET @p = N'pat-1'; DECLARE @n NVARCHAR; SET @n = N'Long note'; EXEC dbo.BP_SaveClinicalNote @PatientID = @p, @Note = @n;",
      executionMode: 'nonQuery',
    });
    expect(short.body.result.rowsAffected).toBe(1);
    const saved = await immediate(server, {
      text: 'SELECT * FROM BPS_ClinicalNotes WHERE PatientID = @PatientID',
      parameters: [{ name: '@PatientID', type: 'NVarChar', value: 'pat-1' }],
    });
    expect(decodeData(saved.body.result.data)).toEqual([{ NoteID: 1, PatientID: 'pat-1', Note: 'L' }]);
  });

  it('answers an EXEC of an unknown procedure in a batch with 2812, and a leading GO likewise', async () => {
    await using server = await startTestServer();
    const missing = await immediate(server, { text: 'DECLARE @a INT; EXEC [dbo].[sp_Nope] @a = @a;' });
    expect(missing.body.errorDetails).toEqual({
      errorType: 'mssql',
      errorCode: 2812,
      errorMessage: "Could not find stored procedure 'dbo.sp_Nope'.",
    });
    const go = await immediate(server, { text: 'SET NOCOUNT ON;\nGO\nEXEC dbo.BP_GetPatientByID;' });
    expect(go.body.errorDetails).toMatchObject({
      errorCode: 102,
      errorMessage: "Incorrect syntax near 'GO'.",
    });
  });

  it('does not apply to a Firebird (Zedmed) site, which has no such conversion', async () => {
    await using server = await startTestServer();
    server.sql.define(server.siteGuids[0]!, {
      pmsType: 'Zedmed',
      handlers: [
        {
          match: { procedure: 'SAVE_NOTE' },
          result: (call) => ({ rowsAffected: String(call.parameters[0]?.value).length }),
        },
      ],
    });
    const response = await immediate(server, {
      text: 'SAVE_NOTE',
      type: 'storedProcedure',
      executionMode: 'nonQuery',
      parameters: [{ name: '@NOTE', type: 'NVarChar', value: 'x'.repeat(5000) }],
    });
    expect([response.status, response.body.result.rowsAffected]).toEqual([200, 5000]);
  });
});
