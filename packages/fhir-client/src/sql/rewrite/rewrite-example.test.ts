import { describe, expect, it } from 'vitest';
import { readRewriteOutputs, rewriteStoredProcedure, type SqlCommand } from '../index.js';

// The reference's §6.6 example: a 9 000-character note holding O'Brien and a backslash before a newline.
const head = 'x'.repeat(4000) + " O'Brien \\";
const tail = '\n' + 'y'.repeat(9000 - head.length - 1);
const note = head + tail;

const command: SqlCommand = {
  text: 'dbo.sp_SaveClinicalNote',
  type: 'storedProcedure',
  executionMode: 'nonQuery',
  parameters: [
    { name: '@PatientID', type: 'Int', direction: 'input', value: '12' },
    { name: '@Note', type: 'NVarChar', direction: 'input', value: note },
    { name: '@NoteID', type: 'Int', direction: 'output' },
    { name: '@returnValue', type: 'Int', direction: 'returnValue' },
  ],
};

describe('the reference §6.6 example', () => {
  it('is rewritten exactly as the reference writes it', () => {
    const rewrite = rewriteStoredProcedure(command);
    expect(note).toHaveLength(9000);
    expect(rewrite.command).toEqual({
      type: 'text',
      executionMode: 'reader',
      text: [
        'DECLARE @__halo_p1 INT;',
        'SET @__halo_p1 = 12;',
        'DECLARE @__halo_p2 NVARCHAR(MAX);',
        `SET @__halo_p2 = CAST(N'' AS NVARCHAR(MAX)) + N'${'x'.repeat(4000)} O''Brien \\' + N'${tail}';`,
        'DECLARE @__halo_p3 INT;',
        'DECLARE @__halo_rv INT;',
        'EXEC @__halo_rv = [dbo].[sp_SaveClinicalNote] @PatientID = @__halo_p1, @Note = @__halo_p2, @NoteID = @__halo_p3 OUTPUT;',
        'SELECT @__halo_rv AS [@returnValue], @__halo_p3 AS [@NoteID];',
      ].join('\n'),
    });
    expect(rewrite.originalExecutionMode).toBe('nonQuery');
    expect(JSON.parse(JSON.stringify({ command: rewrite.command }))).toEqual({
      command: { text: rewrite.command.text, executionMode: 'reader', type: 'text' },
    });
  });

  it('reads the single returned row back into the parameters the caller expects', () => {
    const rewrite = rewriteStoredProcedure(command);
    const read = readRewriteOutputs(rewrite, [{ '@returnValue': 0, '@NoteID': 66 }]);
    expect(read).toEqual({
      rows: [],
      parameters: [
        { name: '@NoteID', direction: 'output', type: 'Int', value: '66' },
        { name: '@returnValue', direction: 'returnValue', type: 'Int', value: '0' },
      ],
    });
  });
});
