/**
 * What the mock lets a client do with each resource type: one table, read by the router (which
 * answers 405 for the rest) and by the CapabilityStatement (which advertises exactly these).
 */

/** The FHIR type-level interactions the mock serves, as R4's `TypeRestfulInteraction` codes. */
export const TypeInteraction = {
  Read: 'read',
  Vread: 'vread',
  HistoryInstance: 'history-instance',
  HistoryType: 'history-type',
  SearchType: 'search-type',
  Create: 'create',
  Update: 'update',
} as const;
export type TypeInteraction = (typeof TypeInteraction)[keyof typeof TypeInteraction];

/** Types that accept create and update, as on Halo (Patient only). */
export const writableTypes: ReadonlySet<string> = new Set(['Patient']);

const everyType: readonly TypeInteraction[] = [
  TypeInteraction.Read,
  TypeInteraction.Vread,
  TypeInteraction.HistoryInstance,
  TypeInteraction.HistoryType,
  TypeInteraction.SearchType,
];

/** The interactions served for `resourceType`. */
export function interactionsOf(resourceType: string): readonly TypeInteraction[] {
  return writableTypes.has(resourceType)
    ? [...everyType, TypeInteraction.Create, TypeInteraction.Update]
    : everyType;
}

/**
 * R4 `versioning` of a type: every type keeps its versions (`vread`, `_history`, `ETag`); a
 * writable type also honours `If-Match` on update (`versioned-update`).
 */
export function versioningOf(resourceType: string): 'versioned' | 'versioned-update' {
  return writableTypes.has(resourceType) ? 'versioned-update' : 'versioned';
}
