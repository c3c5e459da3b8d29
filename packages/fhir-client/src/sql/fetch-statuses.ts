import type { SqlContext } from './sql-context.js';
import { isObject, queryStateOf, type SqlQueryState } from './query-state.js';

/** Most ids per `POST …/queries/status` (Halo publishes no limit; kept modest). */
export const STATUS_BATCH_SIZE = 100;

/**
 * Reads the status of each id: one `GET …/queries/{id}` for a single id, else `POST …/queries/status`
 * in batches. An id Halo does not know maps to undefined. Status reads are retried freely.
 */
export async function fetchStatuses(
  context: SqlContext,
  ids: readonly string[],
  signal: AbortSignal | undefined,
): Promise<Map<string, SqlQueryState | undefined>> {
  const states = new Map<string, SqlQueryState | undefined>();
  if (ids.length === 1) {
    const id = ids[0] as string;
    states.set(id, await fetchStatus(context, id, signal));
    return states;
  }
  for (let start = 0; start < ids.length; start += STATUS_BATCH_SIZE) {
    const batch = ids.slice(start, start + STATUS_BATCH_SIZE);
    const response = await context.transport.send({
      method: 'POST',
      path: 'queries/status',
      interaction: 'sql-read',
      json: { queryIds: batch },
      repeatable: true,
      signal,
    });
    const results =
      isObject(response.body) && Array.isArray(response.body.results) ? response.body.results : [];
    for (const id of batch) states.set(id, undefined);
    for (const entry of results.filter(isObject)) {
      const id = typeof entry.queryId === 'string' ? entry.queryId : undefined;
      if (id === undefined || !states.has(id)) continue;
      states.set(
        id,
        entry.status === 'found' && isObject(entry.query) ? queryStateOf(id, entry.query) : undefined,
      );
    }
  }
  return states;
}

/** One query's status; undefined when Halo answers 404 (no such query at this site). */
export async function fetchStatus(
  context: SqlContext,
  id: string,
  signal: AbortSignal | undefined,
  check?: (state: SqlQueryState) => void,
): Promise<SqlQueryState | undefined> {
  try {
    const response = await context.transport.send({
      method: 'GET',
      path: `queries/${encodeURIComponent(id)}`,
      interaction: 'sql-read',
      repeatable: true,
      signal,
      ...(check === undefined
        ? {}
        : { check: (answer) => check(queryStateOf(id, isObject(answer.body) ? answer.body : {})) }),
    });
    return queryStateOf(id, isObject(response.body) ? response.body : {});
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return undefined;
    throw error;
  }
}
