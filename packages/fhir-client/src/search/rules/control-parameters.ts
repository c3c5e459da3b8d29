import { searchParameterType } from '../parameter-types.js';
import type { SearchParameterEntry, SearchValue } from '../search-query.js';
import { ContainedMode, ContainedType, SearchRules, SummaryMode, TotalMode } from '../vocabulary.js';
import { checkInclude } from './include-rules.js';
import { type RuleContext, refusal } from './rule-context.js';

/** Result parameters (http://hl7.org/fhir/R4/search.html#return): they shape the answer, not the match. */
export const controlParameterCodes: ReadonlySet<string> = new Set([
  '_count',
  '_sort',
  '_summary',
  '_total',
  '_elements',
  '_contained',
  '_containedType',
  '_include',
  '_revinclude',
]);

/**
 * Parameters every R4 server may take whose values R4 leaves to the server (`_text`, `_list`, `_filter`)
 * or that only shape the response format (`_format`, `_pretty`): accepted under every rule, values as written.
 */
export const generalParameterCodes: ReadonlySet<string> = new Set([
  '_text',
  '_list',
  '_filter',
  '_format',
  '_pretty',
]);

const closedValueSets: Readonly<Record<string, readonly string[]>> = {
  _summary: Object.values(SummaryMode),
  _total: Object.values(TotalMode),
  _contained: Object.values(ContainedMode),
  _containedType: Object.values(ContainedType),
};

const wholeNumber = /^\d+$/;
const sortKey = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;
const elementName = /^(?:[A-Z][A-Za-z]*\.)?[a-z][A-Za-z0-9]*$/;

/** Checks a result parameter's modifier and values against R4. */
export function checkControlParameter(
  resourceType: string,
  entry: SearchParameterEntry,
  context: RuleContext,
): void {
  const { code } = entry;
  if (code === '_include' || code === '_revinclude') {
    checkInclude(resourceType, entry, context);
    return;
  }
  if (entry.modifier !== undefined) {
    throw refusal(context, `${code} takes no :${entry.modifier} modifier`, [`${code}=value`]);
  }
  const texts = singlePartTexts(entry.values, context);
  if (code === '_count') {
    if (texts.length !== 1 || !wholeNumber.test(texts[0]!)) {
      throw refusal(context, 'not a page size', ['a whole number, 0 or more']);
    }
  } else if (code in closedValueSets) {
    const accepted = closedValueSets[code]!;
    if (texts.length !== 1 || !accepted.includes(texts[0]!)) {
      throw refusal(context, 'not one of the accepted values', accepted);
    }
  } else if (code === '_sort') {
    for (const key of texts) checkSortKey(resourceType, key, context);
  } else if (code === '_elements') {
    const bad = texts.find((name) => !elementName.test(name));
    if (bad !== undefined) {
      throw refusal(context, `"${bad}" is not an element name`, [
        'top-level element names, e.g. identifier,name',
      ]);
    }
  }
}

function checkSortKey(resourceType: string, key: string, context: RuleContext): void {
  if (!sortKey.test(key)) {
    throw refusal(context, `"${key}" is not a sort key`, [
      'a search parameter code, with - in front for descending',
    ]);
  }
  const code = key.startsWith('-') ? key.slice(1) : key;
  if (searchParameterType(resourceType, code) === undefined && context.rules === SearchRules.Strict) {
    throw refusal(context, `${resourceType} has no search parameter "${code}" to sort by`, [
      `a ${resourceType} search parameter, e.g. _lastUpdated or -_lastUpdated`,
      "rules: 'r4' to sort by a server-specific parameter",
    ]);
  }
}

// Result parameters take plain comma-separated words: a `|` or `$` in one is a mistake.
function singlePartTexts(values: readonly SearchValue[], context: RuleContext): string[] {
  return values.map((value) => {
    if (value.length !== 1 || value[0]!.parts.length !== 1 || value[0]!.parts[0] === '') {
      throw refusal(context, 'not a plain comma-separated list', [`${context.parameter}=a,b`]);
    }
    return value[0]!.parts[0]!;
  });
}
