import type { ColumnCache } from './column-cache.js';
import type { CompileEnvironment, Filter } from './filter-compiler.js';
import type { ParsedHas } from './query-parser.js';
import { findSearchParameter, isSearchableType } from './search-parameters.js';

/** What `_has` needs: the values cache, the compile environment and how to refuse a bad `_has`. */
export interface HasEnvironment {
  readonly cache: ColumnCache;
  readonly env: CompileEnvironment;
  /** Throws in strict mode; in lenient mode records `key` as ignored. */
  readonly refuse: (key: string, message: string) => void;
}

/**
 * `_has:Source:reference:param=value` (reverse chaining): the resources of `resourceType` that some
 * matching Source resource points to through its `reference` parameter. Undefined when refused.
 */
export function compileHas(
  resourceType: string,
  has: ParsedHas,
  { cache, env, refuse }: HasEnvironment,
): Filter | undefined {
  const reference = isSearchableType(has.sourceType)
    ? findSearchParameter(has.sourceType, has.referenceCode)
    : undefined;
  if (reference === undefined || reference.type !== 'reference') {
    refuse(has.key, `${has.key}: ${has.sourceType}.${has.referenceCode} is not a reference search parameter`);
    return undefined;
  }
  const column = cache.column({ ...reference, type: 'reference' });
  const positions = new Set<number>();
  for (const key of env.matchingKeys(has.sourceType, has.criterion)) {
    const source = cache.positionOf(has.sourceType, key.slice(has.sourceType.length + 1));
    if (source === undefined) continue;
    for (const entry of column[source] ?? []) {
      if (entry.type !== resourceType || entry.id === undefined) continue;
      const target = cache.positionOf(resourceType, entry.id);
      if (target !== undefined) positions.add(target);
    }
  }
  return { candidates: [...positions].sort((a, b) => a - b), test: (p) => positions.has(p) };
}
