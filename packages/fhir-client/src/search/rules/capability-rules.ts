import { splitEntryName } from '../parameter-types.js';
import { SearchBuildError } from '../search-build-error.js';
import { controlParameterCodes, generalParameterCodes } from './control-parameters.js';

interface DeclaredResource {
  readonly type: string;
  readonly searchParam?: readonly { readonly name: string }[] | undefined;
  readonly searchInclude?: readonly string[] | undefined;
  readonly searchRevInclude?: readonly string[] | undefined;
}

/** The parts of a FHIR R4 CapabilityStatement the search rules read (a `CapabilityStatement` is one). */
export interface DeclaredCapabilities {
  readonly rest?:
    | readonly {
        readonly mode: string;
        readonly searchParam?: readonly { readonly name: string }[] | undefined;
        readonly resource?: readonly DeclaredResource[] | undefined;
      }[]
    | undefined;
}

/**
 * Refuses a search the server's CapabilityStatement does not declare: a resource type it does not list,
 * a parameter missing from the type's (or the server's) `searchParam`, an `_include` or `_revinclude`
 * missing from `searchInclude` / `searchRevInclude` (`*` and `Source:*` declare every one). Result
 * parameters (`_count`, `_sort`, ...) are not declared by servers, so they pass.
 * @throws SearchBuildError naming the parameter and what the site declares instead.
 */
export function checkSearchAgainstCapabilities(
  statement: DeclaredCapabilities,
  search: { readonly resourceType: string; readonly params: URLSearchParams },
): void {
  const rests = (statement.rest ?? []).filter((rest) => rest.mode === 'server');
  const resource = rests
    .flatMap((rest) => rest.resource ?? [])
    .find((candidate) => candidate.type === search.resourceType);
  if (resource === undefined) {
    throw new SearchBuildError({
      parameter: 'resourceType',
      value: search.resourceType,
      accepted: rests.flatMap((rest) => rest.resource ?? []).map((candidate) => candidate.type),
      problem: "the site's CapabilityStatement does not list this resource type",
    });
  }
  const declared = new Set(
    [...(resource.searchParam ?? []), ...rests.flatMap((rest) => rest.searchParam ?? [])].map((p) => p.name),
  );
  for (const [name, value] of search.params) {
    const { code, modifier } = splitEntryName(name);
    if (code === '_include' || code === '_revinclude') {
      checkInclude(resource, { name, value, code });
    } else if (code === '_has') {
      // `_has:Source:reference:...` is declared by the source type's reference parameter.
      const [source = '', reference = ''] = (modifier ?? '').split(':');
      const sourceResource = rests.flatMap((rest) => rest.resource ?? []).find((r) => r.type === source);
      const sourceDeclared = (sourceResource?.searchParam ?? []).some((p) => p.name === reference);
      if (!sourceDeclared) {
        throw undeclared(name, value, `${source} search parameter "${reference}"`, [
          ...(sourceResource?.searchParam ?? []).map((p) => p.name),
        ]);
      }
    } else if (!controlParameterCodes.has(code) && !generalParameterCodes.has(code) && !declared.has(code)) {
      throw undeclared(name, value, `${search.resourceType} search parameter "${code}"`, [...declared]);
    }
  }
}

function checkInclude(
  resource: DeclaredResource,
  pair: { readonly name: string; readonly value: string; readonly code: string },
): void {
  const list = (pair.code === '_include' ? resource.searchInclude : resource.searchRevInclude) ?? [];
  for (const one of pair.value.split(',')) {
    const [source = '', parameter = ''] = one.split(':');
    const declared =
      list.includes('*') ||
      list.includes(`${source}:*`) ||
      list.includes(`${source}:${parameter}`) ||
      list.includes(one);
    if (!declared) throw undeclared(pair.name, pair.value, `${pair.code}=${one}`, list);
  }
}

function undeclared(
  name: string,
  value: string,
  what: string,
  declared: readonly string[],
): SearchBuildError {
  const sorted = [...new Set(declared)].sort();
  return new SearchBuildError({
    parameter: name,
    value,
    accepted:
      sorted.length === 0
        ? ['nothing: the site declares none']
        : sorted.length > 40
          ? [...sorted.slice(0, 40), `and ${sorted.length - 40} more`]
          : sorted,
    problem: `the site's CapabilityStatement does not declare ${what}, so the query would be charged for nothing`,
  });
}
