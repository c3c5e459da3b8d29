import type { Resource } from 'fhir/r4.js';
import type { ResourceStore } from '../store/resource-store.js';
import type { DateRange } from './date-range.js';
import {
  entriesOf,
  type IndexEntry,
  type QuantityEntry,
  type ReferenceEntry,
  type StringEntry,
  type TokenEntry,
} from './index-entries.js';
import type { ResolvedParameter } from './search-parameters.js';

/** Entry kind per search parameter type. */
export interface EntryOf {
  string: StringEntry;
  token: TokenEntry;
  reference: ReferenceEntry;
  date: DateRange;
  number: number;
  quantity: QuantityEntry;
  uri: string;
}

/** One resource type as of one store generation, with its lazily built columns and indexes. */
interface Snapshot {
  readonly generation: number;
  readonly resources: readonly Resource[];
  readonly positionOf: Map<string, number>;
  readonly columns: Map<string, readonly (readonly IndexEntry[])[]>;
  /** How each column's value is computed for one resource, to refresh only what changed. */
  readonly builders: Map<string, (resource: Resource) => unknown>;
  readonly indexes: Map<string, Map<string, number[]>>;
  idRank: Int32Array | undefined;
}

/**
 * Normalised search values per (resource type, parameter), aligned with `store.list(type)`, plus
 * hash indexes for tokens and references. FHIRPath runs once per resource and parameter per store
 * generation; queries then compare plain values. A write to a type drops that type's snapshot.
 */
export interface ColumnCache {
  resources(resourceType: string): readonly Resource[];
  /** Position of `id` in `resources(resourceType)`. */
  positionOf(resourceType: string, id: string): number | undefined;
  column<K extends keyof EntryOf>(
    parameter: ResolvedParameter & { type: K },
  ): readonly (readonly EntryOf[K][])[];
  /** Positions per token key: `code`, `system|code`, `|code` (no system), `system|`. */
  tokenIndex(parameter: ResolvedParameter): Map<string, number[]>;
  /** Positions per `Type/id` (and bare `id`) a reference parameter points to. */
  referenceIndex(parameter: ResolvedParameter): Map<string, number[]>;
  /** Rank of each position in id order (numeric-aware), for the default sort. */
  idRank(resourceType: string): Int32Array;
  /** Any other per-resource value (e.g. composite groups), computed once per store generation under `key`. */
  derived<T>(resourceType: string, key: string, compute: (resource: Resource) => T): readonly T[];
}

/** Keys of {@link ColumnCache.tokenIndex}; the separator cannot occur in a system or code. */
export const tokenKey = {
  code: (code: string) => `c\u0001${code}`,
  /** `system` undefined: the `|code` form, a code with no system. */
  systemCode: (system: string | undefined, code: string) => `s\u0001${system ?? ''}\u0001${code}`,
  system: (system: string) => `y\u0001${system}`,
} as const;

const collator = new Intl.Collator('en', { numeric: true });

/** Creates the per-store cache of search values; offset-less dates are read in `timeZone`. */
export function createColumnCache(store: ResourceStore, timeZone: string): ColumnCache {
  const snapshots = new Map<string, Snapshot>();

  const snapshot = (resourceType: string): Snapshot => {
    const generation = store.generationOf(resourceType);
    const cached = snapshots.get(resourceType);
    if (cached !== undefined && cached.generation === generation) return cached;
    const changed = cached === undefined ? undefined : store.changedSince(resourceType, cached.generation);
    if (cached !== undefined && changed !== undefined)
      return refresh(resourceType, cached, generation, changed);
    const resources = store.list(resourceType);
    const positionOf = new Map<string, number>();
    for (let i = 0; i < resources.length; i++) positionOf.set(resources[i]?.id as string, i);
    const fresh: Snapshot = {
      generation,
      resources,
      positionOf,
      columns: new Map(),
      builders: new Map(),
      indexes: new Map(),
      idRank: undefined,
    };
    snapshots.set(resourceType, fresh);
    return fresh;
  };

  /**
   * A write or two should not re-read every resource of the type: recompute the changed and new
   * positions of each column (the store keeps ids in place and appends new ones), and let indexes
   * rebuild from the columns, which is cheap.
   */
  const refresh = (
    resourceType: string,
    old: Snapshot,
    generation: number,
    changed: readonly string[],
  ): Snapshot => {
    const resources = store.list(resourceType);
    const positionOf = new Map(old.positionOf);
    for (let i = old.resources.length; i < resources.length; i++)
      positionOf.set(resources[i]?.id as string, i);
    const positions = [...new Set(changed)]
      .map((id) => positionOf.get(id))
      .filter((p): p is number => p !== undefined);
    const columns = new Map<string, readonly (readonly IndexEntry[])[]>();
    for (const [key, column] of old.columns) {
      const build = old.builders.get(key) as (resource: Resource) => IndexEntry[];
      const next = column.slice();
      for (const p of positions) next[p] = build(resources[p] as Resource);
      columns.set(key, next);
    }
    const fresh: Snapshot = {
      generation,
      resources,
      positionOf,
      columns,
      builders: old.builders,
      indexes: new Map(),
      idRank: resources.length === old.resources.length ? old.idRank : undefined,
    };
    snapshots.set(resourceType, fresh);
    return fresh;
  };

  const column = (parameter: ResolvedParameter): readonly (readonly IndexEntry[])[] => {
    const snap = snapshot(parameter.resourceType);
    let col = snap.columns.get(parameter.code);
    if (col === undefined) {
      const build = (r: Resource) => entriesOf(parameter.type, parameter.extract(r), timeZone);
      col = snap.resources.map(build);
      snap.columns.set(parameter.code, col);
      snap.builders.set(parameter.code, build);
    }
    return col;
  };

  const buildIndex = (
    parameter: ResolvedParameter,
    keysOf: (entry: IndexEntry) => string[],
  ): Map<string, number[]> => {
    const snap = snapshot(parameter.resourceType);
    const key = `${parameter.type}:${parameter.code}`;
    let index = snap.indexes.get(key);
    if (index === undefined) {
      index = new Map();
      const col = column(parameter);
      for (let i = 0; i < col.length; i++) {
        for (const entry of col[i] ?? []) {
          for (const k of keysOf(entry)) {
            const list = index.get(k);
            if (list === undefined) index.set(k, [i]);
            else if (list[list.length - 1] !== i) list.push(i);
          }
        }
      }
      snap.indexes.set(key, index);
    }
    return index;
  };

  return {
    resources: (resourceType) => snapshot(resourceType).resources,
    positionOf: (resourceType, id) => snapshot(resourceType).positionOf.get(id),
    column: column as ColumnCache['column'],
    tokenIndex: (parameter) =>
      buildIndex(parameter, (entry) => {
        const { system, code } = entry as TokenEntry;
        const keys: string[] = [];
        if (code !== undefined) keys.push(tokenKey.code(code), tokenKey.systemCode(system, code));
        if (system !== undefined) keys.push(tokenKey.system(system));
        return keys;
      }),
    referenceIndex: (parameter) =>
      buildIndex(parameter, (entry) => {
        const { reference, type, id } = entry as ReferenceEntry;
        return type === undefined || id === undefined ? [reference] : [`${type}/${id}`, id];
      }),
    derived<T>(resourceType: string, key: string, compute: (resource: Resource) => T): readonly T[] {
      const snap = snapshot(resourceType);
      const cacheKey = `derived:${key}`;
      let col = snap.columns.get(cacheKey) as unknown as T[] | undefined;
      if (col === undefined) {
        col = snap.resources.map(compute);
        snap.columns.set(cacheKey, col as unknown as IndexEntry[][]);
        snap.builders.set(cacheKey, compute);
      }
      return col;
    },
    idRank(resourceType) {
      const snap = snapshot(resourceType);
      if (snap.idRank === undefined) {
        const order = snap.resources.map((_, i) => i);
        order.sort((a, b) => collator.compare(snap.resources[a]?.id ?? '', snap.resources[b]?.id ?? ''));
        const rank = new Int32Array(order.length);
        order.forEach((position, r) => {
          rank[position] = r;
        });
        snap.idRank = rank;
      }
      return snap.idRank;
    },
  };
}
