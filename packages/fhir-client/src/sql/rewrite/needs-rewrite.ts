import type { SqlCommand, SqlDbType } from '../command.js';
import { base64ByteLength } from '../parameters/text-values.js';

/**
 * Sizes above which a `storedProcedure` parameter goes through the T-SQL rewrite. `must`: Halo
 * documents the 400 "Failed to convert parameter value" for these. The others are the same
 * conversion path (the reference's "should"): the rewrite means the same thing, so it is used for
 * them too. Strings count UTF-16 code units (.NET strings are UTF-16); binary values count decoded bytes.
 */
export const storedProcedureRewriteThresholds: Readonly<
  Partial<
    Record<
      SqlDbType,
      { readonly over: number; readonly unit: 'characters' | 'bytes'; readonly must: boolean }
    >
  >
> = Object.freeze({
  NVarChar: { over: 4000, unit: 'characters', must: true },
  String: { over: 4000, unit: 'characters', must: true },
  VarBinary: { over: 8000, unit: 'bytes', must: true },
  VarChar: { over: 8000, unit: 'characters', must: false },
  Char: { over: 8000, unit: 'characters', must: false },
  Text: { over: 8000, unit: 'characters', must: false },
  NChar: { over: 4000, unit: 'characters', must: false },
  NText: { over: 4000, unit: 'characters', must: false },
  Xml: { over: 4000, unit: 'characters', must: false },
  Binary: { over: 8000, unit: 'bytes', must: false },
  Image: { over: 8000, unit: 'bytes', must: false },
});

/** Options of {@link needsStoredProcedureRewrite}. */
export interface NeedsRewriteOptions {
  /** Rewrite every storedProcedure command, whatever its parameter sizes. @default false */
  readonly always?: boolean;
}

/**
 * True when a `storedProcedure` command should be sent as T-SQL text instead: an `input` or
 * `inputOutput` value is over its type's threshold ({@link storedProcedureRewriteThresholds}), or
 * `always` is set. Always false for `text` commands. Says nothing about the site: the rewrite itself
 * refuses non-SQL-Server sites.
 */
export function needsStoredProcedureRewrite(command: SqlCommand, options: NeedsRewriteOptions = {}): boolean {
  if (command.type !== 'storedProcedure') return false;
  if (options.always === true) return true;
  return (command.parameters ?? []).some((parameter) => {
    const direction = parameter.direction ?? 'input';
    if (direction !== 'input' && direction !== 'inputOutput') return false;
    const threshold = storedProcedureRewriteThresholds[parameter.type];
    if (threshold === undefined || typeof parameter.value !== 'string') return false;
    const size = threshold.unit === 'bytes' ? base64ByteLength(parameter.value) : parameter.value.length;
    return size > threshold.over;
  });
}
