import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SqlDatabaseDefinition, SqlHandler, SqlMatch } from './sql-mock-types.js';

/** Databases to define: one definition for every site, or one per site GUID. */
export type SqlDatabaseFile =
  | { readonly kind: 'every-site'; readonly definition: SqlDatabaseDefinition }
  | { readonly kind: 'per-site'; readonly sites: Readonly<Record<string, SqlDatabaseDefinition>> };

/** A database file the mock cannot use: the message names the file, the place and what to write. */
export class SqlDatabaseFileError extends Error {
  /** Always `'SqlDatabaseFileError'`. */
  override name = 'SqlDatabaseFileError';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON cannot hold a RegExp: `{ "regexp": "^SELECT", "flags": "i" }` stands for one. */
function matchOf(match: unknown, where: string): SqlMatch {
  if (typeof match === 'string' || match instanceof RegExp) return match;
  if (isObject(match) && typeof match.procedure === 'string') return { procedure: match.procedure };
  if (isObject(match) && typeof match.regexp === 'string') {
    try {
      return new RegExp(match.regexp, typeof match.flags === 'string' ? match.flags : '');
    } catch (error) {
      throw new SqlDatabaseFileError(
        `${where}.match.regexp is not a valid regular expression: ${(error as Error).message}`,
      );
    }
  }
  throw new SqlDatabaseFileError(
    `${where}.match must be SQL text, { "regexp": "...", "flags": "i" } or { "procedure": "dbo.name" }`,
  );
}

/** A definition from JSON (or a module's value), checked; `{ "regexp": … }` matches become RegExps. */
export function definitionOf(value: unknown, where: string): SqlDatabaseDefinition {
  if (!isObject(value))
    throw new SqlDatabaseFileError(
      `${where} must be an object with handlers, pmsType, availability or catalogues`,
    );
  const handlers = value.handlers ?? [];
  if (!Array.isArray(handlers)) throw new SqlDatabaseFileError(`${where}.handlers must be an array`);
  return {
    ...(value as SqlDatabaseDefinition),
    handlers: handlers.map((handler: unknown, index): SqlHandler => {
      const at = `${where}.handlers[${index}]`;
      if (!isObject(handler)) throw new SqlDatabaseFileError(`${at} must be an object with match and result`);
      if (handler.result === undefined)
        throw new SqlDatabaseFileError(`${at}.result is required (rows, scalar, rowsAffected or error)`);
      return { ...(handler as unknown as SqlHandler), match: matchOf(handler.match, at) };
    }),
  };
}

/** Reads what a database file (parsed JSON or a module's default export) defines. */
export function sqlDatabaseFileOf(value: unknown, file: string): SqlDatabaseFile {
  if (isObject(value) && isObject(value.sites)) {
    const sites = Object.fromEntries(
      Object.entries(value.sites).map(([guid, definition]) => [
        guid,
        definitionOf(definition, `${file}: sites["${guid}"]`),
      ]),
    );
    return { kind: 'per-site', sites };
  }
  return { kind: 'every-site', definition: definitionOf(value, file) };
}

/**
 * Loads a SQL database definition from a `.json` file, or from a module (`.js`, `.mjs`, or `.ts`
 * under a TypeScript loader) whose default export is the definition: handlers there may use RegExps
 * and functions. Either holds one definition for every site, or `{ "sites": { "<guid>": definition } }`.
 */
export async function loadSqlDatabaseFile(file: string): Promise<SqlDatabaseFile> {
  const path = resolve(file);
  if (extname(path).toLowerCase() === '.json') {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new SqlDatabaseFileError(`Cannot read ${file}: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new SqlDatabaseFileError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    return sqlDatabaseFileOf(json, file);
  }
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (error) {
    throw new SqlDatabaseFileError(`Cannot load ${file} as a module: ${(error as Error).message}`);
  }
  if (module.default === undefined)
    throw new SqlDatabaseFileError(`${file} has no default export (export default { handlers: [...] })`);
  return sqlDatabaseFileOf(module.default, file);
}
