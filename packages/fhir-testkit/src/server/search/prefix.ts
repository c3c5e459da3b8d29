/** FHIR search comparison prefixes (R4 §3.1.1.4.1). */
export const Prefix = {
  Equal: 'eq',
  NotEqual: 'ne',
  GreaterThan: 'gt',
  LessThan: 'lt',
  GreaterOrEqual: 'ge',
  LessOrEqual: 'le',
  StartsAfter: 'sa',
  EndsBefore: 'eb',
  Approximately: 'ap',
} as const;
/** One of {@link Prefix}. */
export type Prefix = (typeof Prefix)[keyof typeof Prefix];

const prefixPattern = /^(eq|ne|gt|lt|ge|le|sa|eb|ap)(?=[\d-])/;

/** Splits `ge2026-11-26` into prefix and value; no prefix means `eq`. */
export function splitPrefix(value: string): { prefix: Prefix; rest: string } {
  const m = prefixPattern.exec(value);
  return m === null
    ? { prefix: Prefix.Equal, rest: value }
    : { prefix: m[1] as Prefix, rest: value.slice(2) };
}
