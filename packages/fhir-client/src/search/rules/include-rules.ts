import { isKnownResourceType, searchParameterType } from '../parameter-types.js';
import { SearchParameterType } from '../search-parameter-definition.js';
import type { SearchParameterEntry } from '../search-query.js';
import { anyTarget, mayPointTo, referenceParameters, referencesTo, referenceTargets } from './r4-details.js';
import { type RuleContext, refusal } from './rule-context.js';

const wildcard = '*';

/**
 * Checks `_include` / `_revinclude` (http://hl7.org/fhir/R4/search.html#include): one
 * `Source:parameter[:Target]` per pair (`Source:*` for every reference), the parameter a reference of
 * Source, the Target one it may point to; without `:iterate`, an `_include` starts from the searched type
 * and a `_revinclude` comes back to it.
 */
export function checkInclude(resourceType: string, entry: SearchParameterEntry, context: RuleContext): void {
  const { code } = entry;
  const forms = [`${code}=Source:parameter`, `${code}=Source:parameter:Target`, `${code}=Source:*`];
  if (entry.modifier !== undefined && entry.modifier !== 'iterate') {
    throw refusal(context, `${code} takes no :${entry.modifier} modifier`, [code, `${code}:iterate`]);
  }
  const value = entry.values.length === 1 ? entry.values[0]! : undefined;
  if (value === undefined || value.length !== 1 || value[0]!.parts.length !== 1) {
    throw refusal(context, `one Source:parameter per ${code}; repeat ${code} for more`, forms);
  }
  const segments = value[0]!.parts[0]!.split(':');
  const [source = '', parameter = '', target] = segments;
  if (segments.length < 2 || segments.length > 3 || parameter === '' || target === '') {
    throw refusal(context, `names no search parameter of ${source || 'a source type'}`, forms);
  }
  if (!isKnownResourceType(source)) {
    throw refusal(context, `"${source}" is not an R4 resource type`, forms);
  }
  const iterate = entry.modifier === 'iterate';
  if (code === '_include' && !iterate && source !== resourceType) {
    throw refusal(context, `an _include without :iterate starts from ${resourceType}, not ${source}`, [
      `_include=${resourceType}:parameter`,
      `_include:iterate=${source}:${parameter}`,
    ]);
  }
  if (parameter === wildcard) {
    if (target !== undefined && !isKnownResourceType(target)) {
      throw refusal(context, `"${target}" is not an R4 resource type`, forms);
    }
    return;
  }
  checkReference(source, parameter, context, forms);
  if (target !== undefined && !mayPointTo(source, parameter, target)) {
    throw refusal(context, `${source} ${parameter} cannot point to ${target}`, targetsOf(source, parameter));
  }
  if (code === '_revinclude' && !iterate && !mayPointTo(source, parameter, resourceType)) {
    throw refusal(context, `${source} ${parameter} cannot point to ${resourceType}, so nothing comes back`, [
      ...referencesTo(source, resourceType).map((reference) => `_revinclude=${source}:${reference}`),
      `_revinclude:iterate=${source}:${parameter}`,
    ]);
  }
}

function checkReference(source: string, parameter: string, context: RuleContext, forms: string[]): void {
  const type = searchParameterType(source, parameter);
  if (type === SearchParameterType.Reference) return;
  const what = type === undefined ? 'not an R4 search parameter' : `a ${type} parameter`;
  throw refusal(context, `${source} ${parameter} is ${what}, not a reference`, [
    ...referenceParameters(source).map((reference) => `${context.parameter}=${source}:${reference}`),
    forms[2]!,
  ]);
}

function targetsOf(source: string, parameter: string): string[] {
  const targets = referenceTargets(source, parameter);
  return targets === anyTarget || targets === undefined ? ['any resource type'] : [...targets];
}
