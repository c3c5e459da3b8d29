import { writableTypes } from './interactions.js';
import type { SqlInteraction } from './sql/sql-routing.js';

/** What a request asks for, once its path is understood. */
export type Route =
  | { readonly interaction: 'metadata' }
  | { readonly interaction: 'search'; readonly resourceType: string; readonly via: 'get' | 'post' }
  | { readonly interaction: 'read'; readonly resourceType: string; readonly id: string }
  | {
      readonly interaction: 'vread';
      readonly resourceType: string;
      readonly id: string;
      readonly versionId: string;
    }
  | { readonly interaction: 'history-instance'; readonly resourceType: string; readonly id: string }
  | { readonly interaction: 'history-type'; readonly resourceType: string }
  | { readonly interaction: 'create'; readonly resourceType: string }
  | { readonly interaction: 'update'; readonly resourceType: string; readonly id: string }
  | { readonly interaction: 'not-allowed'; readonly diagnostics: string }
  | { readonly interaction: 'not-found'; readonly diagnostics: string };

/** The interaction a request asks for (`search`, `read`, ..., or a SQL route's `sql-…`), as logged. */
export type Interaction = Route['interaction'] | SqlInteraction;

/** A path split into the site it addresses and the FHIR part after the base. */
export interface SitePath {
  /** The GUID as written in the path (undefined for the `basePath` mount, which serves the default site). */
  readonly siteGuid: string | undefined;
  /** The site's FHIR base path, e.g. `/integrator/sites/{guid}/fhir/R4`. */
  readonly basePath: string;
  /** Path segments after the base, URL-decoded. */
  readonly segments: readonly string[];
}

const haloBase = /^\/integrator\/sites\/([^/]+)\/fhir\/R4(?=\/|$)/;

/** The Halo-style FHIR base path of a site. */
export function haloBasePath(siteGuid: string): string {
  return `/integrator/sites/${siteGuid}/fhir/R4`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Malformed escapes (`%E0%A4%A`) stay as sent: no resource has such an id, so the route answers 404.
    return segment;
  }
}

function segmentsAfter(path: string, prefixLength: number): string[] {
  return path
    .slice(prefixLength)
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment);
}

/** Splits `path` into site and FHIR segments, or undefined when it is under no FHIR base. */
export function parseSitePath(path: string, basePath: string | undefined): SitePath | undefined {
  const halo = haloBase.exec(path);
  if (halo) {
    return {
      siteGuid: decodeSegment(halo[1] ?? ''),
      basePath: halo[0],
      segments: segmentsAfter(path, halo[0].length),
    };
  }
  if (basePath !== undefined && (path === basePath || path.startsWith(`${basePath}/`))) {
    return { siteGuid: undefined, basePath, segments: segmentsAfter(path, basePath.length) };
  }
  return undefined;
}

const resourceTypeName = /^[A-Z][A-Za-z]+$/;

/** `[type]/[id]/_history` and `[type]/[id]/_history/[vid]`: GET only. */
function historyRoute(method: string, type: string, id: string, versionId: string | undefined): Route {
  if (method !== 'GET') {
    return {
      interaction: 'not-allowed',
      diagnostics: `${method} is not allowed on ${type}/${id}/_history; use GET.`,
    };
  }
  return versionId === undefined
    ? { interaction: 'history-instance', resourceType: type, id }
    : { interaction: 'vread', resourceType: type, id, versionId };
}

/** The interaction a method and FHIR path segments ask for. */
export function routeOf(method: string, segments: readonly string[]): Route {
  const [first, second, third, fourth, ...more] = segments;
  if (first === 'metadata' && second === undefined) {
    return method === 'GET'
      ? { interaction: 'metadata' }
      : { interaction: 'not-allowed', diagnostics: `${method} is not allowed on metadata; use GET.` };
  }
  const unparsable: Route = {
    interaction: 'not-found',
    diagnostics: `Unable to parse Resource URL "${segments.join('/')}".`,
  };
  if (first === undefined || !resourceTypeName.test(first) || more.length > 0) return unparsable;
  if (third !== undefined) {
    if (third !== '_history' || second === undefined || second === '_search') return unparsable;
    return historyRoute(method, first, second, fourth);
  }
  if (second === undefined) {
    if (method === 'GET') return { interaction: 'search', resourceType: first, via: 'get' };
    if (method === 'POST' && writableTypes.has(first)) return { interaction: 'create', resourceType: first };
    return { interaction: 'not-allowed', diagnostics: `${method} ${first} is not supported by this server.` };
  }
  if (second === '_history') {
    return method === 'GET'
      ? { interaction: 'history-type', resourceType: first }
      : {
          interaction: 'not-allowed',
          diagnostics: `${method} is not allowed on ${first}/_history; use GET.`,
        };
  }
  if (second === '_search') {
    return method === 'POST'
      ? { interaction: 'search', resourceType: first, via: 'post' }
      : {
          interaction: 'not-allowed',
          diagnostics: `${first}/_search takes POST with a form body; use GET ${first}?... to search by GET.`,
        };
  }
  if (method === 'GET') return { interaction: 'read', resourceType: first, id: second };
  if (method === 'PUT' && writableTypes.has(first))
    return { interaction: 'update', resourceType: first, id: second };
  return {
    interaction: 'not-allowed',
    diagnostics: `${method} ${first}/${second} is not supported by this server.`,
  };
}
