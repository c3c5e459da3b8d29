import { InvalidArgumentError } from '../client/invalid-argument-error.js';
import { type SqlCommand, SqlCommandType, SqlExecutionMode } from './command.js';
import type { RewriteOutputs, RewritePort } from './rewrite-port.js';
import { SqlRewriteMode } from './sql-client-options.js';
import type { SqlContext } from './sql-context.js';

/** A command ready to send, and what its rewrite (if any) needs to read its outputs back. */
export interface PreparedCommand {
  readonly command: SqlCommand;
  /** The caller's execution mode (a rewrite with outputs sends `reader`). */
  readonly mode: SqlExecutionMode;
  /** Set when a rewritten command has outputs to read back from its final row (it is then sent as `reader`). */
  readonly rewrite: { readonly outputs: RewriteOutputs } | undefined;
  /** True when the command was rewritten as T-SQL text. */
  readonly rewritten: boolean;
}

/**
 * Checks a command and, for a `storedProcedure` the rewrite mode selects, turns it into T-SQL text
 * (refusing Firebird sites). Throws before anything is sent.
 */
export async function prepareCommand(
  context: SqlContext,
  rewriter: RewritePort,
  command: SqlCommand,
  signal: AbortSignal | undefined,
): Promise<PreparedCommand> {
  checkCommand(command);
  const mode = command.executionMode ?? SqlExecutionMode.Reader;
  const { rewrite } = context.config;
  if (command.type !== SqlCommandType.StoredProcedure || rewrite === SqlRewriteMode.Never) {
    return { command, mode, rewrite: undefined, rewritten: false };
  }
  const forced = rewrite === SqlRewriteMode.Always;
  if (!forced && !rewriter.needs(command)) return { command, mode, rewrite: undefined, rewritten: false };
  const engine = context.config.engine;
  // The rewrite itself refuses a site that is not SQL Server (SqlRewriteError `notSqlServer`), before sending.
  const pmsType = engine === undefined ? (await context.siteInfo(signal)).pmsType : undefined;
  const rewritten = rewriter.rewrite(
    command,
    engine !== undefined ? { engine } : pmsType !== undefined ? { pmsType } : {},
  );
  context.events.emit({
    type: 'sql-rewrite',
    site: context.config.site,
    procedure: command.text,
    reason: forced ? 'forced' : 'required',
  });
  return {
    command: rewritten.command,
    mode,
    rewrite: rewritten.outputs.length === 0 ? undefined : { outputs: rewritten.outputs },
    rewritten: true,
  };
}

function checkCommand(command: SqlCommand): void {
  if (typeof command !== 'object' || command === null) {
    throw new InvalidArgumentError('command', 'give an object { text, executionMode?, type?, parameters? }.');
  }
  if (typeof command.text !== 'string' || command.text.trim() === '') {
    throw new InvalidArgumentError('command.text', 'it is empty; give the SQL, or the procedure name.');
  }
  if (
    command.executionMode !== undefined &&
    !Object.values(SqlExecutionMode).includes(command.executionMode)
  ) {
    throw new InvalidArgumentError(
      'command.executionMode',
      `${JSON.stringify(command.executionMode)} is not 'reader', 'scalar' or 'nonQuery'.`,
    );
  }
  if (command.type !== undefined && !Object.values(SqlCommandType).includes(command.type)) {
    throw new InvalidArgumentError(
      'command.type',
      `${JSON.stringify(command.type)} is not 'text' or 'storedProcedure'.`,
    );
  }
  if (command.parameters !== undefined && !Array.isArray(command.parameters)) {
    throw new InvalidArgumentError(
      'command.parameters',
      'give an array of { name, type, direction?, value? }.',
    );
  }
}

/** Halo's `maxTimeInQueue` bounds in ms per query type (reference §1.1). */
const maxTimeInQueueLimit = { immediate: 60_000, async: 7_200_000 } as const;

/** Checks `maxTimeInQueue` for the query type, before sending. */
export function checkMaxTimeInQueue(value: number | undefined, queryType: 'immediate' | 'async'): void {
  if (value === undefined) return;
  const limit = maxTimeInQueueLimit[queryType];
  if (!Number.isInteger(value) || value < 0 || value > limit) {
    throw new InvalidArgumentError(
      'maxTimeInQueue',
      `${String(value)} is not a whole number of ms from 0 to ${limit} (Halo's limit for ${queryType} queries).`,
    );
  }
}
