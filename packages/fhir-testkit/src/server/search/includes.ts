import type { Resource } from 'fhir/r4.js';
import type { ResourceStore } from '../store/resource-store.js';
import type { ColumnCache } from './column-cache.js';
import type { ReferenceEntry } from './index-entries.js';
import type { ResolvedParameter } from './search-parameters.js';

/** A checked `_include` / `_revinclude`: the reference parameters it follows. */
export interface ResolvedInclude {
  readonly direction: 'include' | 'revinclude';
  readonly sourceType: string;
  /** One parameter, or every reference parameter of the source type for `Source:*`. */
  readonly parameters: readonly ResolvedParameter[];
  readonly targetType: string | undefined;
  readonly iterate: boolean;
}

/** What following references needs. */
export interface IncludeEnvironment {
  readonly store: ResourceStore;
  readonly cache: ColumnCache;
  /** Hides resources that the only-active rule hides (always true when that mode is off). */
  readonly visible: (resource: Resource) => boolean;
}

/** Iterated includes stop after this many rounds, which covers any realistic reference chain. */
const maxIterations = 10;

const keyOf = (r: Resource): string => `${r.resourceType}/${r.id}`;

function follow(
  spec: ResolvedInclude,
  from: readonly Resource[],
  env: IncludeEnvironment,
  found: (r: Resource) => void,
): void {
  if (spec.direction === 'include') {
    for (const resource of from) {
      if (resource.resourceType !== spec.sourceType) continue;
      const position = env.cache.positionOf(resource.resourceType, resource.id as string);
      if (position === undefined) continue;
      for (const parameter of spec.parameters) {
        const entries = env.cache.column({ ...parameter, type: 'reference' })[position] ?? [];
        for (const entry of entries as readonly ReferenceEntry[]) {
          if (entry.type === undefined || entry.id === undefined) continue;
          if (spec.targetType !== undefined && entry.type !== spec.targetType) continue;
          const target = env.store.get(entry.type, entry.id);
          if (target !== undefined) found(target);
        }
      }
    }
    return;
  }
  const sources = env.cache.resources(spec.sourceType);
  for (const resource of from) {
    if (spec.targetType !== undefined && resource.resourceType !== spec.targetType) continue;
    for (const parameter of spec.parameters) {
      for (const position of env.cache.referenceIndex(parameter).get(keyOf(resource)) ?? []) {
        const source = sources[position];
        if (source !== undefined) found(source);
      }
    }
  }
}

/**
 * The resources `_include` and `_revinclude` add to one page of matches, each once and never one
 * already on the page. `:iterate` specs are applied again to what was added, until nothing new.
 */
export function resolveIncludes(
  specs: readonly ResolvedInclude[],
  page: readonly Resource[],
  env: IncludeEnvironment,
): Resource[] {
  if (specs.length === 0) return [];
  const seen = new Set(page.map(keyOf));
  const added: Resource[] = [];
  let frontier: readonly Resource[] = page;
  for (let round = 0; round <= maxIterations && frontier.length > 0; round++) {
    const next: Resource[] = [];
    for (const spec of specs) {
      if (round > 0 && !spec.iterate) continue;
      follow(spec, frontier, env, (resource) => {
        const key = keyOf(resource);
        if (seen.has(key) || !env.visible(resource)) return;
        seen.add(key);
        next.push(resource);
      });
    }
    added.push(...next);
    frontier = next;
  }
  return added;
}
