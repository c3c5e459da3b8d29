import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from './cli-usage-error.js';
import { readCommandLine } from './command-line.js';
import { ExitCode } from './exit-codes.js';
import { runCli } from './run-cli.js';
import { readParamOutSpec, readParamSpec, resolveSqlParameters } from './sql-parameter-specs.js';

const site = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';
// Port 9 (discard) is never listening: a test that reached the network would fail, not pass.
const nowhere = ['--base-url', `http://127.0.0.1:9/integrator/sites/${site}`];

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CliUsageError) return error.message;
    throw error;
  }
  throw new Error('expected a CliUsageError');
}

async function runInMemory(argv: readonly string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exitCode = await runCli(argv, { stdout, stderr, env: {} });
  return { exitCode, stdout: out, stderr: err };
}

describe('fhir-client sql: the command line', () => {
  it('defaults to a reader text command with no parameters', () => {
    const line = readCommandLine(['sql', 'SELECT 1', ...nowhere], {});
    expect(line.command).toBe('sql');
    expect(line.target).toBe('SELECT 1');
    expect(line.sql).toEqual({
      mode: 'reader',
      type: 'text',
      parameters: [],
      catalogue: undefined,
      async: false,
      maxTimeInQueue: undefined,
      rewrite: 'auto',
    });
  });

  it('reads every sql option', () => {
    const line = readCommandLine(
      [
        'sql',
        'dbo.sp_X',
        ...nowhere,
        '--mode',
        'nonQuery',
        '--type',
        'storedProcedure',
        '--param',
        '@a:Int=1',
        '--param',
        'b:nvarchar',
        '--param-out',
        '@c:BigInt:8',
        '--catalogue',
        'BPSPatients',
        '--async',
        '--max-time-in-queue',
        '60000',
        '--rewrite',
        'always',
      ],
      {},
    );
    expect(line.sql).toMatchObject({
      mode: 'nonQuery',
      type: 'storedProcedure',
      catalogue: 'BPSPatients',
      async: true,
      maxTimeInQueue: 60000,
      rewrite: 'always',
    });
    expect(line.sql?.parameters.map((spec) => [spec.name, spec.type, spec.output, spec.value.kind])).toEqual([
      ['@a', 'Int', false, 'inline'],
      ['b', 'NVarChar', false, 'null'],
      ['@c', 'BigInt', true, 'null'],
    ]);
  });

  it.each([
    [['sql', ...nowhere], /sql needs the SQL text or a procedure name/],
    [['sql', 'SELECT 1', 'extra', ...nowhere], /unexpected argument "extra"/],
    [['sql', 'SELECT 1', ...nowhere, '--mode', 'rows'], /--mode must be reader, scalar, nonQuery/],
    [['sql', 'SELECT 1', ...nowhere, '--type', 'proc'], /--type must be text, storedProcedure/],
    [
      ['sql', 'SELECT 1', ...nowhere, '--max-time-in-queue', '5.5'],
      /--max-time-in-queue must be a whole number/,
    ],
    [['sql', 'SELECT 1', ...nowhere, '--catalogue', ' '], /--catalogue needs a name/],
    [['sql', 'SELECT 1', ...nowhere, '--rewrite', 'sometimes'], /--rewrite must be auto, always, never/],
    [['sql', 'SELECT 1', ...nowhere, '--all'], /--all applies only to the search command/],
    [
      ['search', 'Patient', '--base-url', 'http://127.0.0.1:9/fhir', '--param', '@a:Int=1'],
      /--param applies only to the sql command/,
    ],
    [
      ['read', 'Patient/1', '--base-url', 'http://127.0.0.1:9/fhir', '--async'],
      /--async applies only to the sql command/,
    ],
  ])('refuses %j', (argv, message) => {
    expect(usageError(() => readCommandLine(argv, {}))).toMatch(message);
  });
});

describe('--param and --param-out', () => {
  it.each([
    ['@id:Int=12', { name: '@id', type: 'Int', value: { kind: 'inline', text: '12' } }],
    ['id:int=12', { name: 'id', type: 'Int', value: { kind: 'inline', text: '12' } }],
    ['@n:NVarChar=a=b:c', { name: '@n', type: 'NVarChar', value: { kind: 'inline', text: 'a=b:c' } }],
    ['@n:NVarChar=', { name: '@n', type: 'NVarChar', value: { kind: 'inline', text: '' } }],
    ['@n:NVarChar', { name: '@n', type: 'NVarChar', value: { kind: 'null' } }],
    ['@n:NVarChar=@@handle', { name: '@n', type: 'NVarChar', value: { kind: 'inline', text: '@handle' } }],
    [
      '@doc:VarBinary=@./doc.pdf',
      { name: '@doc', type: 'VarBinary', value: { kind: 'file', path: './doc.pdf' } },
    ],
  ])('reads --param %s', (text, expected) => {
    expect(readParamSpec(text)).toEqual({ ...expected, output: false, size: undefined });
  });

  it('reads --param-out with and without a size', () => {
    expect(readParamOutSpec('@NoteID:Int')).toMatchObject({
      name: '@NoteID',
      type: 'Int',
      output: true,
      size: undefined,
    });
    expect(readParamOutSpec('@Note:NVarChar:-1')).toMatchObject({ type: 'NVarChar', size: -1 });
  });

  it.each([
    [() => readParamSpec('12'), /is not NAME:TYPE/],
    [() => readParamSpec(':Int=1'), /is not NAME:TYPE/],
    [() => readParamSpec('@a:Integer=1'), /unknown type "Integer"; use one of BigInt, Binary/],
    [() => readParamSpec('@a:VarBinary=@'), /needs a file path/],
    [() => readParamOutSpec('@a:Int:big'), /the size must be a whole number/],
    [() => readParamOutSpec('@a:Int:4:5'), /the size must be a whole number/],
  ])('refuses a malformed spec (%#)', (run, message) => {
    expect(usageError(run)).toMatch(message);
  });

  it('reads =@PATH files: binary types as base64 of the bytes, others as UTF-8 text', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sql-param-'));
    const bytes = Uint8Array.from({ length: 9000 }, (_, index) => index % 256);
    await writeFile(join(folder, 'doc.bin'), bytes);
    await writeFile(join(folder, 'note.txt'), "O'Brien\n😀", 'utf8');
    const parameters = await resolveSqlParameters([
      readParamSpec(`@Doc:VarBinary=@${join(folder, 'doc.bin')}`),
      readParamSpec(`@Note:NVarChar=@${join(folder, 'note.txt')}`),
    ]);
    expect(parameters).toEqual([
      { name: '@Doc', type: 'VarBinary', direction: 'input', value: Buffer.from(bytes).toString('base64') },
      { name: '@Note', type: 'NVarChar', direction: 'input', value: "O'Brien\n😀" },
    ]);
  });

  it('makes a --param and a --param-out of the same name one inputOutput parameter', async () => {
    const parameters = await resolveSqlParameters([
      readParamSpec('@Total:Decimal=1.50'),
      readParamSpec('@x:Int'),
      readParamOutSpec('total:Decimal:17'),
      readParamOutSpec('@Id:Int'),
    ]);
    expect(parameters).toEqual([
      { name: '@Total', type: 'Decimal', direction: 'inputOutput', value: '1.50', size: 17 },
      { name: '@x', type: 'Int', direction: 'input', value: null },
      { name: '@Id', type: 'Int', direction: 'output' },
    ]);
  });

  it.each([
    [[readParamSpec('@a:Int=1'), readParamSpec('@A:Int=2')], /--param @A is given twice/],
    [[readParamSpec('@a:Int=1'), readParamOutSpec('@a:BigInt')], /different types/],
    [[readParamSpec('@a:NVarChar=@/nonexistent/file.txt')], /cannot read "\/nonexistent\/file.txt"/],
  ])('refuses inconsistent parameters (%#)', async (specs, message) => {
    await expect(resolveSqlParameters(specs)).rejects.toThrow(message);
  });

  it('refuses a file that is not UTF-8 for a text type', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sql-param-'));
    await writeFile(join(folder, 'latin1.txt'), Uint8Array.from([0x4f, 0xe9, 0x20]));
    await expect(
      resolveSqlParameters([readParamSpec(`@n:NVarChar=@${join(folder, 'latin1.txt')}`)]),
    ).rejects.toThrow(/is not UTF-8 text; send bytes with a binary type/);
  });
});

describe('fhir-client sql exits 2 before anything is sent', () => {
  it.each([
    [
      ['--param', '@id:Int=1; DROP TABLE Patients'],
      /invalid --param: SQL parameter @id \(Int\): is not a valid Int/,
    ],
    [['--param', '@x y:Int=1'], /invalid parameter name/],
    [['--param', '@blob:VarBinary=not base64!'], /is not valid base64/],
    [['--param', '@a:Int=1', '--param', '@a:Int=2'], /usage: --param @a is given twice/],
    [['--mode', 'everything'], /usage: --mode must be/],
  ])('%j', async (extra, message) => {
    const result = await runInMemory(['sql', 'SELECT @id', ...nowhere, ...extra]);
    expect(result.exitCode).toBe(ExitCode.Usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('a refused rewrite: a storedProcedure with an invalid name over the size limit', async () => {
    const result = await runInMemory([
      'sql',
      'sp_X; DROP TABLE Patients',
      ...nowhere,
      '--type',
      'storedProcedure',
      '--param',
      `@Note:NVarChar=${'a'.repeat(4001)}`,
    ]);
    expect(result.stderr).toMatch(
      /storedProcedure rewrite refused: procedure name .* is not valid.*Nothing was sent\./,
    );
    expect(result.exitCode).toBe(ExitCode.Usage);
  });
});
