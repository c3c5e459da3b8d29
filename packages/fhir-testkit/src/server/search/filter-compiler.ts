import { compileComposite } from './composite.js';
import type { ParsedCriterion } from './query-parser.js';
import {
  findSearchParameter,
  isEvaluatedParameter,
  type ResolvedParameter,
  searchParameterCodes,
} from './search-parameters.js';
import { didYouMean } from './suggest.js';
import { SearchRejectedError } from './search-engine.js';
import {
  dateMatcher,
  type MatchContext,
  numberMatcher,
  quantityMatcher,
  referenceMatcher,
  referenceToAny,
  rejectValue,
  stringMatcher,
  tokenMatcher,
  uriMatcher,
  type ValueMatcher,
} from './value-matchers.js';
import { ownEntry } from './own-entry.js';

/** A compiled criterion over the positions of one type's resources. */
export interface Filter {
  /** Positions that may match (sorted, from an index); undefined: every position must be tested. */
  readonly candidates: readonly number[] | undefined;
  test(position: number): boolean;
}

/** What compiling needs: matching context, strictness, and a way to run a chained sub-search. */
export interface CompileEnvironment {
  readonly match: MatchContext;
  readonly strict: boolean;
  /** `Type/id` of every resource of `resourceType` matching `criterion` (for chaining and `_has`). */
  matchingKeys(resourceType: string, criterion: ParsedCriterion): ReadonlySet<string>;
}

/** The criterion is not understood and lenient mode drops it: the caller reports `key`. */
export const Ignored = Symbol('ignored');

const modifiersByType: Record<string, readonly string[]> = {
  string: ['exact', 'contains'],
  token: ['not', 'text', 'of-type'],
  uri: ['below', 'above'],
};
/** Modifiers R4 defines that this engine does not implement. */
const unsupportedModifiers = new Set(['in', 'not-in', 'below', 'above', 'identifier', 'type']);

function unionSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 1) return lists[0] as number[];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

function fromMatchers<E>(column: readonly (readonly E[])[], matchers: readonly ValueMatcher<E>[]): Filter {
  const lists = matchers.map((m) => m.candidates);
  const candidates = lists.every((l) => l !== undefined) ? unionSorted(lists as number[][]) : undefined;
  if (matchers.length === 1) {
    const only = matchers[0] as ValueMatcher<E>;
    return { candidates, test: (p) => only.test(column[p] ?? []) };
  }
  return { candidates, test: (p) => matchers.some((m) => m.test(column[p] ?? [])) };
}

function refuse(env: CompileEnvironment, code: 'invalid' | 'not-supported', message: string): typeof Ignored {
  if (env.strict) throw new SearchRejectedError(400, code, message);
  return Ignored;
}

/**
 * Compiles one criterion (`name[:modifier][.chain]=a,b`) of `resourceType`. Unknown parameters and
 * modifiers throw in strict mode and come back as {@link Ignored} in lenient mode; malformed values
 * always throw.
 */
export function compileCriterion(
  resourceType: string,
  criterion: ParsedCriterion,
  env: CompileEnvironment,
): Filter | typeof Ignored {
  const parameter = findSearchParameter(resourceType, criterion.code);
  if (parameter === undefined) {
    return refuse(
      env,
      'invalid',
      `Unknown search parameter "${criterion.code}" for ${resourceType}.${didYouMean(criterion.code, searchParameterCodes(resourceType))}`,
    );
  }
  if (!isEvaluatedParameter(parameter)) {
    return refuse(
      env,
      'not-supported',
      `${parameter.type} search parameter "${criterion.code}" of ${resourceType} is not supported by this server (see its CapabilityStatement)`,
    );
  }
  const { modifier } = criterion;
  if (criterion.values.some((v) => v === '')) {
    // `a,,b` or a trailing comma: an empty alternative would match everything under starts-with.
    rejectValue(
      parameter,
      criterion.values.join(','),
      'values separated by single commas, none of them empty',
    );
  }
  const { cache } = env.match;
  if (modifier === 'missing') {
    if (criterion.chain !== undefined)
      return refuse(env, 'invalid', `"${criterion.key}": :missing cannot be chained`);
    const wanted = criterion.values.map((v) =>
      v === 'true' ? true : v === 'false' ? false : rejectValue(parameter, v, 'true or false'),
    );
    if (!['string', 'token', 'reference', 'date', 'number', 'quantity', 'uri'].includes(parameter.type)) {
      return refuse(
        env,
        'not-supported',
        `${parameter.type} parameter "${criterion.code}" does not support :missing here`,
      );
    }
    const column = cache.column(
      parameter as ResolvedParameter & { type: 'string' },
    ) as readonly (readonly unknown[])[];
    return { candidates: undefined, test: (p) => wanted.includes((column[p]?.length ?? 0) === 0) };
  }
  if (parameter.type === 'reference') return compileReference(parameter, criterion, env);
  if (criterion.chain !== undefined) {
    return refuse(env, 'invalid', `"${criterion.key}": only reference parameters can be chained`);
  }
  if (modifier !== undefined && !(ownEntry(modifiersByType, parameter.type) ?? []).includes(modifier)) {
    const code = unsupportedModifiers.has(modifier) ? 'not-supported' : 'invalid';
    return refuse(
      env,
      code,
      `Modifier :${modifier} is not supported for ${parameter.type} parameter "${criterion.code}"`,
    );
  }
  const { values } = criterion;
  switch (parameter.type) {
    case 'string':
      return fromMatchers(
        cache.column({ ...parameter, type: 'string' }),
        values.map((v) => stringMatcher(modifier, v)),
      );
    case 'token': {
      const column = cache.column({ ...parameter, type: 'token' });
      if (modifier !== 'not') {
        return fromMatchers(
          column,
          values.map((v) => tokenMatcher(parameter, modifier, v, env.match)),
        );
      }
      // `status:not=booked,cancelled`: resources with no item matching any of the values (neither).
      const any = fromMatchers(
        column,
        values.map((v) => tokenMatcher(parameter, undefined, v, env.match)),
      );
      return { candidates: undefined, test: (p) => !any.test(p) };
    }
    case 'date':
      return fromMatchers(
        cache.column({ ...parameter, type: 'date' }),
        values.map((v) => dateMatcher(parameter, v, env.match)),
      );
    case 'number':
      return fromMatchers(
        cache.column({ ...parameter, type: 'number' }),
        values.map((v) => numberMatcher(parameter, v)),
      );
    case 'quantity':
      return fromMatchers(
        cache.column({ ...parameter, type: 'quantity' }),
        values.map((v) => quantityMatcher(parameter, v)),
      );
    case 'uri':
      return fromMatchers(
        cache.column({ ...parameter, type: 'uri' }),
        values.map((v) => uriMatcher(modifier, v)),
      );
    case 'composite':
      return compileComposite(parameter, values, env.match);
    default:
      return refuse(
        env,
        'not-supported',
        `${parameter.type} search parameter "${criterion.code}" is not supported`,
      );
  }
}

function compileReference(
  parameter: ResolvedParameter,
  criterion: ParsedCriterion,
  env: CompileEnvironment,
): Filter | typeof Ignored {
  const { modifier, chain } = criterion;
  const targets = parameter.targets ?? [];
  let targetType: string | undefined;
  if (modifier !== undefined) {
    if (!/^[A-Z]/.test(modifier)) {
      const code = unsupportedModifiers.has(modifier) ? 'not-supported' : 'invalid';
      return refuse(
        env,
        code,
        `Modifier :${modifier} is not supported for reference parameter "${criterion.code}"`,
      );
    }
    if (!targets.includes(modifier)) {
      return refuse(
        env,
        'invalid',
        `${parameter.resourceType}.${criterion.code} cannot point to ${modifier}; targets: ${targets.join(', ')}`,
      );
    }
    targetType = modifier;
  }
  const column = env.match.cache.column({ ...parameter, type: 'reference' });
  if (chain === undefined) {
    return fromMatchers(
      column,
      criterion.values.map((v) => referenceMatcher(parameter, targetType, v, env.match)),
    );
  }
  const chainTargets = (targetType === undefined ? targets : [targetType]).filter(
    (type) => findSearchParameter(type, chain.code) !== undefined,
  );
  if (chainTargets.length === 0) {
    return refuse(
      env,
      'invalid',
      `"${criterion.key}": no target of ${criterion.code} has a search parameter "${chain.code}"`,
    );
  }
  // One level of chaining: find the targets that match, then the resources pointing to any of them.
  const keys = new Set<string>();
  for (const type of chainTargets) {
    const inner = {
      key: criterion.key,
      code: chain.code,
      modifier: chain.modifier,
      chain: undefined,
      values: criterion.values,
    };
    for (const key of env.matchingKeys(type, inner)) keys.add(key);
  }
  return fromMatchers(column, [referenceToAny(parameter, keys, env.match)]);
}
