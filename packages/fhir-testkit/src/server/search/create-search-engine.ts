import { r4SearchableResourceTypes } from '@halo-fhir/fhir-client/search-parameters';
import type { Resource } from 'fhir/r4.js';
import type { ResourceStore } from '../store/resource-store.js';
import { createColumnCache } from './column-cache.js';
import { type CompileEnvironment, compileCriterion, type Filter, Ignored } from './filter-compiler.js';
import { compileHas } from './has-filter.js';
import { type ResolvedInclude, resolveIncludeSpec, resolveIncludes } from './includes.js';
import { isActiveRecord } from './only-active.js';
import { parseQuery, SummaryMode } from './query-parser.js';
import { findSearchParameter, isSearchableType } from './search-parameters.js';
import {
  type SearchEngine,
  type SearchEngineOptions,
  SearchRejectedError,
  type SearchRequest,
  type SearchResult,
} from './search-engine.js';
import { type SortKey, sortPositions } from './sorter.js';
import { createShaper } from './shape.js';
import { didYouMean } from './suggest.js';
import type { MatchContext } from './value-matchers.js';

/** Intersects the filters: walks the smallest indexed candidate list (or every position) once. */
function evaluate(filters: readonly Filter[], size: number): number[] {
  let smallest: readonly number[] | undefined;
  for (const f of filters)
    if (f.candidates !== undefined && (smallest === undefined || f.candidates.length < smallest.length))
      smallest = f.candidates;
  const out: number[] = [];
  const test = (p: number): void => {
    for (const f of filters) if (!f.test(p)) return;
    out.push(p);
  };
  if (smallest === undefined) for (let p = 0; p < size; p++) test(p);
  else for (const p of smallest) test(p);
  return out;
}

/**
 * Creates the search engine over `store`: parse → match → only-active → `_sort` → includes → shape.
 * Parameters are the R4 SearchParameters of the generated table, evaluated with their FHIRPath
 * expressions (compiled once; values cached per type until the store changes that type; token and
 * reference values hashed for lookups).
 *
 * Supported: string (starts-with, case- and accent-insensitive; `:exact`, `:contains`), token
 * (`code`, `system|code`, `|code`, `system|`; `:not`, `:text`, `:of-type`), date (every prefix, implicit
 * ranges of partial dates, Period/date/dateTime/instant), number and quantity (prefixes), uri
 * (`:below`, `:above`), reference (`Type/id`, `id`, URL, `:Type`, one level of chaining), composite,
 * `:missing` on all of these, `_id`, `_lastUpdated`, `_has`, OR (`,` with `\,` escapes) and AND
 * (repeats), `_sort` (keys, `-`), `_count` (clamped to `maxCount`), `_summary`, `_total`,
 * `_elements`, `_include`/`_revinclude` (`Source:param[:Target]`, `Source:*`, `:iterate`).
 *
 * Not supported (400 `not-supported` in strict mode, ignored and reported in lenient mode): `_text`,
 * `_content`, `_filter`, `_query`, `_list`, `_type`, `_contained`, special parameters (`near`), and
 * the modifiers `:in`, `:not-in`, `:below`/`:above` on tokens, `:identifier`.
 */
export function createSearchEngine(store: ResourceStore, options: SearchEngineOptions = {}): SearchEngine {
  const strict = options.strict ?? true;
  const onlyActive = options.onlyActive ?? false;
  const maxCount = options.maxCount ?? 1000;
  const timeZone = options.timeZone ?? 'Australia/Sydney';
  const clock = options.clock ?? { now: () => Date.now() };
  const cache = createColumnCache(store, timeZone);
  const visible = onlyActive ? isActiveRecord : () => true;

  const rejectOrIgnore = (
    ignored: string[],
    key: string,
    code: 'invalid' | 'not-supported',
    message: string,
  ): void => {
    if (strict) throw new SearchRejectedError(400, code, message);
    ignored.push(key);
  };

  /** Positions of `resourceType` matching every criterion (plus `_has`), before only-active. */
  const matchPositions = (resourceType: string, filters: Filter[]): number[] =>
    evaluate(filters, cache.resources(resourceType).length);

  const environment = (match: MatchContext, strictness: boolean): CompileEnvironment => ({
    match,
    strict: strictness,
    matchingKeys(type, criterion) {
      // Chains are checked strictly: a chain that cannot be evaluated would silently widen the search.
      const filter = compileCriterion(type, criterion, environment(match, true));
      const resources = cache.resources(type);
      const keys = new Set<string>();
      if (filter === Ignored) return keys;
      for (const p of evaluate([filter], resources.length)) {
        const r = resources[p];
        if (r !== undefined && visible(r)) keys.add(`${type}/${r.id}`);
      }
      return keys;
    },
  });

  return {
    search(request: SearchRequest): SearchResult {
      const { resourceType } = request;
      if (!isSearchableType(resourceType)) {
        throw new SearchRejectedError(
          404,
          'not-found',
          `Unknown resource type "${resourceType}": use an R4 resource type such as Patient.${didYouMean(resourceType, r4SearchableResourceTypes)}`,
        );
      }
      const query = parseQuery(request.params);
      const ignored: string[] = [];
      // An empty value constrains nothing; it is reported so that the self link leaves it out.
      ignored.push(...query.empty);
      for (const key of query.unsupported)
        rejectOrIgnore(
          ignored,
          key,
          'not-supported',
          `Search parameter ${key} is not supported by this server`,
        );
      const match: MatchContext = { cache, timeZone, now: clock.now() };
      const env = environment(match, strict);
      const filters: Filter[] = [];
      for (const criterion of query.criteria) {
        const filter = compileCriterion(resourceType, criterion, env);
        if (filter === Ignored) ignored.push(criterion.key);
        else filters.push(filter);
      }
      for (const has of query.has) {
        const filter = compileHas(resourceType, has, {
          cache,
          env,
          refuse: (key, message) => rejectOrIgnore(ignored, key, 'invalid', message),
        });
        if (filter !== undefined) filters.push(filter);
      }
      const sortKeys: SortKey[] = [];
      for (const { key, descending } of query.sort) {
        const parameter = findSearchParameter(resourceType, key);
        if (parameter === undefined || ['composite', 'special'].includes(parameter.type)) {
          rejectOrIgnore(
            ignored,
            '_sort',
            'invalid',
            `_sort: "${key}" is not a sortable search parameter of ${resourceType}`,
          );
        } else sortKeys.push({ parameter, descending });
      }
      const includes: ResolvedInclude[] = [];
      for (const spec of query.includes) {
        const resolved = resolveIncludeSpec(spec, 'include', (key, message) =>
          rejectOrIgnore(ignored, key, 'invalid', message),
        );
        if (resolved !== undefined) includes.push(resolved);
      }
      for (const spec of query.revincludes) {
        const resolved = resolveIncludeSpec(spec, 'revinclude', (key, message) =>
          rejectOrIgnore(ignored, key, 'invalid', message),
        );
        if (resolved !== undefined) includes.push(resolved);
      }

      const resources = cache.resources(resourceType);
      let positions = matchPositions(resourceType, filters);
      if (onlyActive) positions = positions.filter((p) => isActiveRecord(resources[p] as Resource));
      const matches = sortPositions(cache, resourceType, positions, sortKeys).map(
        (p) => resources[p] as Resource,
      );
      const shape = createShaper({ elements: query.elements, summary: query.summary });
      const result: SearchResult = {
        matches,
        total: matches.length,
        ignoredParams: [...new Set(ignored)],
        count: query.count === undefined ? undefined : Math.min(query.count, maxCount),
        summaryCount: query.summary === SummaryMode.Count,
        includesFor: (page) => resolveIncludes(includes, page, { store, cache, visible }),
        shape,
        ...(query.total === undefined ? {} : { totalMode: query.total }),
      };
      return result;
    },
  };
}
