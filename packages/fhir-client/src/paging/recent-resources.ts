import type { Reference, Resource } from 'fhir/r4.js';
import { withTrailingSlash } from './link-repair.js';
import { EntryRole, type ClassifiedEntry } from './page.js';
import { RecentMap } from './recent-keys.js';
import { lookUp, referenceText, ResourceIndex, stripHistory } from './resource-index.js';

/**
 * What `resolve` finds while paging, in bounded memory: every resource of the current page (matches,
 * includes, their contained resources), plus included resources of earlier pages: at most
 * `capacity`, always the last ⌈capacity / 2⌉ seen (an include seen again on a later page counts as
 * recent; see {@link RecentMap}). Matches of earlier pages are not kept: a search's matches rarely point at each other, and
 * keeping them is what made memory grow with the page count.
 */
export class RecentResources {
  readonly #base: string;
  #current: PageIndex;
  #currentEntries: readonly ClassifiedEntry[] = [];
  /** Earlier includes by `Type/id` and by `fullUrl`. */
  readonly #earlier: RecentMap<Resource>;

  constructor(base: URL, capacity: number) {
    this.#base = withTrailingSlash(base);
    this.#earlier = new RecentMap(capacity);
    this.#current = new PageIndex(base, []);
  }

  /** Keys of earlier pages' includes held now (at most two per resource, `capacity` resources). */
  get cachedKeys(): number {
    return this.#earlier.size;
  }

  /**
   * Makes a page the current one, with its own index (made by the caller as a {@link PageIndex});
   * the includes of the page it replaces move into the bounded cache.
   */
  setCurrentPage(entries: readonly ClassifiedEntry[], index: PageIndex): void {
    for (const entry of this.#currentEntries) if (entry.role === EntryRole.Include) this.#remember(entry);
    this.#currentEntries = entries;
    this.#current = index;
  }

  /** Resolves on the current page first, then among the cached earlier includes. */
  resolve(reference: string | Reference, options: { from?: Resource } = {}): Resource | undefined {
    return this.#current.resolve(reference, options) ?? this.resolveEarlier(reference);
  }

  /** Resolves among the cached includes of earlier pages only (never `#id`: those live on their page). */
  resolveEarlier(reference: string | Reference): Resource | undefined {
    const text = referenceText(reference);
    if (text === undefined || text.startsWith('#') || this.#earlier.size === 0) return undefined;
    return lookUp(this.#earlier, text, this.#base);
  }

  #remember(entry: ClassifiedEntry): void {
    const { key, fullUrl, resource } = entry;
    // No fullUrl, or the usual `{base}{Type/id}` (checked without building it): `Type/id` covers it.
    if (fullUrl === undefined || (key !== undefined && this.#isBasePlus(fullUrl, key))) {
      if (key !== undefined) this.#earlier.set(key, resource);
      return;
    }
    const alias = stripHistory(fullUrl);
    // The usual fullUrl is `{base}{Type/id}`, which a lookup of `Type/id` already covers.
    const covered = key === undefined || key === alias || alias === this.#base + key;
    this.#earlier.set(key === undefined ? alias : covered ? key : [key, alias], resource);
  }

  /** True when `fullUrl` is exactly the base followed by `key`, with no `/_history/` in it. */
  #isBasePlus(fullUrl: string, key: string): boolean {
    const base = this.#base;
    return (
      fullUrl.length === base.length + key.length &&
      fullUrl.startsWith(base) &&
      fullUrl.endsWith(key) &&
      !fullUrl.includes('/_history/')
    );
  }
}

/**
 * The index of one page's entries (and their contained resources), built on the first `resolve`:
 * a caller that never resolves (most loops) never pays for it.
 */
export class PageIndex {
  readonly #base: URL;
  #entries: readonly ClassifiedEntry[] | undefined;
  #index: ResourceIndex | undefined;

  constructor(base: URL, entries: readonly ClassifiedEntry[]) {
    this.#base = base;
    this.#entries = entries;
  }

  resolve(reference: string | Reference, options?: { from?: Resource }): Resource | undefined {
    if (this.#index === undefined) {
      this.#index = new ResourceIndex(this.#base);
      for (const entry of this.#entries ?? []) this.#index.add(entry.resource, entry.fullUrl, entry.key);
      this.#entries = undefined;
    }
    return this.#index.resolve(reference, options);
  }
}
