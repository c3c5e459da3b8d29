import type { SearchParameterEntry } from '../search-query.js';
import { SearchRules } from '../vocabulary.js';
import { checkControlParameter } from './control-parameters.js';
import { type ResolvedName, resolveName } from './resolve-parameter.js';
import { type RuleContext, refusal } from './rule-context.js';
import { checkParameterValues } from './value-rules.js';

/**
 * The one check of a search pair (`name` and `text` as written, `entry` as parsed) that the builder and the parser both run: the name resolved against the
 * R4 table (parameter, modifier, chain, `_has`), then the values by the parameter's type. Dates are
 * checked by the date profile in every mode, elsewhere; `lenient` checks nothing here.
 * @throws SearchBuildError naming the parameter, the value, what is wrong and what is accepted.
 */
export function checkEntry(
  resourceType: string,
  entry: SearchParameterEntry,
  options: { readonly rules: SearchRules; readonly name: string; readonly text: string },
): void {
  if (options.rules === SearchRules.Lenient) return;
  const context: RuleContext = { rules: options.rules, parameter: options.name, value: options.text };
  const resolved = resolveCached(resourceType, entry, context);
  if (resolved.kind === 'control') checkControlParameter(resourceType, entry, context);
  else if (resolved.kind === 'missing') checkMissing(entry, context);
  else if (resolved.kind === 'parameter') checkParameterValues(resolved, entry.values, context);
}

// A name resolves the same way whatever its value, so a success is kept (names come from the small set a
// program uses; the bound keeps one that invents names from growing it without end). Refusals are not
// kept: their message names the value.
const resolvedNames = new Map<string, ResolvedName>();
const resolvedNamesLimit = 2048;

function resolveCached(
  resourceType: string,
  entry: SearchParameterEntry,
  context: RuleContext,
): ResolvedName {
  const key = `${context.rules}|${resourceType}|${context.parameter}`;
  let resolved = resolvedNames.get(key);
  if (resolved === undefined) {
    resolved = resolveName(resourceType, entry, context);
    if (resolvedNames.size >= resolvedNamesLimit) resolvedNames.clear();
    resolvedNames.set(key, resolved);
  }
  return resolved;
}

function checkMissing(entry: SearchParameterEntry, context: RuleContext): void {
  const [value, ...more] = entry.values;
  const text = value?.length === 1 && value[0]!.parts.length === 1 ? value[0]!.parts[0] : undefined;
  if (more.length > 0 || (text !== 'true' && text !== 'false')) {
    throw refusal(context, ':missing takes true or false', ['true', 'false']);
  }
}
