import type { Resource } from 'fhir/r4.js';
import type { SearchEngine } from './search/search-engine.js';

/**
 * What the HTTP layer needs of a site's resource store (`server/store/`'s `ResourceStore` has
 * this shape); the store stamps `meta.versionId` and `meta.lastUpdated` on writes.
 */
export interface SiteStore {
  /** The current version of a resource, or undefined. */
  get(resourceType: string, id: string): Resource | undefined;
  /** One kept version by `meta.versionId`, or undefined. */
  getVersion(resourceType: string, id: string, versionId: string): Resource | undefined;
  /** Every kept version, oldest first (empty when unknown). */
  history(resourceType: string, id: string): readonly Resource[];
  /** Current versions of one type. */
  list(resourceType: string): readonly Resource[];
  /** Stores a new resource under a new id. Returns the stored resource. */
  create(resource: Resource): Resource;
  /**
   * Stores a new version; with `createIfMissing`, creates it under its id when absent. With
   * `ifMatchVersionId`, throws `VersionConflictError` unless that is the current version.
   */
  update(
    resource: Resource,
    options: { readonly createIfMissing?: boolean; readonly ifMatchVersionId?: string },
  ): { readonly resource: Resource; readonly created: boolean };
  /** Types that hold at least one resource. */
  types(): readonly string[];
}

/** One practice served by the mock server. */
export interface MockSite {
  /** The Halo GUID, lower case. */
  readonly guid: string;
  /** The practice's IANA time zone. */
  readonly timeZone: string;
  readonly store: SiteStore;
  readonly engine: SearchEngine;
}
