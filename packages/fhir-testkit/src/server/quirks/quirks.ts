/**
 * Halo's known issues, each one switchable. One table: the CapabilityStatement, the README and
 * the profile defaults all read from {@link quirkTable}.
 */
export const Quirk = {
  /** `next`/`previous` links lose `_include`/`_revinclude`, so later pages carry no included resources. */
  DropIncludeOnPaging: 'dropIncludeOnPaging',
  /** Inactive records are never returned, by search or by read. */
  OnlyActive: 'onlyActive',
  /** `meta.lastUpdated` is written with an offset, with `Z` or with no zone, depending on the resource type. */
  LastUpdatedForms: 'lastUpdatedForms',
  /** Date parameters accepted only as `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss`; anything else is a 400. */
  StrictDates: 'strictDates',
  /** `Ocp-Apim-Subscription-Key` is required; a missing or wrong key answers 401. */
  RequireSubscriptionKey: 'requireSubscriptionKey',
  /** An unknown site GUID answers 401 with no exception name (instead of 404). */
  UnknownSiteUnauthorized: 'unknownSiteUnauthorized',
} as const;
export type Quirk = (typeof Quirk)[keyof typeof Quirk];

/** Which quirks are on. */
export type QuirkSettings = Readonly<Record<Quirk, boolean>>;

/** A server profile: `halo` turns every quirk on, `fhir` behaves as a plain FHIR R4 server. */
export const ServerProfile = {
  /** Every Halo quirk on. */
  Halo: 'halo',
  /** Every quirk off: a plain FHIR R4 server. */
  Fhir: 'fhir',
} as const;
export type ServerProfile = (typeof ServerProfile)[keyof typeof ServerProfile];

/** What each quirk does, as Halo documents it. */
export const quirkTable: Readonly<Record<Quirk, { readonly description: string }>> = {
  dropIncludeOnPaging: {
    description:
      'Bundle next/previous links drop _include and _revinclude, so pages after the first carry no included resources.',
  },
  onlyActive: { description: 'Only active records are returned; inactive records are never served.' },
  lastUpdatedForms: {
    description:
      'meta.lastUpdated is written with a UTC offset, with Z, or with no zone at all, depending on the resource type.',
  },
  strictDates: {
    description:
      'Date search parameters accept only YYYY-MM-DD and YYYY-MM-DDThh:mm:ss; other forms answer 400.',
  },
  requireSubscriptionKey: {
    description:
      'Every request needs the Ocp-Apim-Subscription-Key header; a missing or wrong key answers 401.',
  },
  unknownSiteUnauthorized: { description: 'An unknown or inactive site GUID answers 401 Access denied.' },
};

const allQuirks = Object.values(Quirk);

/** The quirk settings a profile starts from. */
export function quirksForProfile(profile: ServerProfile): QuirkSettings {
  const on = profile === ServerProfile.Halo;
  return Object.fromEntries(allQuirks.map((quirk) => [quirk, on])) as Record<Quirk, boolean>;
}

/** Profile defaults with individual overrides applied. */
export function resolveQuirks(
  profile: ServerProfile,
  overrides: Partial<Record<Quirk, boolean>> = {},
): QuirkSettings {
  for (const key of Object.keys(overrides)) {
    if (!allQuirks.includes(key as Quirk)) {
      throw new TypeError(`Unknown quirk "${key}". Known quirks: ${allQuirks.join(', ')}.`);
    }
  }
  return Object.freeze({ ...quirksForProfile(profile), ...overrides });
}
