import { pmsEngines, type SqlEngine } from './rewrite/sql-server-only.js';
import type { SqlTransport } from './sql-transport.js';
import { isObject } from './query-state.js';

/** A practice's PMS as Halo names it. */
export const PmsType = {
  BestPractice: 'BestPractice',
  Zedmed: 'Zedmed',
  D4w: 'D4w',
} as const;
export type PmsType = (typeof PmsType)[keyof typeof PmsType];

/** One database of a site, as `catalogue` takes it. */
export interface SqlCatalogue {
  /** The database's name, e.g. `BPSPatients`. */
  readonly name: string;
  /** True for the database a query without `catalogue` runs on. */
  readonly isDefault: boolean;
}

/** The site endpoint's metadata (`GET …/integrator/sites/{siteId}`). */
export interface SiteInfo {
  /** `BestPractice`, `Zedmed`, `D4w`, or another name as sent; undefined when absent. */
  readonly pmsType: string | undefined;
  /** `online`, `offline`, `unreachable`, or another value as sent. */
  readonly availability: string | undefined;
  /** The databases a query may name in `catalogue`. */
  readonly catalogues: readonly SqlCatalogue[];
  /** The engine the PMS runs (`mssql` or `fbsql`; GUESS: Zedmed is Firebird); undefined for an unknown PMS. */
  readonly engine: SqlEngine | undefined;
  /** The body as received. */
  readonly record: Readonly<Record<string, unknown>>;
}

/** Reads the site endpoint. */
export async function readSiteInfo(
  transport: SqlTransport,
  signal: AbortSignal | undefined,
): Promise<SiteInfo> {
  const response = await transport.send({
    method: 'GET',
    path: '',
    interaction: 'sql-read',
    repeatable: true,
    signal,
  });
  const record = isObject(response.body) ? response.body : {};
  const pmsType = typeof record.pmsType === 'string' ? record.pmsType : undefined;
  const list = Array.isArray(record.catalogue)
    ? record.catalogue
    : Array.isArray(record.catalogues)
      ? record.catalogues
      : [];
  return {
    pmsType,
    availability: typeof record.availability === 'string' ? record.availability : undefined,
    catalogues: list.filter(isObject).map((entry) => ({
      name: String(entry.name ?? ''),
      isDefault: entry.isDefault === true,
    })),
    engine: pmsType === undefined ? undefined : pmsEngines[pmsType.toLowerCase()],
    record,
  };
}
