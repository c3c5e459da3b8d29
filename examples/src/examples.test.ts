import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main as demo } from './demo.js';
import { main as errors } from './errors.js';
import { main as livePractice } from './live-practice.js';
import { main as paging } from './paging.js';
import { main as searchBuilder } from './search-builder.js';
import { main as sqlExample } from './sql.js';
import { main as testkit } from './testkit.js';

/** Runs an example's `main` in this process, collecting what it prints. */
async function run(main: () => Promise<number>): Promise<{ exitCode: number; output: string }> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
  const exitCode = await main();
  return { exitCode, output: lines.join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// Each example checks its own claims and returns 1 when one fails; these tests also pin what it says.
describe('examples', () => {
  it('search-builder: immutable queries, Dates written in the practice zone, bad dates refused, server accepts', async () => {
    const { exitCode, output } = await run(searchBuilder);
    expect(exitCode).toBe(0);
    expect(output).toMatch(
      /the morning, from Dates \(\S+Z is 08:00 at the practice\):\n\s+Appointment\?.*date=ge\d{4}-\d\d-\d\dT08:00:00&date=lt\d{4}-\d\d-\d\dT12:00:00/,
    );
    expect(output).toMatch(
      /bad date refused: +Search parameter "birthdate": a partial date.*Accepted: YYYY-MM-DD; YYYY-MM-DDThh:mm:ss/,
    );
    expect(output).toMatch(/offset refused: +Search parameter "date": a time zone offset/);
    expect(output).toContain('round trip equal:  true');
    expect(output).toMatch(/server answered: +[1-9]\d* morning appointments/);
  });

  it('sql: immediate, the storedProcedure rewrite, async resumed from JSON, registered, a typed SQL error', async () => {
    const { exitCode, output } = await run(sqlExample);
    expect(exitCode).toBe(0);
    expect(output).toMatch(/patients: \d+/);
    expect(output).toContain('(dbo.BP_SaveClinicalNote sent as T-SQL text: required)');
    expect(output).toMatch(/note saved: @NoteID = \d+, rewritten: true/);
    expect(output).toMatch(
      /status: successful\n\s+(\d+) rows over [2-9]\d* pages \(resumed from the saved handle\)/,
    );
    expect(output).toMatch(/first run: \d+ appointments; five minutes later: unchanged/);
    expect(output).toContain(`error: mssql 208 "Invalid object name 'Nope'."`);
    expect(output).toContain('billed queries: 6');
  });

  it('paging: a failed page, then a resume from the saved cursor with no page or resource twice', async () => {
    const { exitCode, output } = await run(paging);
    expect(exitCode).toBe(0);
    expect(output).toContain('page 2 failed: 503 site-unavailable (site scope); cursor saved');
    expect(output).toMatch(
      /resumed page 2: 20 appointments, \d+ patients, next link repaired \(\+_include=Appointment:patient\)/,
    );
    expect(output).toContain('resumed without fetching page 1 again: true; duplicates: 0');
    expect(output).toMatch(
      /appointments: (\d+) across the failure and resume, \1 from resources\(\), \1 from collect\(\)/,
    );
  });

  it('errors: each failure typed, and acted on by its scope', async () => {
    const { exitCode, output } = await run(errors);
    expect(exitCode).toBe(0);
    expect(output).toContain(
      'Practitioner/prac-2: practitioner-unavailable (status 400, scope practitioner) → skip this GP',
    );
    expect(output).toMatch(
      /Practitioner\/prac-2 again: paused .*\n.*\n\s+refused locally \(practitioner-rule\), nothing sent; resumes \S+Z\n\s+queries sent for it: 0/,
    );
    expect(output).toContain(
      'practice offline: site-unavailable (status 503, scope site) → skip this practice',
    );
    expect(output).toContain('refused locally (circuit open), nothing sent');
    expect(output).toContain('wrong key: key-invalid (status 401, scope integrator) → stop the job');
    expect(output).not.toContain(`key-for-the-other-environment`);
  });

  it('testkit: the fault schedule answers as scheduled on the manual clock, and the log redacts the key', async () => {
    const { exitCode, output } = await run(testkit);
    expect(exitCode).toBe(0);
    expect(output).toMatch(
      /GET Patient\?_count=1 +→ 503 .*\nGET Patient\?_count=1 +→ 200 Bundle with 1 entries/,
    );
    expect(output).toContain('→ 429 (Retry-After: 5)');
    expect(output).toMatch(
      /practitioner=Practitioner\/prac-1&date=2026-11-26 → 400 .*is away today|prac-1 → 400/,
    );
    expect(output).toContain('2026-11-25T22:00:00.000Z GET Patient 503 fault=site-offline key=[redacted]');
    expect(output).not.toContain('testkit-example-key');
  });

  it("live-practice: today's book on a fresh mock, then a working day polled every minute with _lastUpdated against the changes log", async () => {
    const { exitCode, output } = await run(livePractice);
    expect(exitCode).toBe(0);
    expect(output).toMatch(/Today \(2026-11-26\) at 07:30: [1-9]\d+ appointments, [1-9]\d* booked/);
    expect(output).toMatch(/By 18:00: [1-9]\d+ versions written \(booked [1-9]\d*, cancelled [1-9]\d*, /);
    expect(output).toMatch(/\d+ polls fetched [1-9]\d+ versions: 0 missed, 0 duplicated/);
  }, 120_000);

  it('demo: every GP’s day through the library with links repaired, and the CLI agreeing', async () => {
    const cli = [
      '--import',
      import.meta.resolve('tsx'),
      fileURLToPath(new URL('../../packages/fhir-client/src/cli/main.ts', import.meta.url)),
    ];
    const { exitCode, output } = await run(() => demo({ cli }));
    expect(exitCode).toBe(0);
    expect(output).toMatch(/Today at the practice: \d{4}-\d\d-\d\d/);
    expect(output).toMatch(/Halo's next links lost _include=Appointment:patient \d+ times/);
    expect(output).toMatch(/Transient failure: 503 site-unavailable, retried after \d+ ms/);
    expect(output).toMatch(/exit 0: \d+ NDJSON lines = (\d+) appointments \+ \d+ patients/);
    expect(output).toMatch(/fhir-client: search: \d+ pages, \d+ resources printed \(\+\d+ included\)/);
    expect(output).toContain("CLI and library agree on today's appointments: yes");
    expect(output).not.toMatch(/demo-[0-9a-f-]{36}/);
  });
});
