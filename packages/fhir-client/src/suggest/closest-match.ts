/**
 * Edit distance between `a` and `b`: the fewest single-character insertions, deletions,
 * substitutions and swaps of two neighbours (optimal string alignment) that turn one into the other.
 * Case-sensitive; {@link closestMatch} compares case-insensitively.
 */
export function editDistance(a: string, b: string): number {
  // Three rolling rows: the swap of two neighbours looks two rows back.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current[j] = best;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The most edits a suggestion may be from what was typed: 1 up to 5 characters, 2 up to 8, else 3,
 * so a short word is not "corrected" into an unrelated one.
 */
export function suggestionLimit(given: string): number {
  return given.length <= 5 ? 1 : given.length <= 8 ? 2 : 3;
}

/**
 * The candidate closest to `given`, for a "did you mean" line: one that differs only in case first
 * (`patient` → `Patient`), else the one fewest edits away (see {@link editDistance}, compared
 * case-insensitively) within `suggestionLimit(given)` edits; the first in `candidates` order on a tie.
 * Undefined when `given` is itself a candidate or nothing is close enough.
 *
 * @example
 * closestMatch('Apointment', ['Appointment', 'Patient']); // 'Appointment'
 * closestMatch('max-page', ['max-pages', 'all']);          // 'max-pages'
 */
export function closestMatch(given: string, candidates: Iterable<string>): string | undefined {
  const lower = given.toLowerCase();
  const limit = suggestionLimit(given);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === given) return undefined;
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) {
      if (bestDistance > 0) [best, bestDistance] = [candidate, 0];
      continue;
    }
    // No need to align words whose lengths alone differ by more than the best so far.
    if (Math.abs(candidate.length - given.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidateLower);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
