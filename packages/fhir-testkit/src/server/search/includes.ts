import type { Resource } from 'fhir/r4.js';
import type { ResourceStore } from '../store/resource-store.js';
import type { ColumnCache } from './column-cache.js';
import type { ReferenceEntry } from './index-entries.js';
import type { IncludeSpec } from './query-parser.js';
import {
  findSearchParameter,
  isSearchableType,
  type ResolvedParameter,
  searchParameterCodes,
} from './search-parameters.js';

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

/**
 * Checks one `_include`/`_revinclude` against the R4 table: the source type must exist and the
 * parameter (or, for `Source:*`, at least one) must be a reference that can point to `:Target`.
 * Undefined when refused.
 */
export function resolveIncludeSpec(
  spec: IncludeSpec,
  direction: ResolvedInclude['direction'],
  refuse: (key: string, message: string) => void,
): ResolvedInclude | undefined {
  if (!isSearchableType(spec.sourceType)) {
    refuse(spec.key, `${spec.key}=${spec.sourceType}:${spec.code}: unknown resource type ${spec.sourceType}`);
    return undefined;
  }
  const codes = spec.code === '*' ? searchParameterCodes(spec.sourceType) : [spec.code];
  const parameters = codes
    .map((code) => findSearchParameter(spec.sourceType, code))
    .filter((p): p is ResolvedParameter => p !== undefined && p.type === 'reference');
  if (parameters.length === 0) {
    refuse(spec.key, `${spec.key}: ${spec.sourceType}.${spec.code} is not a reference search parameter`);
    return undefined;
  }
  if (
    spec.targetType !== undefined &&
    spec.code !== '*' &&
    !(parameters[0]?.targets ?? []).includes(spec.targetType)
  ) {
    refuse(spec.key, `${spec.key}: ${spec.sourceType}.${spec.code} cannot point to ${spec.targetType}`);
    return undefined;
  }
  return {
    direction,
    sourceType: spec.sourceType,
    parameters,
    targetType: spec.targetType,
    iterate: spec.iterate,
  };
}
