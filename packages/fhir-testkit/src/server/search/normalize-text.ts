const cache = new Map<string, string>();

/**
 * Lower-cases and strips diacritics, as FHIR string search is case- and accent-insensitive:
 * `Zoë` and `zoe` compare equal. Memoised, because stored names repeat a lot.
 */
export function normalizeText(value: string): string {
  let normalized = cache.get(value);
  if (normalized === undefined) {
    normalized = value
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
    if (cache.size > 200_000) cache.clear();
    cache.set(value, normalized);
  }
  return normalized;
}
