import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockFhirServer, type MockFhirServer } from '@halo-fhir/fhir-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyEnv, leaksKey, TEST_KEY } from './test-support/cli-server.js';
import { type CliLauncher, createCliLauncher } from './test-support/run-cli-process.js';

const sqlServerSite = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';
const firebirdSite = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
const patients = [
  { PatientID: 1, Surname: "O'Brien", Born: '1950-03-04' },
  { PatientID: 2, Surname: "O'Brien", Born: '1981-11-26' },
  { PatientID: 3, Surname: 'Nguyen', Born: '2001-01-02' },
];
const notes: { patient: unknown; note: unknown }[] = [];

let server: MockFhirServer;
let cli: CliLauncher;
let folder: string;

beforeAll(async () => {
  [server, cli, folder] = await Promise.all([
    createMockFhirServer({
      subscriptionKey: TEST_KEY,
      sites: [
        { guid: sqlServerSite, size: 20 },
        { guid: firebirdSite, size: 20 },
      ],
      // Async phases take no time, so a run waits only for the client's first poll.
      sql: { lifecycle: { initialisingMs: 0, queuedMs: 0, executingMs: 0, uploadingMs: 0 }, pageRows: 4 },
    }),
    createCliLauncher(),
    mkdtemp(join(tmpdir(), 'cli-sql-')),
  ]);
  server.sql.define(sqlServerSite, {
    catalogues: [{ name: 'BPSPatients', isDefault: true }, { name: 'BPSSamples' }],
    handlers: [
      { match: 'SELECT DB_NAME() AS db', result: (call) => ({ rows: [{ db: call.catalogue }] }) },
      {
        match: 'SELECT PatientID, Surname, Born FROM Patients WHERE Surname = @name',
        result: (call) => ({ rows: patients.filter((row) => row.Surname === call.parameters[0]?.value) }),
      },
      { match: 'SELECT COUNT(*) FROM Patients', result: { scalar: patients.length } },
      {
        match: /^SELECT \* FROM Appointments/i,
        result: { rows: Array.from({ length: 10 }, (_, n) => ({ AppointmentID: n + 1 })) },
      },
      {
        match: 'SELECT * FROM Nowhere',
        result: {
          error: { errorType: 'mssql', errorCode: 208, errorMessage: "Invalid object name 'Nowhere'." },
        },
      },
      {
        match: { procedure: 'dbo.sp_SaveClinicalNote' },
        result: (call) => {
          const value = (name: string) =>
            call.parameters.find((p) => p.name.toLowerCase() === name.toLowerCase())?.value;
          notes.push({ patient: value('@PatientID'), note: value('@Note') });
          return { rowsAffected: 1, outputs: { '@NoteID': 66 }, returnValue: 0 };
        },
      },
    ],
  });
  server.sql.define(firebirdSite, { pmsType: 'Zedmed' });
});
afterAll(() => server.close());

const at = (site: string) => ['--base-url', server.siteUrl(site)];
const json = (lines: readonly string[]) => lines.map((line) => JSON.parse(line) as unknown);

describe.concurrent('fhir-client sql against the testkit SQL mock', () => {
  it('reader: prints each row as one JSON line, with the parameter sent as a typed value', async () => {
    const result = await cli.run(
      [
        'sql',
        'SELECT PatientID, Surname, Born FROM Patients WHERE Surname = @name',
        ...at(sqlServerSite),
        '--param',
        "@name:NVarChar=O'Brien",
      ],
      { env: keyEnv },
    );
    expect(result.stderr).toMatch(/sql: 2 rows printed \(query [0-9a-f-]+\); 1 query sent, 0 retries; /);
    expect(result.exitCode).toBe(0);
    expect(json(result.lines)).toEqual(patients.slice(0, 2));
    expect(leaksKey(result)).toBe(false);
  });

  it('scalar: prints one {"value": …} line', async () => {
    const result = await cli.run(
      ['sql', 'SELECT COUNT(*) FROM Patients', ...at(sqlServerSite), '--mode', 'scalar'],
      {
        env: keyEnv,
      },
    );
    expect(result.exitCode).toBe(0);
    expect(json(result.lines)).toEqual([{ value: 3 }]);
  });

  it('nonQuery storedProcedure: prints {"rowsAffected": n, "outputs": {…}} with the output parameter', async () => {
    const result = await cli.run(
      [
        'sql',
        'dbo.sp_SaveClinicalNote',
        ...at(sqlServerSite),
        '--type',
        'storedProcedure',
        '--mode',
        'nonQuery',
        '--param',
        '@PatientID:Int=12',
        '--param',
        '@Note:NVarChar=short note',
        '--param-out',
        '@NoteID:Int',
      ],
      { env: keyEnv },
    );
    expect(result.stderr).toMatch(/sql: nonQuery result printed/);
    expect(result.exitCode).toBe(0);
    expect(json(result.lines)).toEqual([{ rowsAffected: 1, outputs: { '@NoteID': '66' } }]);
  });

  it('a storedProcedure with a 9 000-character note from a file goes through the T-SQL rewrite and arrives intact', async () => {
    const note = `${"O'Brien; -- /* GO \\\n".repeat(450)}😀\u0000end`;
    const path = join(folder, 'note.txt');
    await writeFile(path, note, 'utf8');
    const result = await cli.run(
      [
        'sql',
        'dbo.sp_SaveClinicalNote',
        ...at(sqlServerSite),
        '--type',
        'storedProcedure',
        '--param',
        '@PatientID:Int=12',
        '--param',
        `@Note:NVarChar=@${path}`,
        '--param-out',
        '@NoteID:Int',
        '--progress',
      ],
      { env: keyEnv },
    );
    expect(result.stderr).toMatch(/rewrite: dbo\.sp_SaveClinicalNote sent as T-SQL text/);
    expect(result.stderr).toMatch(/outputs: \{"@NoteID":"66"\}/);
    expect(result.exitCode).toBe(0);
    // Exactly the text of the file: quotes, comment markers, GO, backslash-newlines, an emoji and NUL.
    expect(notes).toContainEqual({ patient: 12, note });
  });

  it('--rewrite always sends even a small call as T-SQL text; --rewrite never sends a large one as it is', async () => {
    const call = [
      'sql',
      'dbo.sp_SaveClinicalNote',
      ...at(sqlServerSite),
      '--type',
      'storedProcedure',
      '--progress',
    ];
    const [always, never] = await Promise.all([
      cli.run(
        [...call, '--rewrite', 'always', '--param', '@PatientID:Int=7', '--param', '@Note:NVarChar=tiny'],
        { env: keyEnv },
      ),
      cli.run(
        [
          ...call,
          '--rewrite',
          'never',
          '--param',
          '@PatientID:Int=8',
          '--param',
          `@Note:NVarChar=${'n'.repeat(4001)}`,
        ],
        {
          env: keyEnv,
        },
      ),
    ]);
    expect(always.stderr).toMatch(/rewrite: dbo\.sp_SaveClinicalNote sent as T-SQL text \(always rewrite\)/);
    expect(always.exitCode).toBe(0);
    expect(notes).toContainEqual({ patient: 7, note: 'tiny' });
    expect(never.stderr).not.toMatch(/fhir-client: rewrite:/);
    expect(never.stderr).toMatch(/Failed to convert parameter value from a String to a Byte\[\]/);
    expect(never.exitCode).toBe(3);
  });

  it('--async: submits, says which query, waits, and streams the rows of every page in order', async () => {
    const result = await cli.run(
      ['sql', 'SELECT * FROM Appointments', ...at(sqlServerSite), '--async', '--progress'],
      {
        env: keyEnv,
      },
    );
    expect(result.stderr).toMatch(/async query [0-9a-f-]+ submitted; waiting for it to finish/);
    expect(result.stderr).toMatch(/async query [0-9a-f-]+: successful/); // --progress shows each new status
    expect(result.stderr).toMatch(/sql: 10 rows printed \(async query [0-9a-f-]+\); 1 query sent/);
    expect(result.exitCode).toBe(0);
    expect(json(result.lines)).toEqual(Array.from({ length: 10 }, (_, n) => ({ AppointmentID: n + 1 })));
  });

  it('--catalogue picks the database; without it the site default is used', async () => {
    const [named, plain] = await Promise.all([
      cli.run(['sql', 'SELECT DB_NAME() AS db', ...at(sqlServerSite), '--catalogue', 'BPSSamples'], {
        env: keyEnv,
      }),
      cli.run(['sql', 'SELECT DB_NAME() AS db', ...at(sqlServerSite)], { env: keyEnv }),
    ]);
    expect(json(named.lines)).toEqual([{ db: 'BPSSamples' }]);
    expect(json(plain.lines)).toEqual([{ db: 'BPSPatients' }]);
  });

  it('a SQL error exits 3 with the database error, as search does for a rejected request', async () => {
    const result = await cli.run(['sql', 'SELECT * FROM Nowhere', ...at(sqlServerSite)], { env: keyEnv });
    expect(result.stderr).toMatch(/Invalid object name 'Nowhere'/);
    expect(result.exitCode).toBe(3);
    expect(result.lines).toEqual([]);
  });

  it('a rewrite for a Firebird (Zedmed) site is refused with exit 2, and no query is sent', async () => {
    const result = await cli.run(
      [
        'sql',
        'sp_SaveClinicalNote',
        ...at(firebirdSite),
        '--type',
        'storedProcedure',
        '--param',
        `@Note:NVarChar=${'a'.repeat(4001)}`,
      ],
      { env: keyEnv },
    );
    expect(result.stderr).toMatch(/storedProcedure rewrite refused: this Zedmed site runs Firebird/);
    expect(result.exitCode).toBe(2);
    expect(server.sql.billedQueries(firebirdSite)).toBe(0);
  });
});
