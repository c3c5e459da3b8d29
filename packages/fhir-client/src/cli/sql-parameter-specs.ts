import { SqlDbType, type SqlParameter } from '../sql/command.js';
import { encodeBase64 } from '../sql/parameters/text-values.js';
import { validateSqlParameter } from '../sql/parameters/validate-sql-parameter.js';
import { CliUsageError } from './cli-usage-error.js';

/** Where a `--param` value comes from. */
export type CliParamValue =
  | { readonly kind: 'null' }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'file'; readonly path: string };

/** One `--param NAME:TYPE[=VALUE]` or `--param-out NAME:TYPE[:SIZE]`, read but not yet checked. */
export interface CliParamSpec {
  readonly name: string;
  readonly type: SqlDbType;
  readonly output: boolean;
  readonly value: CliParamValue;
  readonly size: number | undefined;
}

const binaryTypes = new Set<SqlDbType>(['VarBinary', 'Binary', 'Image', 'Timestamp']);
const typeNames = new Map(Object.values(SqlDbType).map((type) => [type.toLowerCase(), type]));

/** Reads `--param NAME:TYPE=VALUE` (`=@PATH` a file, `=@@…` a value starting with `@`, no `=` NULL). */
export function readParamSpec(text: string): CliParamSpec {
  const { name, rest } = splitName('param', text);
  const equals = rest.indexOf('=');
  const type = readType('param', text, equals === -1 ? rest : rest.slice(0, equals));
  if (equals === -1) return { name, type, output: false, value: { kind: 'null' }, size: undefined };
  const raw = rest.slice(equals + 1);
  const value: CliParamValue = raw.startsWith('@@')
    ? { kind: 'inline', text: raw.slice(1) }
    : raw.startsWith('@')
      ? { kind: 'file', path: raw.slice(1) }
      : { kind: 'inline', text: raw };
  if (value.kind === 'file' && value.path === '') {
    throw new CliUsageError(
      `--param ${JSON.stringify(text)}: "=@" needs a file path, e.g. ${name}:${type}=@note.txt`,
    );
  }
  return { name, type, output: false, value, size: undefined };
}

/** Reads `--param-out NAME:TYPE[:SIZE]`. */
export function readParamOutSpec(text: string): CliParamSpec {
  const { name, rest } = splitName('param-out', text);
  const [typeText = '', sizeText, ...extra] = rest.split(':');
  const type = readType('param-out', text, typeText);
  if (extra.length > 0 || (sizeText !== undefined && !/^(?:\d+|-1)$/.test(sizeText))) {
    throw new CliUsageError(
      `--param-out ${JSON.stringify(text)}: the size must be a whole number of bytes or -1 (MAX), as in @Note:NVarChar:-1`,
    );
  }
  return {
    name,
    type,
    output: true,
    value: { kind: 'null' },
    size: sizeText === undefined ? undefined : Number(sizeText),
  };
}

function splitName(option: string, text: string): { name: string; rest: string } {
  const colon = text.indexOf(':');
  if (colon <= 0) {
    throw new CliUsageError(`--${option} ${JSON.stringify(text)} is not NAME:TYPE…, e.g. @PatientID:Int=12`);
  }
  return { name: text.slice(0, colon), rest: text.slice(colon + 1) };
}

function readType(option: string, text: string, typeText: string): SqlDbType {
  const type = typeNames.get(typeText.toLowerCase());
  if (type === undefined) {
    throw new CliUsageError(
      `--${option} ${JSON.stringify(text)}: unknown type ${JSON.stringify(typeText)}; use one of ${Object.values(SqlDbType).join(', ')}`,
    );
  }
  return type;
}

/** How the CLI reads a `=@PATH` file. @default node:fs/promises readFile */
export type ReadParamFile = (path: string) => Promise<Uint8Array>;

/**
 * The wire parameters of the specs, in order: a `--param` and a `--param-out` with the same name
 * (case-insensitive) become one `inputOutput`. File values are read here (binary types: the bytes as
 * base64; other types: UTF-8 text). Every parameter is validated (InvalidSqlParameterError), so a bad
 * value fails before anything is sent.
 * @throws CliUsageError for an unreadable file, invalid UTF-8, or a name given twice.
 */
export async function resolveSqlParameters(
  specs: readonly CliParamSpec[],
  // Imported on first use: every command reads its command line through this module, and only a
  // `=@PATH` value needs node:fs/promises (loading it costs every start-up a millisecond or two).
  read: ReadParamFile = async (path) => (await import('node:fs/promises')).readFile(path),
): Promise<SqlParameter[]> {
  const merged = new Map<string, { input?: CliParamSpec; output?: CliParamSpec }>();
  for (const spec of specs) {
    const key = spec.name.replace(/^@/, '').toLowerCase();
    const entry = merged.get(key) ?? {};
    const slot = spec.output ? 'output' : 'input';
    if (entry[slot] !== undefined) {
      throw new CliUsageError(`--${spec.output ? 'param-out' : 'param'} ${spec.name} is given twice`);
    }
    entry[slot] = spec;
    merged.set(key, entry);
  }
  const parameters: SqlParameter[] = [];
  for (const { input, output } of merged.values()) {
    const spec = (input ?? output)!;
    const type =
      output !== undefined && input !== undefined && output.type !== input.type ? undefined : spec.type;
    if (type === undefined) {
      throw new CliUsageError(
        `--param and --param-out name ${spec.name} with different types (${input?.type}, ${output?.type})`,
      );
    }
    const direction = input === undefined ? 'output' : output === undefined ? 'input' : 'inputOutput';
    const value = input === undefined ? undefined : await readParamValue(input, read);
    const size = output?.size;
    parameters.push(
      validateSqlParameter({
        name: spec.name,
        type,
        direction,
        ...(value === undefined ? {} : { value }),
        ...(size === undefined ? {} : { size }),
      }),
    );
  }
  return parameters;
}

async function readParamValue(spec: CliParamSpec, read: ReadParamFile): Promise<string | null> {
  if (spec.value.kind === 'null') return null;
  if (spec.value.kind === 'inline') return spec.value.text;
  let bytes: Uint8Array;
  try {
    bytes = await read(spec.value.path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(
      `--param ${spec.name}: cannot read ${JSON.stringify(spec.value.path)} (${reason})`,
    );
  }
  if (binaryTypes.has(spec.type)) return encodeBase64(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliUsageError(
      `--param ${spec.name}: ${JSON.stringify(spec.value.path)} is not UTF-8 text; send bytes with a binary type such as VarBinary`,
    );
  }
}
