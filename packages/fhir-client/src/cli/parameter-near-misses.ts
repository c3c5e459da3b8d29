import { searchParameterCodes, searchParameterType } from '../search/parameter-types.js';
import { controlParameterCodes, generalParameterCodes } from '../search/rules/control-parameters.js';
import type { SearchQuery } from '../search/search-query.js';
import { closestMatch } from '../suggest/closest-match.js';

/**
 * Warnings for the parameters `--rules r4` keeps although R4 does not define them on the type, when
 * one R4 does define is a near miss (`nmae` for `name`): probably a typo, though a server may define
 * its own parameter by that name, so the query is still sent as written.
 */
export function nearMissParameters(query: SearchQuery): string[] {
  const { resourceType } = query;
  const known = () => [...searchParameterCodes(resourceType), ...controlParameterCodes];
  const warnings: string[] = [];
  for (const { code } of query.parameters) {
    if (controlParameterCodes.has(code) || generalParameterCodes.has(code) || code === '_has') continue;
    if (searchParameterType(resourceType, code) !== undefined) continue;
    const suggestion = closestMatch(code, known());
    if (suggestion === undefined) continue;
    warnings.push(
      `${resourceType} has no search parameter "${code}" in R4: did you mean "${suggestion}"? Sent as written, since --rules r4 keeps a server's own parameters (--rules strict refuses them)`,
    );
  }
  return warnings;
}
