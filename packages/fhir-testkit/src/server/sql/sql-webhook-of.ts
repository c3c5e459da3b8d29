import { iso, statusAt } from './async-lifecycle.js';
import { timelineOfQuery } from './query-records.js';
import type { SqlState } from './sql-service.js';
import { type SignedSqlWebhook, signWebhook } from './webhooks.js';

/** The signed webhook of a finished async query or of a registered query's latest run. */
export function webhookOf(state: SqlState, queryId: string, secret: string): SignedSqlWebhook {
  const id = queryId.toLowerCase();
  const now = state.clock.now();
  const query = state.queries.get(id);
  const registered = state.registered.get(id);
  let occurredAt: number;
  if (query !== undefined && query.mode === 'async') {
    const timeline = timelineOfQuery(query, state.settings);
    if (now < timeline.terminal.at) {
      throw new RangeError(
        `server.sql.webhook: query ${queryId} has not finished (it is ${statusAt(timeline, now)})`,
      );
    }
    occurredAt = timeline.terminal.at;
  } else if (registered !== undefined) {
    const last = registered.runs.at(-1);
    if (last === undefined)
      throw new RangeError(`server.sql.webhook: registered query ${queryId} has not run yet`);
    occurredAt = last.at;
  } else {
    throw new RangeError(`server.sql.webhook: no async or registered query ${queryId}`);
  }
  const siteId = query?.siteGuid ?? registered?.siteGuid ?? '';
  return signWebhook(
    {
      id: state.nextId(),
      occurredAt: iso(occurredAt),
      siteId,
      queryId: id,
      webhookSource: query !== undefined ? 'async' : 'registered',
    },
    { secret, now },
  );
}
