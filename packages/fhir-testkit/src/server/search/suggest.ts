import { closestMatch } from '@halo-fhir/fhir-client';

/**
 * ` Did you mean "birthdate"?` for a near miss (a case mistake first, else the fewest edits, by the
 * client's one suggester, `closestMatch`), else ''. Appended to rejections so a typo is fixed at a glance.
 */
export function didYouMean(given: string, known: readonly string[]): string {
  const suggestion = closestMatch(given, known);
  return suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
}
