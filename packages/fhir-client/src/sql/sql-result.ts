import { type SqlExecutionMode, type SqlParameter, SqlExecutionMode as Mode } from './command.js';
import { type DecodedSqlData, decodeSqlData, type SqlRawData, type SqlRow } from './decode-result.js';
import type { PreparedCommand } from './prepare-command.js';
import type { RewritePort } from './rewrite-port.js';
import { SqlWarningCode } from './sql-events.js';
import type { SqlContext } from './sql-context.js';

/** What a query returned: rows (`reader`), a value (`scalar`), a count (`nonQuery`), and its parameters. */
export interface SqlResult<Row = SqlRow> {
  /** The query's id at Halo, when the response named one. */
  readonly queryId: string | undefined;
  /** The execution mode the caller asked for. */
  readonly executionMode: SqlExecutionMode;
  /** `reader`: every row decoded from `data`; empty otherwise, or when the data was not understood. */
  readonly rows: Row[];
  /** `scalar`: the first value of the first row; undefined otherwise. */
  readonly value: unknown;
  /** `nonQuery`: the rows affected, as Halo reports them. */
  readonly rowsAffected: number | undefined;
  /** Output, input-output and return-value parameters as Halo returned them (values as text, binary base64). */
  readonly parameters: readonly SqlParameter[];
  /** The same parameters by name (as returned, with `@`): `outputs['@NoteID']`. */
  readonly outputs: Readonly<Record<string, string | null>>;
  /** The `returnValue` parameter's value, when there is one. */
  readonly returnValue: string | null | undefined;
  /** `data` as received (base64 and its text), whether or not it was decoded. */
  readonly raw: SqlRawData | undefined;
  /** Why `data` could not be decoded (a `sql-warning` event said so too); undefined when it was. */
  readonly undecodedReason: string | undefined;
  /** True when a storedProcedure was sent as T-SQL text. */
  readonly rewritten: boolean;
}

/** The `result` part of a query record or page: `data`, `rowsAffected`, `parameters`. */
export interface ResultFields {
  readonly data?: unknown;
  /** A page already decoded (the stream endpoint's JSON): used instead of `data`. */
  readonly decoded?: DecodedSqlData<SqlRow>;
  readonly rowsAffected?: unknown;
  readonly parameters?: unknown;
}

/** Decodes one result (an immediate query's `result`, or one async/registered page). */
export function readResult<Row>(
  context: SqlContext,
  rewriter: RewritePort,
  fields: ResultFields,
  prepared: Pick<PreparedCommand, 'mode' | 'rewrite'> & { readonly rewritten?: boolean },
  queryId: string | undefined,
): SqlResult<Row> {
  const mode = prepared.mode;
  const sentMode = prepared.rewrite === undefined ? mode : Mode.Reader;
  let rows: SqlRow[] = [];
  let value: unknown;
  let raw: SqlRawData | undefined;
  let undecodedReason: string | undefined;
  let parameters = parametersOf(fields.parameters);
  if (typeof fields.data === 'string' || fields.decoded !== undefined) {
    const decoded = fields.decoded ?? decodeSqlData(String(fields.data), sentMode);
    raw = decoded.raw;
    if (decoded.kind === 'rows') rows = decoded.rows;
    else if (decoded.kind === 'value') value = decoded.value;
    else {
      undecodedReason = decoded.reason;
      context.events.emit({
        type: 'sql-warning',
        site: context.config.site,
        code: SqlWarningCode.UndecodedResult,
        message: `The result data of query ${queryId ?? '(no id)'} was kept undecoded: ${decoded.reason}. Read result.raw.`,
        queryId,
      });
    }
  }
  if (prepared.rewrite !== undefined && undecodedReason === undefined) {
    const read = rewriter.readOutputs(rows, prepared.rewrite.outputs, mode);
    rows = read.rows;
    parameters = [...parameters, ...read.parameters];
    if (mode === Mode.Scalar) value = rows[0] === undefined ? null : Object.values(rows[0])[0];
  }
  const outputs: Record<string, string | null> = {};
  for (const parameter of parameters) outputs[parameter.name] = parameter.value ?? null;
  return {
    queryId,
    executionMode: mode,
    rows: mode === Mode.Reader ? (rows as Row[]) : [],
    value: mode === Mode.Scalar ? value : undefined,
    rowsAffected: typeof fields.rowsAffected === 'number' ? fields.rowsAffected : undefined,
    parameters,
    outputs,
    returnValue: parameters.find((parameter) => parameter.direction === 'returnValue')?.value,
    raw,
    undecodedReason,
    rewritten: prepared.rewritten ?? prepared.rewrite !== undefined,
  };
}

function parametersOf(value: unknown): SqlParameter[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is SqlParameter =>
      typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string',
  );
}
