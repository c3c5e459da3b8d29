/** Halo Connect's environments; a subscription key works only in the one it was issued for. */
export const HaloEnvironment = {
  Production: 'production',
  Stage: 'stage',
} as const;
export type HaloEnvironment = (typeof HaloEnvironment)[keyof typeof HaloEnvironment];

/** The API origin of each {@link HaloEnvironment}. */
export const haloOrigins: Readonly<Record<HaloEnvironment, string>> = {
  production: 'https://api.haloconnect.io',
  stage: 'https://api.stage.haloconnect.io',
};

/** The Halo preset: which practice, in which environment (or behind which origin). */
export interface HaloSiteOptions {
  /** The practice's Halo GUID. */
  readonly siteId: string;
  /**
   * The Halo environment whose origin is used.
   * @default 'production'
   */
  readonly environment?: HaloEnvironment;
  /**
   * An origin that replaces the environment's (e.g. `http://127.0.0.1:4010` for the testkit's mock
   * server, or a proxy). Only its origin is used; the Halo path is appended.
   * @default the environment's origin
   */
  readonly origin?: string | URL;
}

// A proxy may mount Halo under a prefix (`/halo/integrator/sites/...`): the shape is what counts.
const haloBasePath = /^(?:\/.*)?\/integrator\/sites\/([^/]+)\/fhir\/R4\/?$/;

/** Halo's FHIR base of one practice: `{origin}/integrator/sites/{siteId}/fhir/R4/`. */
export function haloFhirBaseUrl(site: HaloSiteOptions): URL {
  const origin = new URL(site.origin ?? haloOrigins[site.environment ?? HaloEnvironment.Production]).origin;
  return new URL(`/integrator/sites/${encodeURIComponent(site.siteId)}/fhir/R4/`, origin);
}

/** The Halo GUID when `base` has Halo's FHIR path (`…/integrator/sites/{guid}/fhir/R4`), else undefined. */
export function haloSiteIdOf(base: URL): string | undefined {
  const match = haloBasePath.exec(base.pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}
