import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as sqlEntry from './index.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('<!-- section:sql -->');
const section = readme.slice(start, readme.indexOf('\n## ', start));
const grouped = (n: number) => n.toLocaleString('en-AU');

describe('README SQL passthrough section', () => {
  it('exists, and names every error class the sql entry exports', () => {
    expect(start).toBeGreaterThan(-1);
    const errorClasses = Object.keys(sqlEntry).filter(
      (name) => /Error$/.test(name) && !name.startsWith('is') && name !== 'InvalidSqlParameterError',
    );
    expect(errorClasses.length).toBeGreaterThan(5);
    for (const name of errorClasses) expect(section, name).toContain(name);
  });

  it('states the limits the client checks, as the code has them', () => {
    expect(section).toContain(`\`frequency\` ≥ ${sqlEntry.REGISTERED_MIN_FREQUENCY_S} s`);
    expect(section).toContain(`\`duration\` ≤ ${grouped(sqlEntry.REGISTERED_MAX_DURATION_S)} s`);
    expect(section).toContain(`\`maxTimeInQueue\` 0–${grouped(60_000)} ms`);
    expect(section).toContain(`\`maxTimeInQueue\` 0–${grouped(7_200_000)} ms`);
    expect(section).toContain(`${sqlEntry.DEFAULT_WEBHOOK_TOLERANCE_MS / 60_000}\nminutes either way`);
  });

  it("shows the rewrite's output exactly as rewriteStoredProcedure writes it", () => {
    const rewritten = sqlEntry.rewriteStoredProcedure({
      text: 'dbo.sp_SaveClinicalNote',
      type: 'storedProcedure',
      executionMode: 'nonQuery',
      parameters: [
        { name: '@PatientID', type: 'Int', value: '12' },
        { name: '@Note', type: 'NVarChar', value: "… O'Brien …" },
        { name: '@NoteID', type: 'Int', direction: 'output' },
        { name: '@returnValue', type: 'Int', direction: 'returnValue' },
      ],
    });
    expect(section).toContain(`\`\`\`sql\n${rewritten.command.text}\n\`\`\``);
  });
});
