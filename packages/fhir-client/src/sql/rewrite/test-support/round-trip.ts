import { expect } from 'vitest';
import { rewriteStoredProcedure, type SqlDbType } from '../../index.js';
import { readTsqlBatch, type TsqlValue } from './tsql-literal-reader.js';

/**
 * Rewrite a one-parameter call with `value` as `type`, read the batch back with the independent reader,
 * and return what the variable is DECLAREd as and what it is SET to. Also checks what every batch must
 * hold: no backslash directly before a newline anywhere, the EXEC passing the variable by name.
 */
export function roundTrip(type: SqlDbType, value: string): { declared: string; value: TsqlValue } {
  const { command } = rewriteStoredProcedure({
    text: 'dbo.sp_Check',
    type: 'storedProcedure',
    parameters: [{ name: '@Value', type, direction: 'input', value }],
  });
  expect(command.text).not.toMatch(/\\[\r\n]/);
  const { statements, comments } = readTsqlBatch(command.text);
  expect(comments).toBe(0);
  const [declare, set, exec, ...rest] = statements;
  expect(rest).toEqual([]);
  expect(exec).toEqual({
    kind: 'exec',
    returnVariable: undefined,
    procedure: ['dbo', 'sp_Check'],
    arguments: [{ name: '@Value', variable: '@__halo_p1', output: false }],
  });
  if (declare?.kind !== 'declare' || set?.kind !== 'set' || set.variable !== '@__halo_p1') {
    throw new Error(`unexpected batch: ${command.text.slice(0, 200)}`);
  }
  return { declared: declare.type, value: set.value };
}

/** The decoded string of a SET, or a failure. */
export function decodedText(value: TsqlValue): string {
  if (value.kind !== 'string') throw new Error(`expected a string, got ${value.kind}`);
  return value.text;
}

/** The decoded number literal of a SET, or a failure. */
export function decodedNumber(value: TsqlValue): string {
  if (value.kind !== 'number') throw new Error(`expected a number, got ${value.kind}`);
  return value.text;
}
