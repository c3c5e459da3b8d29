import type { Resource } from 'fhir/r4.js';
import { formatOffset, offsetMinutesAt, zonedDateTime } from '../time-zone.js';
import { ownEntry } from '../search/own-entry.js';

/** How `meta.lastUpdated` is written. */
export const LastUpdatedForm = {
  /** Practice-local time with its offset: `2025-01-15T09:30:00+11:00`. */
  Offset: 'offset',
  /** UTC with `Z`: `2025-01-14T22:30:00Z`. */
  Utc: 'utc',
  /** Practice-local wall-clock time with no zone: `2025-01-15T09:30:00` (not a valid FHIR instant). */
  None: 'none',
} as const;
export type LastUpdatedForm = (typeof LastUpdatedForm)[keyof typeof LastUpdatedForm];

/**
 * Which resource type gets which form when the `lastUpdatedForms` quirk is on. Types not listed
 * are written in UTC with `Z`. The README documents this table.
 */
export const lastUpdatedFormByResourceType: Readonly<Record<string, LastUpdatedForm>> = {
  Patient: LastUpdatedForm.Offset,
  Appointment: LastUpdatedForm.Offset,
  Practitioner: LastUpdatedForm.None,
  PractitionerRole: LastUpdatedForm.None,
  Encounter: LastUpdatedForm.None,
};

/** The form a resource type's `meta.lastUpdated` takes under the quirk. */
export function lastUpdatedFormFor(resourceType: string): LastUpdatedForm {
  return ownEntry(lastUpdatedFormByResourceType, resourceType) ?? LastUpdatedForm.Utc;
}

/** Writes the instant `epochMs` in `form`, practice-local forms in `timeZone`. */
export function formatLastUpdated(epochMs: number, form: LastUpdatedForm, timeZone: string): string {
  switch (form) {
    case LastUpdatedForm.Utc:
      return `${new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(0, 19)}Z`;
    case LastUpdatedForm.None:
      return zonedDateTime(epochMs, timeZone);
    case LastUpdatedForm.Offset:
      return `${zonedDateTime(epochMs, timeZone)}${formatOffset(offsetMinutesAt(Math.floor(epochMs / 1000) * 1000, timeZone))}`;
  }
}

/**
 * A copy of `resource` with `meta.lastUpdated` rewritten in its type's form. A resource with no
 * parseable `lastUpdated` is returned unchanged: the quirk changes how a time is written, never
 * whether it is there.
 */
export function applyLastUpdatedForm<T extends Resource>(resource: T, timeZone: string): T {
  const lastUpdated = resource.meta?.lastUpdated;
  if (lastUpdated === undefined) return resource;
  const epochMs = Date.parse(lastUpdated);
  if (Number.isNaN(epochMs)) return resource;
  const form = lastUpdatedFormFor(resource.resourceType);
  return { ...resource, meta: { ...resource.meta, lastUpdated: formatLastUpdated(epochMs, form, timeZone) } };
}
