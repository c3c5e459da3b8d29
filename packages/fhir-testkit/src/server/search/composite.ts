import type { Resource } from 'fhir/r4.js';
import type { Filter } from './filter-compiler.js';
import { entriesOf, type IndexEntry } from './index-entries.js';
import { compileNativePath } from './native-path.js';
import {
  compileWithFhirpath,
  type Extractor,
  type ResolvedParameter,
  splitUnion,
  unwrap,
} from './search-parameters.js';
import { splitUnescaped } from './split-values.js';
import {
  dateMatcher,
  type MatchContext,
  numberMatcher,
  quantityMatcher,
  rejectValue,
  stringMatcher,
  tokenMatcher,
  uriMatcher,
  type ValueMatcher,
} from './value-matchers.js';

/** For each element the composite's expression selects: the entries of each component, in order. */
type Groups = readonly (readonly (readonly IndexEntry[])[])[];

const extractors = new Map<string, (resource: Resource, timeZone: string) => Groups>();

/** Compiles the base expression (`Observation`, `Observation.component`, or a union) and each component relative to it. */
function compileGroups(parameter: ResolvedParameter): (resource: Resource, timeZone: string) => Groups {
  const key = `${parameter.resourceType}.${parameter.code}`;
  const cached = extractors.get(key);
  if (cached !== undefined) return cached;
  const components = parameter.components ?? [];
  const bases = splitUnion(parameter.expression ?? parameter.resourceType).map((base) => {
    const path = unwrap(base);
    const elements: Extractor =
      path === parameter.resourceType
        ? (r) => [{ type: parameter.resourceType, value: r }]
        : (compileNativePath(parameter.resourceType, path) ?? compileWithFhirpath(path));
    const parts = components.map((c) => ({
      type: c.type,
      extract: compileWithFhirpath(c.expression, undefined, path),
    }));
    return { elements, parts };
  });
  const extract = (resource: Resource, timeZone: string): Groups =>
    bases.flatMap(({ elements, parts }) =>
      elements(resource).map((element) =>
        parts.map((part) => entriesOf(part.type, part.extract(element.value as Resource), timeZone)),
      ),
    );
  extractors.set(key, extract);
  return extract;
}

/** Component matchers never use indexes: the index belongs to a top-level parameter. */
function unindexed(ctx: MatchContext): MatchContext {
  return {
    ...ctx,
    cache: { ...ctx.cache, tokenIndex: () => new Map(), referenceIndex: () => new Map() },
  };
}

function componentMatcher(
  parameter: ResolvedParameter,
  type: string,
  raw: string,
  ctx: MatchContext,
): ValueMatcher<never> {
  const part = { ...parameter, type } as ResolvedParameter;
  switch (type) {
    case 'token':
      return tokenMatcher(part, undefined, raw, ctx) as ValueMatcher<never>;
    case 'string':
      return stringMatcher(undefined, raw) as ValueMatcher<never>;
    case 'date':
      return dateMatcher(part, raw, ctx) as ValueMatcher<never>;
    case 'number':
      return numberMatcher(part, raw) as ValueMatcher<never>;
    case 'quantity':
      return quantityMatcher(part, raw) as ValueMatcher<never>;
    case 'uri':
      return uriMatcher(undefined, raw) as ValueMatcher<never>;
    default:
      return rejectValue(parameter, raw, `a composite of supported types, not ${type}`);
  }
}

/**
 * A composite parameter (R4 §3.1.1.4.10): `value1$value2` matches when one element selected by the
 * composite's expression matches every component at once, e.g.
 * `code-value-quantity=http://loinc.org|8480-6$gt140` is a systolic pressure above 140, not any
 * code together with any value above 140.
 */
export function compileComposite(
  parameter: ResolvedParameter,
  values: readonly string[],
  match: MatchContext,
): Filter {
  const components = parameter.components ?? [];
  const ctx = unindexed(match);
  const alternatives = values.map((value) => {
    const parts = splitUnescaped(value, '$');
    if (parts.length !== components.length) {
      rejectValue(
        parameter,
        value,
        `${components.length} values joined by $ (${components.map((c) => c.code).join('$')})`,
      );
    }
    return parts.map((part, i) => componentMatcher(parameter, components[i]?.type ?? '', part, ctx));
  });
  const extract = compileGroups(parameter);
  const groups = match.cache.derived(parameter.resourceType, `composite:${parameter.code}`, (r) =>
    extract(r, match.timeZone),
  );
  return {
    candidates: undefined,
    test: (position) =>
      (groups[position] ?? []).some((group) =>
        alternatives.some((matchers) => matchers.every((m, i) => m.test((group[i] ?? []) as never[]))),
      ),
  };
}
