import type { MockResponse } from '../mock-exchange.js';
import { definitionOf } from './load-sql-database.js';
import type { SqlDatabaseDefinition } from './sql-mock-types.js';
import type { SqlService } from './sql-service.js';

const json = (status: number, body: unknown): MockResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

const noContent: MockResponse = { status: 204, headers: {}, body: '' };

function parse(body: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new TypeError('the body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TypeError('the body must be a JSON object');
  return value as Record<string, unknown>;
}

/** The SQL routes of the control API, as the usage text lists them. */
export const sqlControlRoutes =
  'PUT /__mock/sql/sites/{guid} (a database definition), PUT /__mock/sql/sites/{guid}/availability {"availability"}, POST /__mock/sql/sites/{guid}/queue-blocks {"forMs"}, GET /__mock/sql/queries, GET /__mock/sql/billed';

/**
 * The SQL side of the control API (`/__mock/sql/…`), for tests in other languages: define a site's
 * database (the `--sql-database` JSON form), change its availability, hold its queue, and read the
 * queries created and billed. Throws TypeError/RangeError for a bad request (the caller answers 400).
 */
export function handleSqlControlRequest(
  method: string,
  path: string,
  body: string,
  sql: SqlService,
): MockResponse {
  const site = /^\/sites\/([^/]+)(\/availability|\/queue-blocks)?$/.exec(path);
  const guid = site === null ? '' : decodeURIComponent(site[1] ?? '');
  const route = `${method} ${site === null ? path : `/sites/{guid}${site[2] ?? ''}`}`;
  switch (route) {
    case 'PUT /sites/{guid}': {
      const value = parse(body);
      let definition: SqlDatabaseDefinition;
      try {
        definition = definitionOf(value, 'the body');
      } catch (error) {
        throw new TypeError(error instanceof Error ? error.message : String(error));
      }
      sql.define(guid, definition);
      return noContent;
    }
    case 'PUT /sites/{guid}/availability':
      sql.setAvailability(guid, parse(body).availability as never);
      return noContent;
    case 'POST /sites/{guid}/queue-blocks': {
      const forMs = parse(body).forMs;
      if (typeof forMs !== 'number') throw new TypeError('"forMs" must be a number of milliseconds');
      sql.blockQueue(guid, { forMs });
      return json(201, { blocked: guid, forMs });
    }
    case 'GET /queries':
      return json(200, sql.queries());
    case 'GET /billed':
      return json(200, { billedQueries: sql.billedQueries() });
    default:
      return json(404, { error: `No control route ${method} /__mock/sql${path}: use ${sqlControlRoutes}` });
  }
}
