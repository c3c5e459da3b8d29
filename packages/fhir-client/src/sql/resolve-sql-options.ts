import { haloFhirBaseUrl } from '../client/halo-preset.js';
import { DEFAULT_MAX_RESPONSE_BYTES, positive, positiveInteger } from '../client/resolve-options.js';
import { InvalidClientOptionsError } from '../client/invalid-client-options-error.js';
import { systemClock, type Clock } from '../resilience/clock.js';
import { createResiliencePolicy, type ResiliencePolicy } from '../resilience/policy.js';
import type { SqlEngine } from './rewrite/sql-server-only.js';
import { type HaloSqlClientOptions, SqlRewriteMode } from './sql-client-options.js';

/** Default per-request timeout: an immediate query may execute for 60 s after waiting in the queue. */
export const DEFAULT_SQL_TIMEOUT_MS = 100_000;

/** Options of `createHaloSqlClient` with defaults applied and checked. */
export interface ResolvedSqlConfig {
  /** `{origin}/integrator/sites/{siteId}/`, always ending in `/`. */
  readonly siteBase: URL;
  /** The practice's Halo GUID: the policy's site key, the same one the FHIR client uses. */
  readonly site: string;
  readonly subscriptionKey: string | undefined;
  readonly policy: ResiliencePolicy;
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly clock: Clock;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly rewrite: SqlRewriteMode;
  readonly engine: SqlEngine | undefined;
  readonly polling: { readonly initialMs: number; readonly maxMs: number; readonly factor: number };
}

// A proxy may mount Halo under a prefix; the FHIR base of the site is accepted as well.
const siteBasePath = /^((?:\/.*)?\/integrator\/sites\/([^/]+))(?:\/fhir\/R4)?\/?$/;

/** Applies defaults and checks every option, throwing {@link InvalidClientOptionsError}. */
export function resolveSqlOptions(options: HaloSqlClientOptions): ResolvedSqlConfig {
  const given = [options.halo, options.baseUrl, options.fhirClient].filter((value) => value !== undefined);
  if (given.length !== 1) {
    throw new InvalidClientOptionsError(
      'halo',
      'name the practice with exactly one of halo ({ siteId, environment }), baseUrl or fhirClient.',
    );
  }
  const { siteBase, site } = resolveSite(options);
  const key = options.subscriptionKey;
  if (key !== undefined && (typeof key !== 'string' || key.trim() === '')) {
    throw new InvalidClientOptionsError(
      'subscriptionKey',
      'it is empty; pass the key issued for this environment.',
    );
  }
  const clock = options.clock ?? systemClock;
  const rewrite = options.rewrite ?? SqlRewriteMode.Auto;
  if (!Object.values(SqlRewriteMode).includes(rewrite)) {
    throw new InvalidClientOptionsError(
      'rewrite',
      `${JSON.stringify(rewrite)} is not 'auto', 'always' or 'never'.`,
    );
  }
  if (options.engine !== undefined && options.engine !== 'mssql' && options.engine !== 'fbsql') {
    throw new InvalidClientOptionsError(
      'engine',
      `${JSON.stringify(options.engine)} is not 'mssql' (SQL Server) or 'fbsql' (Firebird).`,
    );
  }
  const polling = {
    initialMs: positive('polling.initialMs', options.polling?.initialMs) ?? 1000,
    maxMs: positive('polling.maxMs', options.polling?.maxMs) ?? 30_000,
    factor: options.polling?.factor ?? 1.5,
  };
  if (!(polling.factor >= 1) || !Number.isFinite(polling.factor)) {
    throw new InvalidClientOptionsError(
      'polling.factor',
      `${String(polling.factor)} is not a number of at least 1.`,
    );
  }
  return {
    siteBase,
    site,
    subscriptionKey: key,
    policy: options.policy ?? options.fhirClient?.policy ?? createResiliencePolicy({ clock }),
    fetch: options.fetch,
    clock,
    timeoutMs: positive('timeoutMs', options.timeoutMs) ?? DEFAULT_SQL_TIMEOUT_MS,
    maxResponseBytes:
      positiveInteger('maxResponseBytes', options.maxResponseBytes) ?? DEFAULT_MAX_RESPONSE_BYTES,
    rewrite,
    engine: options.engine,
    polling,
  };
}

function resolveSite(options: HaloSqlClientOptions): { siteBase: URL; site: string } {
  if (options.halo !== undefined) {
    const { siteId } = options.halo;
    if (typeof siteId !== 'string' || siteId.trim() === '' || /[/?#\\]/.test(siteId)) {
      throw new InvalidClientOptionsError(
        'halo.siteId',
        `${JSON.stringify(siteId)} is not a Halo GUID; copy the practice's GUID from Halo.`,
      );
    }
    return fromBase('halo', haloFhirBaseUrl(options.halo));
  }
  const given = options.baseUrl ?? options.fhirClient?.baseUrl;
  const option = options.baseUrl === undefined ? 'fhirClient' : 'baseUrl';
  let url: URL;
  try {
    url = new URL(String(given));
  } catch {
    throw new InvalidClientOptionsError(option, `${JSON.stringify(String(given))} is not an absolute URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidClientOptionsError(option, `${url.protocol} is not http: or https:.`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new InvalidClientOptionsError(
      option,
      'give the site base alone (the key goes in subscriptionKey).',
    );
  }
  return fromBase(option, url);
}

function fromBase(option: string, url: URL): { siteBase: URL; site: string } {
  const match = siteBasePath.exec(url.pathname);
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new InvalidClientOptionsError(
      option,
      `${url.origin}${url.pathname} is not a Halo site: SQL passthrough needs {origin}/integrator/sites/{siteId}.`,
    );
  }
  return { siteBase: new URL(`${match[1]}/`, url.origin), site: decodeURIComponent(match[2]) };
}
