import { SearchParameterType } from '../search-parameter-definition.js';
import { ReferenceModifier, StringModifier, TokenModifier, UriModifier } from '../vocabulary.js';
import { anyTarget, referenceTargets } from './r4-details.js';

// R4's modifiers per parameter type (http://hl7.org/fhir/R4/search.html#modifiers), `:missing` aside,
// which every type takes. Date, number, quantity and composite values take a prefix instead.
const byType: Readonly<Record<SearchParameterType, readonly string[]>> = {
  string: Object.values(StringModifier),
  token: Object.values(TokenModifier),
  reference: [...Object.values(ReferenceModifier), 'identifier'],
  uri: Object.values(UriModifier),
  date: [],
  number: [],
  quantity: [],
  composite: [],
  special: [],
};

/**
 * The modifiers (besides `:missing`) parameter `code` of `resourceType` takes: its type's, plus, for a
 * reference, the types it may point to (`subject:Patient`). `'any'` for special parameters, whose
 * syntax R4 leaves to their definitions.
 */
export function allowedModifiers(
  resourceType: string,
  code: string,
  type: SearchParameterType,
): readonly string[] | 'any' {
  if (type === SearchParameterType.Special) return 'any';
  if (type !== SearchParameterType.Reference) return byType[type];
  const targets = referenceTargets(resourceType, code);
  return targets === anyTarget || targets === undefined
    ? byType.reference
    : [...byType.reference, ...targets];
}
