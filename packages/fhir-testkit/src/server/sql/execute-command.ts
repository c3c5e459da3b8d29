import type { SqlCommand, SqlParameter } from '@halo-fhir/fhir-client/sql';
import { conversionFailureMessage, haloLinkError, mssqlErrors } from './database-errors.js';
import { normaliseSqlText, parameterKey, procedureKey } from './procedure-name.js';
import { isSqlServer, type SiteDatabase } from './sql-databases.js';
import type {
  SqlCall,
  SqlCallParameter,
  SqlDatabaseError,
  SqlHandler,
  SqlHandlerResult,
  SqlQueryMode,
  SqlValue,
} from './sql-mock-types.js';
import { decodeWireValue, toOutputText } from './sql-values.js';
import { runTsqlBatch, startsTsqlBatch } from './tsql/run-batch.js';
import { TsqlError } from './tsql/tsql-error.js';
import { unknownCommandError } from './unknown-command.js';

type Row = Readonly<Record<string, SqlValue>>;

/** What running a command produced, normalised to its execution mode. */
export type CommandOutcome =
  | {
      readonly ok: true;
      /** reader: the rows; scalar: one row holding the value; nonQuery: none. */
      readonly rows: readonly Row[] | undefined;
      readonly scalar?: SqlValue;
      readonly rowsAffected: number | undefined;
      /** Output, inputOutput and returnValue parameters with their values as text. */
      readonly parameters: readonly SqlParameter[];
      readonly handler: SqlHandler | undefined;
    }
  | { readonly ok: false; readonly error: SqlDatabaseError; readonly handler: SqlHandler | undefined };

/** What to run, where. */
export interface CommandRequest {
  readonly siteGuid: string;
  readonly mode: SqlQueryMode;
  readonly command: SqlCommand;
  readonly catalogue: string;
}

const bugLimits = { VarBinary: 8000, NVarChar: 4000 } as const;

/**
 * Halo's known issue (reference §6.1): a storedProcedure whose VarBinary input is over 8,000 bytes
 * (decoded) or NVarChar input over 4,000 characters fails its implicit conversion.
 */
export function hitsStoredProcedureBug(command: SqlCommand): boolean {
  if (command.type !== 'storedProcedure') return false;
  return (command.parameters ?? []).some((parameter) => {
    const direction = parameter.direction ?? 'input';
    if ((direction !== 'input' && direction !== 'inputOutput') || typeof parameter.value !== 'string')
      return false;
    if (parameter.type === 'NVarChar') return parameter.value.length > bugLimits.NVarChar;
    if (parameter.type === 'VarBinary')
      return Buffer.from(parameter.value, 'base64').length > bugLimits.VarBinary;
    return false;
  });
}

function matches(
  handler: SqlHandler,
  text: string,
  procedure: string | undefined,
  catalogue: string,
): boolean {
  if (handler.catalogue !== undefined && handler.catalogue.toLowerCase() !== catalogue.toLowerCase())
    return false;
  const { match } = handler;
  if (typeof match === 'string')
    return procedure === undefined && normaliseSqlText(match) === normaliseSqlText(text);
  if (match instanceof RegExp) {
    match.lastIndex = 0;
    return procedure === undefined && match.test(text);
  }
  return procedure !== undefined && procedureKey(match.procedure) === procedureKey(procedure);
}

function decodeParameters(parameters: readonly SqlParameter[]): SqlCallParameter[] | SqlDatabaseError {
  const decoded: SqlCallParameter[] = [];
  for (const parameter of parameters) {
    const direction = parameter.direction ?? 'input';
    const value =
      direction === 'input' || direction === 'inputOutput'
        ? decodeWireValue(parameter.type, parameter.value)
        : null;
    if (value !== null && typeof value === 'object' && 'error' in value)
      return mssqlErrors.parameterConversion(value.error);
    decoded.push({ name: parameter.name, type: parameter.type, direction, value });
  }
  return decoded;
}

async function answer(handler: SqlHandler, call: SqlCall): Promise<SqlHandlerResult> {
  return typeof handler.result === 'function' ? handler.result(call) : handler.result;
}

/** Finds the handler for a command among the site's own handlers, then the demo database's. */
export function findHandler(
  handlers: readonly SqlHandler[],
  text: string,
  procedure: string | undefined,
  catalogue: string,
): SqlHandler | undefined {
  return handlers.find((handler) => matches(handler, text, procedure, catalogue));
}

function outputParameters(
  wire: readonly SqlParameter[],
  result: Exclude<SqlHandlerResult, { error: unknown }>,
): SqlParameter[] {
  const outputs = new Map(
    Object.entries(result.outputs ?? {}).map(([name, value]) => [parameterKey(name), value]),
  );
  return wire.flatMap((p) => {
    const direction = p.direction ?? 'input';
    if (direction === 'input') return [];
    const key = parameterKey(p.name);
    const value = direction === 'returnValue' ? (result.returnValue ?? 0) : outputs.get(key);
    return [{ name: p.name, type: p.type, direction, value: toOutputText(value ?? null) }];
  });
}

/** A handler's answer shaped by the execution mode, as `ExecuteReader`/`Scalar`/`NonQuery` would give it. */
export function shapeResult(
  result: Exclude<SqlHandlerResult, { error: unknown }>,
  executionMode: string,
): Pick<Extract<CommandOutcome, { ok: true }>, 'rows' | 'scalar' | 'rowsAffected'> {
  const rows: readonly Row[] =
    'rows' in result ? result.rows : 'scalar' in result ? [{ '': result.scalar }] : [];
  if (executionMode === 'nonQuery')
    return { rows: undefined, rowsAffected: 'rowsAffected' in result ? result.rowsAffected : -1 };
  if (executionMode === 'scalar') {
    const first = rows[0];
    return {
      rows: undefined,
      scalar: first === undefined ? null : (Object.values(first)[0] ?? null),
      rowsAffected: undefined,
    };
  }
  return { rows, rowsAffected: undefined };
}

/** Runs one command against a site's database: the bug, the handlers, the T-SQL reader, unknown SQL. */
export async function executeCommand(
  database: SiteDatabase,
  handlers: readonly SqlHandler[],
  request: CommandRequest,
): Promise<CommandOutcome> {
  const { command } = request;
  const type = command.type ?? 'text';
  const executionMode = command.executionMode ?? 'reader';
  const wire = command.parameters ?? [];
  if (isSqlServer(database) && hitsStoredProcedureBug(command)) {
    return { ok: false, error: haloLinkError(2, conversionFailureMessage), handler: undefined };
  }
  const decoded = decodeParameters(wire);
  if (!Array.isArray(decoded)) return { ok: false, error: decoded, handler: undefined };
  const procedure = type === 'storedProcedure' ? command.text : undefined;
  const base = {
    siteGuid: request.siteGuid,
    mode: request.mode,
    text: command.text,
    type,
    executionMode,
    catalogue: request.catalogue,
  };
  const handler = findHandler(handlers, command.text, procedure, request.catalogue);
  if (handler === undefined && type === 'text' && startsTsqlBatch(command.text)) {
    return runBatch(database, handlers, request, base);
  }
  if (handler === undefined) {
    return { ok: false, error: unknownCommandError(database, command.text, type), handler: undefined };
  }
  const result = await answer(handler, { ...base, procedure, parameters: decoded });
  if ('error' in result) return { ok: false, error: result.error, handler };
  return {
    ok: true,
    ...shapeResult(result, executionMode),
    parameters: outputParameters(wire, result),
    handler,
  };
}

async function runBatch(
  database: SiteDatabase,
  handlers: readonly SqlHandler[],
  request: CommandRequest,
  base: Omit<SqlCall, 'procedure' | 'parameters'>,
): Promise<CommandOutcome> {
  if (!isSqlServer(database)) {
    const first = /^\s*(\S+)/.exec(request.command.text)?.[1] ?? '';
    return { ok: false, error: unknownCommandError(database, first, 'text'), handler: undefined };
  }
  let used: SqlHandler | undefined;
  try {
    const batch = await runTsqlBatch(request.command.text, {
      async exec(procedure, parameters) {
        const handler = findHandler(handlers, request.command.text, procedure, request.catalogue);
        if (handler === undefined) throw new TsqlError(mssqlErrors.missingProcedure(procedure));
        used = handler;
        return answer(handler, { ...base, procedure, parameters });
      },
    });
    const result =
      batch.rowsAffected !== undefined && batch.rows.length === 0
        ? { rowsAffected: batch.rowsAffected }
        : { rows: batch.rows };
    return { ok: true, ...shapeResult(result, base.executionMode), parameters: [], handler: used };
  } catch (error) {
    if (error instanceof TsqlError) return { ok: false, error: error.details, handler: used };
    throw error;
  }
}
