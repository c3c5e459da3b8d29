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
  if (typeof value !== 'object' || value === null) return false;
  inheritsNothing = !hasEnumerableProperty(Object.prototype);
  return deeperThan(value, 1, maxDepth);
}

/** False while Object.prototype has an enumerable property, so for-in needs an own-property check. */
let inheritsNothing = true;

function hasEnumerableProperty(object: object): boolean {
  for (const _ in object) return true;
  return false;
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
  // Own values only. for-in allocates nothing, and on what JSON.parse made it visits exactly the own
  // properties unless a library has added enumerable properties to Object.prototype (checked per call).
  const ownOnly = inheritsNothing;
  for (const key in node) {
    if (!ownOnly && !Object.hasOwn(node, key)) continue;
    const child: unknown = (node as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && deeperThan(child, depth + 1, maxDepth)) return true;
  }
  return false;
}
