import { entryName, type SearchParameterEntry } from '../search-query.js';
import { SearchRules } from '../vocabulary.js';
import { checkControlParameter } from './control-parameters.js';
import { resolveName } from './resolve-parameter.js';
import { type RuleContext, refusal } from './rule-context.js';
import { checkParameterValues } from './value-rules.js';

/**
 * The one check of a search pair that the builder and the parser both run: the name resolved against the
 * R4 table (parameter, modifier, chain, `_has`), then the values by the parameter's type. Dates are
 * checked by the date profile in every mode, elsewhere; `lenient` checks nothing here.
 * @throws SearchBuildError naming the parameter, the value, what is wrong and what is accepted.
 */
export function checkEntry(
  resourceType: string,
  entry: SearchParameterEntry,
  options: { readonly rules: SearchRules; readonly text: string },
): void {
  if (options.rules === SearchRules.Lenient) return;
  const context: RuleContext = { rules: options.rules, parameter: entryName(entry), value: options.text };
  const resolved = resolveName(resourceType, entry, context);
  if (resolved.kind === 'control') checkControlParameter(resourceType, entry, context);
  else if (resolved.kind === 'missing') checkMissing(entry, context);
  else if (resolved.kind === 'parameter') checkParameterValues(resolved, entry.values, context);
}

function checkMissing(entry: SearchParameterEntry, context: RuleContext): void {
  const [value, ...more] = entry.values;
  const text = value?.length === 1 && value[0]!.parts.length === 1 ? value[0]!.parts[0] : undefined;
  if (more.length > 0 || (text !== 'true' && text !== 'false')) {
    throw refusal(context, ':missing takes true or false', ['true', 'false']);
  }
}
