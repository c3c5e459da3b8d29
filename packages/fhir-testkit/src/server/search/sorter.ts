import type { ColumnCache } from './column-cache.js';
import type { DateRange } from './date-range.js';
import type { QuantityEntry, ReferenceEntry, StringEntry, TokenEntry } from './index-entries.js';
import type { ResolvedParameter } from './search-parameters.js';

/** One `_sort` key, resolved. */
export interface SortKey {
  readonly parameter: ResolvedParameter;
  readonly descending: boolean;
}

type Key = string | number | undefined;

/**
 * The value a resource sorts by for one parameter (R4 §3.1.1.5.6): with several values, the lowest
 * when ascending and the highest when descending; dates by the start (ascending) or end of their range.
 */
function sortValue(parameter: ResolvedParameter, entries: readonly unknown[], descending: boolean): Key {
  if (entries.length === 0) return undefined;
  let values: Key[];
  switch (parameter.type) {
    case 'string':
      values = (entries as StringEntry[]).map((e) => e.normalized);
      break;
    case 'token':
      values = (entries as TokenEntry[]).map((e) => e.code);
      break;
    case 'reference':
      values = (entries as ReferenceEntry[]).map((e) => e.reference);
      break;
    case 'date':
      values = (entries as DateRange[]).map((e) => (descending ? e.high : e.low));
      break;
    case 'quantity':
      values = (entries as QuantityEntry[]).map((e) => e.value);
      break;
    default:
      values = entries as Key[];
  }
  let best: Key;
  for (const value of values) {
    if (value === undefined) continue;
    if (best === undefined || (descending ? value > best : value < best)) best = value;
  }
  return best;
}

/**
 * Sorts positions of one type by `keys`, then by id (numeric-aware) so the order is total and stable.
 * Resources with no value for a key come last in either direction.
 */
export function sortPositions(
  cache: ColumnCache,
  resourceType: string,
  positions: readonly number[],
  keys: readonly SortKey[],
): number[] {
  const rank = cache.idRank(resourceType);
  if (keys.length === 0) return [...positions].sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
  const columns = keys.map(
    (k) =>
      cache.column(k.parameter as ResolvedParameter & { type: 'string' }) as readonly (readonly unknown[])[],
  );
  const values = new Map<number, Key[]>();
  for (const p of positions)
    values.set(
      p,
      keys.map((k, i) => sortValue(k.parameter, columns[i]?.[p] ?? [], k.descending)),
    );
  return [...positions].sort((a, b) => {
    const va = values.get(a) as Key[];
    const vb = values.get(b) as Key[];
    for (let i = 0; i < keys.length; i++) {
      const x = va[i];
      const y = vb[i];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const order = x < y ? -1 : 1;
      return keys[i]?.descending ? -order : order;
    }
    return (rank[a] ?? 0) - (rank[b] ?? 0);
  });
}
