/**
 * The deepest nesting of arrays and objects a response body may have. FHIR resources nest a few
 * dozen levels at most (a Bundle entry's resource, its contained resources, nested questionnaire
 * items and extensions), so 256 is generous; a body nested deeper comes from a broken or hostile
 * server, and handing it on would overflow the stack of any recursive reader (`JSON.stringify`,
 * `structuredClone`, the caller's own code). The client refuses it with `InvalidResponseError`.
 */
export const MAX_RESPONSE_DEPTH = 256;

/**
 * True when `value` (parsed JSON) nests arrays and objects more than `maxDepth` levels deep. Recurses at
 * most `maxDepth` calls deep (never further, whatever the value) and stops at the first node past the
 * limit: it runs on every page the client reads.
 */
export function nestedDeeperThan(value: unknown, maxDepth: number): boolean {
  return typeof value === 'object' && value !== null && deeperThan(value, 1, maxDepth);
}

function deeperThan(node: object, depth: number, maxDepth: number): boolean {
  if (depth > maxDepth) return true;
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      const child: unknown = node[index];
      if (typeof child === 'object' && child !== null && deeperThan(child, depth + 1, maxDepth)) return true;
    }
    return false;
  }
  // Own values only, as JSON.parse made them (for-in would also visit inherited enumerable properties).
  const values = Object.values(node);
  for (let index = 0; index < values.length; index++) {
    const child: unknown = values[index];
    if (typeof child === 'object' && child !== null && deeperThan(child, depth + 1, maxDepth)) return true;
  }
  return false;
}
