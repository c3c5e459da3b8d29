/**
 * JSON paths of every empty array, empty object and empty string under `value`. FHIR JSON forbids
 * all three (R4 json.html: an element has a value or children, arrays are never empty, and a string
 * is never `""`).
 */
export function emptyValuePaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return value === '' ? [path] : [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [path];
    return value.flatMap((item, index) => emptyValuePaths(item, `${path}[${index}]`));
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [path];
    return entries.flatMap(([key, child]) => emptyValuePaths(child, `${path}.${key}`));
  }
  return [];
}
