import type { Reference, Resource } from 'fhir/r4.js';

/**
 * Finds resources seen while paging by the references that point at them: `Type/id` (a version
 * suffix `/_history/n` is ignored), an absolute URL under the base, a Bundle `fullUrl`
 * (`urn:uuid:…` too), or `#id` for a contained resource.
 */
export class ResourceIndex {
  readonly #base: string;
  readonly #byKey = new Map<string, Resource>();
  readonly #containedBy = new Map<Resource, Map<string, Resource>>();

  constructor(base: URL) {
    this.#base = base.href.endsWith('/') ? base.href : `${base.href}/`;
  }

  /**
   * Adds a resource (and the resources it contains) under its `Type/id` and its `fullUrl`. `key` is
   * its `Type/id` when the caller already built it (the pager does, once per entry).
   */
  add(resource: Resource, fullUrl?: string, key: string | undefined = resourceKey(resource)): void {
    if (key !== undefined) this.#byKey.set(key, resource);
    if (fullUrl !== undefined) this.#byKey.set(stripHistory(fullUrl), resource);
    const contained = (resource as { contained?: Resource[] }).contained;
    if (Array.isArray(contained) && contained.length > 0) {
      const byId = new Map<string, Resource>();
      for (const inner of contained) if (inner.id !== undefined) byId.set(inner.id, inner);
      this.#containedBy.set(resource, byId);
    }
  }

  /**
   * The resource a reference points at, or undefined when none seen so far matches. A `#id`
   * reference is looked up in `from` (the resource holding the reference); without `from` it
   * resolves only when exactly one resource seen so far contains that id.
   */
  resolve(reference: string | Reference, options: { from?: Resource } = {}): Resource | undefined {
    const text = referenceText(reference);
    if (text === undefined) return undefined;
    if (text.startsWith('#')) return this.#resolveContained(text.slice(1), options.from);
    return lookUp(this.#byKey, text, this.#base);
  }

  #resolveContained(id: string, from: Resource | undefined): Resource | undefined {
    if (from !== undefined) {
      const own = this.#containedBy.get(from)?.get(id);
      if (own !== undefined) return own;
      const contained = (from as { contained?: Resource[] }).contained;
      return Array.isArray(contained) ? contained.find((inner) => inner.id === id) : undefined;
    }
    const found = [...this.#containedBy.values()].flatMap((byId) => {
      const inner = byId.get(id);
      return inner === undefined ? [] : [inner];
    });
    return found.length === 1 ? found[0] : undefined;
  }
}

/** `Type/id` of a resource, or undefined when it has no id. */
export function resourceKey(resource: Resource): string | undefined {
  return resource.id === undefined ? undefined : `${resource.resourceType}/${resource.id}`;
}

/** The reference as text, or undefined when it is empty. */
export function referenceText(reference: string | Reference): string | undefined {
  const text = typeof reference === 'string' ? reference : reference.reference;
  return text === undefined || text.length === 0 ? undefined : text;
}

/** Looks a (non-`#`) reference up by its exact text, then relative to `base` (ending in `/`). */
export function lookUp<V>(
  byKey: { get(key: string): V | undefined },
  text: string,
  base: string,
): V | undefined {
  const exact = byKey.get(stripHistory(text));
  if (exact !== undefined) return exact;
  return text.startsWith(base) ? byKey.get(stripHistory(text.slice(base.length))) : undefined;
}

/** A reference without its `/_history/n` version suffix. */
export function stripHistory(reference: string): string {
  const at = reference.indexOf('/_history/');
  return at === -1 ? reference : reference.slice(0, at);
}
