import type { Bundle, OperationOutcome, Reference, Resource } from 'fhir/r4.js';
import type { LinkRepair } from './link-repair.js';

/** One `Bundle.link` as the server sent it. */
export interface PageLink {
  /** `self`, `next`, `previous`, … as the server wrote it. */
  readonly relation: string;
  /** The link's URL as the server wrote it (possibly relative). */
  readonly url: string;
}

/**
 * One page of a search. `matches` and `included` do not repeat a resource this search yielded
 * recently (across retries and resumes): a match within the last `dedupeWindowPages` pages, an
 * include among the last `resolveCacheSize` includes. `resolve` still finds those it skipped.
 */
export interface Page<T extends Resource = Resource> {
  /** 1 for the first page; counts on across resumes. */
  readonly number: number;
  /**
   * The URL fetched: for a page sent by POST, `[type]/_search` (its parameters went in the body).
   * Through the client, secrets (an echoed subscription key) are redacted, as in `links`, `next`
   * and `repairedLink`: these are what callers log.
   */
  readonly url: string;
  /** `POST` when the page was fetched as a `_search` form (personal data kept out of URLs), else `GET`. */
  readonly method: 'GET' | 'POST';
  /** The Bundle as received (after `meta.lastUpdated` normalisation when it is on; never redacted). */
  readonly bundle: Bundle;
  /** Entries of the searched type with `search.mode = match` (or with no mode): never a resource of another type. */
  readonly matches: readonly T[];
  /** Entries added by `_include` / `_revinclude` (mode `include`, or another type without a mode). */
  readonly included: readonly Resource[];
  /** OperationOutcomes the server added about the search (mode `outcome`): warnings, never errors. */
  readonly outcomes: readonly OperationOutcome[];
  /** `Bundle.total` when the server sent it. */
  readonly total: number | undefined;
  /** `Bundle.link` as sent (secrets redacted). */
  readonly links: readonly PageLink[];
  /** The server's `next` link as sent (before any repair; secrets redacted), or undefined on the last page. */
  readonly next: string | undefined;
  /** When the link that fetched this page had lost parameters of the search: what was restored. */
  readonly repairedLink: LinkRepair | undefined;
  /** `Type/id` of matches and includes left out because an earlier page (or run) already yielded them. */
  readonly skippedDuplicates: readonly string[];
  /**
   * Finds a resource by `Type/id`, absolute URL or `fullUrl` among this page's matches, includes
   * and contained resources, then among earlier pages' includes still in the bounded cache (at most
   * `resolveCacheSize`, always the most recently seen half); `#id` in `from`'s contained resources
   * (without `from`: when exactly one resource of this page contains that id).
   */
  resolve(reference: string | Reference, options?: { from?: Resource }): Resource | undefined;
}

/** The role of one Bundle entry in a search result. */
export const EntryRole = {
  /** A resource the search matched. */
  Match: 'match',
  /** A resource `_include`/`_revinclude` brought in. */
  Include: 'include',
  /** An OperationOutcome about the search (`search.mode = outcome`). */
  Outcome: 'outcome',
} as const;
export type EntryRole = (typeof EntryRole)[keyof typeof EntryRole];

/** One Bundle entry with its role decided. */
export interface ClassifiedEntry {
  /** What the entry is to the search. */
  readonly role: EntryRole;
  /** The entry's resource. */
  readonly resource: Resource;
  /** The entry's `fullUrl`, when it has one. */
  readonly fullUrl: string | undefined;
  /** `Type/id` of the resource (built once per entry), or undefined when it has no id. */
  readonly key: string | undefined;
}

/**
 * Sorts a search Bundle's entries into matches, includes and outcomes. Only a resource of the
 * searched type is ever a match (a type search matches nothing else, whatever the server marks).
 * Otherwise `search.mode` decides; without it (or for another type marked `match`), an
 * OperationOutcome is an outcome and anything else an include.
 */
export function classifyEntries(bundle: Bundle, resourceType: string): ClassifiedEntry[] {
  const classified: ClassifiedEntry[] = [];
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (resource === undefined) continue;
    const mode = entry.search?.mode;
    let role: EntryRole;
    const ofSearchedType = resource.resourceType === resourceType;
    if (mode === 'include' || mode === 'outcome' || (mode === 'match' && ofSearchedType)) role = mode;
    else if (ofSearchedType) role = EntryRole.Match;
    else if (resource.resourceType === 'OperationOutcome') role = EntryRole.Outcome;
    else role = EntryRole.Include;
    const key = resource.id === undefined ? undefined : `${resource.resourceType}/${resource.id}`;
    classified.push({ role, resource, fullUrl: entry.fullUrl, key });
  }
  return classified;
}

/** The links of a Bundle, and its `next`. */
export function bundleLinks(bundle: Bundle): { links: PageLink[]; next: string | undefined } {
  const links = (bundle.link ?? []).map((link) => ({ relation: link.relation, url: link.url }));
  return { links, next: links.find((link) => link.relation === 'next')?.url };
}
