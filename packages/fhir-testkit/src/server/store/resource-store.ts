import type { Resource } from 'fhir/r4.js';
import { InvalidResourceError, ResourceNotFoundError, VersionConflictError } from './store-errors.js';

/** Where the store reads "now" for `meta.lastUpdated`: any object with `now()` in epoch ms (e.g. the server's `Clock`). */
export interface StoreClock {
  /** The current time, epoch ms. */
  now(): number;
}

/** Options of {@link createResourceStore}. */
export interface ResourceStoreOptions {
  /** Stamps `meta.lastUpdated` of created and updated resources. @default Date.now */
  readonly clock?: StoreClock;
  /** Resources to seed the store with, as {@link ResourceStore.add} takes them. @default [] */
  readonly resources?: Iterable<Resource>;
}

/** Options of {@link ResourceStore.update}. */
export interface UpdateOptions {
  /** Refuse the update with `VersionConflictError` unless the current `meta.versionId` is this (If-Match). */
  readonly ifMatchVersionId?: string;
  /** When the resource does not exist: create it with the given id (FHIR update-as-create). @default false */
  readonly createIfMissing?: boolean;
  /**
   * When the change happened (epoch ms), stamped as `meta.lastUpdated` instead of the clock's now:
   * the live practice replays the changes of an interval at their own times. Must be no later than
   * now and no earlier than the current version's `lastUpdated` (a RangeError otherwise).
   * @default the clock's now
   */
  readonly at?: number;
}

/** A stored version: it always has an id and `meta.versionId`/`meta.lastUpdated`. */
export type Stored<T extends Resource> = T & {
  readonly id: string;
  readonly meta: NonNullable<Resource['meta']>;
};

/** The outcome of an update: the stored version and whether it was created. */
export interface UpdateResult<T extends Resource = Resource> {
  /** The resource as stored, with its new `meta`. */
  readonly resource: Stored<T>;
  /** True when the update created the resource (it did not exist). */
  readonly created: boolean;
}

/**
 * An in-memory versioned store of one site's resources. Every stored version is frozen; callers
 * get the same object back from `get`, `list` and search, so it must never be mutated.
 */
export interface ResourceStore {
  /**
   * Stores a resource as given (seeding): keeps its id and `meta`, defaults `versionId` to `'1'` and
   * `lastUpdated` to now. Replaces any current version with the same id as a new version.
   */
  add<T extends Resource>(resource: T): Stored<T>;
  /** The current version, or undefined. */
  get(resourceType: string, id: string): Resource | undefined;
  /** One version by `meta.versionId`, or undefined. */
  getVersion(resourceType: string, id: string, versionId: string): Resource | undefined;
  /** Every version, oldest first (empty when unknown). */
  history(resourceType: string, id: string): readonly Resource[];
  /** Current versions of one type, in insertion order. The array is shared: do not mutate. */
  list(resourceType: string): readonly Resource[];
  /** Types that hold at least one resource. */
  types(): readonly string[];
  /** Creates a resource with a new id (any id given is replaced), `versionId` `'1'` and `lastUpdated` now. */
  create<T extends Resource>(resource: T): Stored<T>;
  /** Stores a new version of an existing resource: `versionId` + 1, `lastUpdated` now. */
  update<T extends Resource>(resource: T, options?: UpdateOptions): UpdateResult<T>;
  /** Number of current resources. */
  readonly size: number;
  /** Changes whenever any resource of `resourceType` changes; caches keyed by it stay valid until then. */
  generationOf(resourceType: string): number;
  /**
   * Ids of `resourceType` written since `generationOf` returned `generation`, in write order (an id
   * may repeat), so caches can refresh only those. Undefined when `generation` is not one it gave.
   */
  changedSince(resourceType: string, generation: number): readonly string[] | undefined;
}

const idPattern = /^[A-Za-z0-9\-.]{1,64}$/;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

interface TypeTable {
  readonly versions: Map<string, Resource[]>;
  generation: number;
  /** Id written at each generation: `log[g]` is the write that made generation `g + 1`. */
  readonly log: string[];
  listCache: Resource[] | undefined;
}

/** Creates an empty (or seeded) {@link ResourceStore}. */
export function createResourceStore(options: ResourceStoreOptions = {}): ResourceStore {
  const clock = options.clock ?? { now: () => Date.now() };
  const tables = new Map<string, TypeTable>();
  let size = 0;
  let nextId = 1;

  const table = (resourceType: string): TypeTable => {
    let t = tables.get(resourceType);
    if (t === undefined) {
      t = { versions: new Map(), generation: 0, log: [], listCache: undefined };
      tables.set(resourceType, t);
    }
    return t;
  };

  const validate = (resource: Resource, needId: boolean): void => {
    if (resource === null || typeof resource !== 'object' || typeof resource.resourceType !== 'string') {
      throw new InvalidResourceError('A resource must be an object with a resourceType');
    }
    if (needId && (resource.id === undefined || !idPattern.test(resource.id))) {
      throw new InvalidResourceError(
        `${resource.resourceType}.id ${JSON.stringify(resource.id)} is not a FHIR id: use 1-64 of A-Z a-z 0-9 - .`,
      );
    }
  };

  const put = <T extends Resource>(resource: T): Stored<T> => {
    const frozen = deepFreeze(resource) as Stored<T>;
    const t = table(frozen.resourceType);
    const id = frozen.id as string;
    const versions = t.versions.get(id);
    if (versions === undefined) {
      t.versions.set(id, [frozen]);
      size += 1;
    } else {
      versions.push(frozen);
    }
    t.log.push(id);
    t.generation += 1;
    t.listCache = undefined;
    return frozen;
  };

  const stamp = <T extends Resource>(resource: T, versionId: string, at = clock.now()): T => {
    const copy = structuredClone(resource);
    copy.meta = { ...copy.meta, versionId, lastUpdated: new Date(at).toISOString() };
    return copy;
  };

  /** The instant an update is stamped with: `at` when given and in order, else now. */
  const stampTime = (current: Resource | undefined, at: number | undefined): number => {
    if (at === undefined) return clock.now();
    const previous = Date.parse(current?.meta?.lastUpdated ?? '');
    if (!Number.isFinite(at) || at > clock.now() || previous > at) {
      throw new RangeError(
        `update at ${at}: a change is stamped no later than now (${clock.now()}) and no earlier than the current version (${current?.meta?.lastUpdated})`,
      );
    }
    return at;
  };

  const store: ResourceStore = {
    add(resource) {
      validate(resource, true);
      const meta = resource.meta ?? {};
      if (meta.versionId !== undefined && meta.lastUpdated !== undefined) return put(resource);
      const current = store.get(resource.resourceType, resource.id as string);
      const versionId = meta.versionId ?? String(Number(current?.meta?.versionId ?? 0) + 1);
      return put({
        ...resource,
        meta: { ...meta, versionId, lastUpdated: meta.lastUpdated ?? new Date(clock.now()).toISOString() },
      });
    },
    get(resourceType, id) {
      const versions = tables.get(resourceType)?.versions.get(id);
      return versions?.[versions.length - 1];
    },
    getVersion(resourceType, id, versionId) {
      return tables
        .get(resourceType)
        ?.versions.get(id)
        ?.find((v) => v.meta?.versionId === versionId);
    },
    history(resourceType, id) {
      return tables.get(resourceType)?.versions.get(id)?.slice() ?? [];
    },
    list(resourceType) {
      const t = tables.get(resourceType);
      if (t === undefined) return [];
      if (t.listCache === undefined) {
        t.listCache = [];
        for (const versions of t.versions.values())
          t.listCache.push(versions[versions.length - 1] as Resource);
      }
      return t.listCache;
    },
    types() {
      return [...tables.entries()].filter(([, t]) => t.versions.size > 0).map(([type]) => type);
    },
    create(resource) {
      validate(resource, false);
      const t = table(resource.resourceType);
      let id = String(nextId++);
      while (t.versions.has(id)) id = String(nextId++);
      return put(stamp({ ...resource, id }, '1'));
    },
    update(resource, updateOptions = {}) {
      validate(resource, true);
      const id = resource.id as string;
      const current = store.get(resource.resourceType, id);
      const at = stampTime(current, updateOptions.at);
      if (current === undefined) {
        if (updateOptions.createIfMissing !== true)
          throw new ResourceNotFoundError(resource.resourceType, id);
        return { resource: put(stamp(resource, '1', at)), created: true };
      }
      const currentVersion = current.meta?.versionId ?? '1';
      const expected = updateOptions.ifMatchVersionId;
      if (expected !== undefined && expected !== currentVersion) {
        throw new VersionConflictError(resource.resourceType, id, expected, currentVersion);
      }
      const next = Number.isInteger(Number(currentVersion))
        ? String(Number(currentVersion) + 1)
        : `${currentVersion}.1`;
      return { resource: put(stamp(resource, next, at)), created: false };
    },
    get size() {
      return size;
    },
    generationOf(resourceType) {
      return tables.get(resourceType)?.generation ?? 0;
    },
    changedSince(resourceType, generation) {
      const log = tables.get(resourceType)?.log ?? [];
      if (!Number.isInteger(generation) || generation < 0 || generation > log.length) return undefined;
      return log.slice(generation);
    },
  };
  for (const resource of options.resources ?? []) store.add(resource);
  return store;
}
