import { closestMatch } from '../../suggest/closest-match.js';
import {
  isKnownResourceType,
  searchableResourceTypes,
  searchParameterCodes,
  searchParameterType,
  splitEntryName,
} from '../parameter-types.js';
import { SearchParameterType } from '../search-parameter-definition.js';
import type { SearchParameterEntry } from '../search-query.js';
import { SearchRules } from '../vocabulary.js';
import { controlParameterCodes, generalParameterCodes } from './control-parameters.js';
import { allowedModifiers } from './modifiers.js';
import { anyTarget, mayPointTo, referencesTo, referenceTargets } from './r4-details.js';
import { type RuleContext, refusal } from './rule-context.js';

type EntryName = Pick<SearchParameterEntry, 'code' | 'modifier' | 'chain'>;

/**
 * What a parameter name resolves to: a result parameter, an R4 parameter whose values the rules check
 * (after following chains and `_has`), a `:missing` test, or a name whose values are kept as written
 * (a server-specific parameter under `r4`, a special parameter, an untyped chain through several types).
 */
export type ResolvedName =
  | { readonly kind: 'control' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unchecked' }
  | {
      readonly kind: 'parameter';
      readonly resourceType: string;
      readonly code: string;
      readonly type: SearchParameterType;
      readonly modifier: string | undefined;
    };

const unchecked: ResolvedName = Object.freeze({ kind: 'unchecked' });
const missing: ResolvedName = Object.freeze({ kind: 'missing' });
const control: ResolvedName = Object.freeze({ kind: 'control' });

/**
 * Resolves a parameter name on `resourceType`, refusing what R4 forbids: unknown parameters (under
 * `strict`, and anywhere inside a chain or `_has`), modifiers its type does not take, chains through a
 * non-reference or to a type it cannot point to, `_has` without a reference that points back here.
 */
export function resolveName(resourceType: string, name: EntryName, context: RuleContext): ResolvedName {
  return resolve(resourceType, name, context, false);
}

function resolve(resourceType: string, name: EntryName, context: RuleContext, nested: boolean): ResolvedName {
  const { code, modifier, chain } = name;
  if (code === '_has') return resolveReverseChain(resourceType, modifier, chain, context);
  if (controlParameterCodes.has(code)) {
    if (nested || chain !== undefined) {
      throw refusal(context, `${code} applies to the whole search, not inside a chain`, [
        `${code} on the outer search`,
      ]);
    }
    return control;
  }
  if (generalParameterCodes.has(code)) return unchecked;
  const type = searchParameterType(resourceType, code);
  if (type === undefined) {
    if (nested || context.rules === SearchRules.Strict) {
      throw refusal(
        context,
        `${resourceType} has no search parameter "${code}" in R4${nearestParameter(resourceType, code)}`,
        [
          `a search parameter R4 defines on ${resourceType}`,
          ...(nested ? [] : ["rules: 'r4' to send a server-specific parameter as written"]),
        ],
      );
    }
    return unchecked;
  }
  if (chain !== undefined) return resolveChain(resourceType, { code, modifier, chain, type }, context);
  if (modifier === undefined) return { kind: 'parameter', resourceType, code, type, modifier };
  if (modifier === 'missing') return missing;
  const allowed = allowedModifiers(resourceType, code, type);
  if (allowed === 'any') return unchecked;
  const typedReference = type === SearchParameterType.Reference && mayPointTo(resourceType, code, modifier);
  if (!allowed.includes(modifier) && !typedReference) {
    throw refusal(context, modifierProblem(resourceType, code, type, modifier), [
      ...allowed.map((one) => `${code}:${one}`),
      ...(type === SearchParameterType.Date ||
      type === SearchParameterType.Number ||
      type === SearchParameterType.Quantity
        ? [`${code}=[prefix]value`]
        : []),
      `${code}:missing=true|false`,
    ]);
  }
  return { kind: 'parameter', resourceType, code, type, modifier };
}

function modifierProblem(resourceType: string, code: string, type: string, modifier: string): string {
  if (type === SearchParameterType.Reference && isKnownResourceType(modifier)) {
    return `${resourceType} ${code} cannot point to ${modifier}`;
  }
  return `a ${type} parameter takes no :${modifier} modifier`;
}

function resolveChain(
  resourceType: string,
  link: { code: string; modifier: string | undefined; chain: string; type: SearchParameterType },
  context: RuleContext,
): ResolvedName {
  const { code, modifier, chain, type } = link;
  if (type !== SearchParameterType.Reference) {
    throw refusal(
      context,
      `${resourceType} ${code} is a ${type} parameter; only a reference can be chained`,
      [`${code}=value`, 'a chain through a reference parameter, e.g. subject:Patient.name'],
    );
  }
  const rest = splitEntryName(chain);
  const targets = referenceTargets(resourceType, code) ?? anyTarget;
  if (modifier !== undefined) {
    if (!mayPointTo(resourceType, code, modifier)) {
      throw refusal(
        context,
        `${resourceType} ${code} cannot point to ${modifier}`,
        chainForms(code, targets, chain),
      );
    }
    return resolve(modifier, rest, context, true);
  }
  // Without `:Type` the server follows the reference to whatever type it finds, so every type it may
  // point to must have the parameter (http://hl7.org/fhir/R4/search.html#chaining).
  const candidates = targets === anyTarget ? searchableResourceTypes() : targets;
  const lacking: string[] = [];
  for (const target of candidates) {
    try {
      resolve(target, rest, context, true);
    } catch (error) {
      if (candidates.length === 1) throw error;
      lacking.push(target);
    }
  }
  if (lacking.length > 0) {
    const having = candidates.filter((target) => !lacking.includes(target));
    throw refusal(
      context,
      `an untyped chain needs a parameter every target of ${code} has, and ${lacking.join(', ')} ${lacking.length === 1 ? 'does' : 'do'} not accept "${chain}"`,
      having.length === 0 ? ['a parameter of the target type'] : chainForms(code, having, chain),
    );
  }
  // The parser takes no prefix off an untyped chain's values, so they are kept as written.
  return unchecked;
}

function chainForms(code: string, targets: readonly string[] | typeof anyTarget, chain: string): string[] {
  if (targets === anyTarget) return [`${code}:[Type].${chain}`];
  return targets.slice(0, 5).map((target) => `${code}:${target}.${chain}`);
}

function resolveReverseChain(
  resourceType: string,
  modifier: string | undefined,
  chain: string | undefined,
  context: RuleContext,
): ResolvedName {
  const forms = ['_has:Type:reference:parameter=value', '_has:Observation:patient:code=1234-5'];
  const [source = '', reference, ...rest] = (modifier ?? '').split(':');
  if (!isKnownResourceType(source)) {
    throw refusal(context, `_has needs an R4 resource type first, not "${source}"`, forms);
  }
  if (reference === undefined || rest.length === 0 || rest[0] === '') {
    throw refusal(
      context,
      `_has has no reference segment: after ${source} it needs the reference back to ${resourceType}, then the parameter`,
      referencesTo(source, resourceType).map((code) => `_has:${source}:${code}:${reference ?? 'parameter'}`),
    );
  }
  const type = searchParameterType(source, reference);
  if (type !== SearchParameterType.Reference || !mayPointTo(source, reference, resourceType)) {
    const what =
      type === undefined
        ? 'is not an R4 search parameter'
        : type === SearchParameterType.Reference
          ? `cannot point to ${resourceType}`
          : `is a ${type} parameter, not a reference`;
    throw refusal(
      context,
      `${source} ${reference} ${what}`,
      referencesTo(source, resourceType).map((code) => `_has:${source}:${code}:${rest.join(':')}`),
    );
  }
  const restName = rest.join(':') + (chain === undefined ? '' : `.${chain}`);
  return resolve(source, splitEntryName(restName), context, true);
}

/** `; did you mean "name"?` for a near miss of a parameter R4 defines on the type (or a result parameter). */
function nearestParameter(resourceType: string, code: string): string {
  const suggestion = closestMatch(code, [...searchParameterCodes(resourceType), ...controlParameterCodes]);
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}
