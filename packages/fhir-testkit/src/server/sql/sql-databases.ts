import type {
  PmsType,
  SiteAvailability,
  SqlCatalogue,
  SqlDatabaseDefinition,
  SqlHandler,
} from './sql-mock-types.js';

/** A site's database as the mock serves it: the definition with its defaults applied. */
export interface SiteDatabase {
  readonly pmsType: PmsType;
  availability: SiteAvailability;
  readonly catalogues: readonly SqlCatalogue[];
  readonly defaultCatalogue: string;
  readonly handlers: readonly SqlHandler[];
}

/** The catalogue every site has unless its definition says otherwise. */
export const defaultCatalogues: readonly SqlCatalogue[] = [{ name: 'BPSPatients', isDefault: true }];

const pmsTypes = new Set(['BestPractice', 'Zedmed', 'D4w']);
const availabilities = new Set(['online', 'offline', 'unreachable']);

/** Applies defaults and checks a definition; throws a TypeError/RangeError saying what is wrong. */
export function resolveDefinition(siteGuid: string, definition: SqlDatabaseDefinition): SiteDatabase {
  const where = `server.sql.define(${siteGuid})`;
  const pmsType = definition.pmsType ?? 'BestPractice';
  if (!pmsTypes.has(pmsType))
    throw new RangeError(`${where}: pmsType must be BestPractice, Zedmed or D4w, got ${String(pmsType)}`);
  const availability = definition.availability ?? 'online';
  if (!availabilities.has(availability))
    throw new RangeError(
      `${where}: availability must be online, offline or unreachable, got ${String(availability)}`,
    );
  const catalogues = definition.catalogues ?? defaultCatalogues;
  if (catalogues.length === 0) throw new RangeError(`${where}: catalogues must name at least one catalogue`);
  const names = new Set<string>();
  for (const catalogue of catalogues) {
    if (typeof catalogue.name !== 'string' || catalogue.name === '')
      throw new TypeError(`${where}: every catalogue needs a non-empty name`);
    if (names.has(catalogue.name.toLowerCase()))
      throw new RangeError(`${where}: catalogue ${catalogue.name} is listed twice`);
    names.add(catalogue.name.toLowerCase());
  }
  const defaults = catalogues.filter((catalogue) => catalogue.isDefault === true);
  if (defaults.length > 1) throw new RangeError(`${where}: only one catalogue can be the default`);
  const handlers = definition.handlers ?? [];
  handlers.forEach((handler, index) => {
    const { match } = handler;
    const valid =
      typeof match === 'string' ||
      match instanceof RegExp ||
      (typeof match === 'object' && match !== null && typeof match.procedure === 'string');
    if (!valid)
      throw new TypeError(`${where}: handlers[${index}].match must be SQL text, a RegExp or { procedure }`);
    if (handler.result === undefined) throw new TypeError(`${where}: handlers[${index}] needs a result`);
  });
  const first = catalogues[0]!;
  return {
    pmsType,
    availability,
    catalogues: catalogues.map((c, i) => ({
      name: c.name,
      isDefault: defaults.length === 0 ? i === 0 : c.isDefault === true,
    })),
    defaultCatalogue: (defaults[0] ?? first).name,
    handlers,
  };
}

/** True when the site's database is SQL Server (T-SQL, the storedProcedure bug); false for Firebird. */
export function isSqlServer(database: Pick<SiteDatabase, 'pmsType'>): boolean {
  return database.pmsType !== 'Zedmed';
}
