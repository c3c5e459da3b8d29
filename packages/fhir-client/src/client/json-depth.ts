/**
 * The deepest nesting of arrays and objects a response body may have. FHIR resources nest a few
 * dozen levels at most (a Bundle entry's resource, its contained resources, nested questionnaire
 * items and extensions), so 256 is generous; a body nested deeper comes from a broken or hostile
 * server, and handing it on would overflow the stack of any recursive reader (`JSON.stringify`,
 * `structuredClone`, the caller's own code). The client refuses it with `InvalidResponseError`.
 */
export const MAX_RESPONSE_DEPTH = 256;

/**
 * True when `value` (parsed JSON) nests arrays and objects more than `maxDepth` levels deep. Walks
 * with its own stack, never recursion, and stops at the first node past the limit.
 */
export function nestedDeeperThan(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const nodes: object[] = [value];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth > maxDepth) return true;
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
