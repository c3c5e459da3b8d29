import { haloErrors } from '../../fixtures/halo-errors.js';
import type { MockResponse } from '../mock-exchange.js';
import { statusAt } from './async-lifecycle.js';
import { type CommandOutcome, executeCommand } from './execute-command.js';
import type { SqlDatabaseError } from './sql-mock-types.js';
import { pagesOfQuery, queryBodyAt, type QueryState, timelineOfQuery } from './query-records.js';
import {
  catchUp,
  latestResult,
  registeredBodyAt,
  type RegisteredState,
  registeredStatusAt,
} from './registered-queries.js';
import { isInvalid, readQueryBody, readRegisteredBody, readStatusBody } from './request-body.js';
import { pageHeaders } from './result-pages.js';
import type { SiteDatabase } from './sql-databases.js';
import { sqlEnvelope, sqlJson } from './sql-responses.js';
import { SqlInteraction, type SqlRoute } from './sql-routing.js';
import type { SqlState } from './sql-service.js';

/** A response, and whether the request created a query. */
interface Handled {
  readonly response: MockResponse;
  readonly created: boolean;
}

const immediateLimitBytes = 8 * 1024 * 1024;

const answer = (response: MockResponse, created = false): Handled => ({ response, created });
const fixture = (f: {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}): MockResponse => ({
  status: f.status,
  headers: f.headers,
  body: f.body,
});

function catalogueOf(database: SiteDatabase, requested: string | undefined): string | undefined {
  if (requested === undefined) return database.defaultCatalogue;
  return database.catalogues.find((c) => c.name.toLowerCase() === requested.toLowerCase())?.name;
}

async function createQuery(
  state: SqlState,
  mode: 'immediate' | 'async',
  siteGuid: string,
  text: string,
  failWith: SqlDatabaseError | undefined,
): Promise<Handled> {
  const database = state.databases.get(siteGuid)!;
  const body = readQueryBody(text, mode);
  if (isInvalid(body)) return answer(sqlEnvelope(400, body.invalid));
  const catalogue = catalogueOf(database, body.catalogue);
  if (catalogue === undefined) {
    const names = database.catalogues.map((c) => c.name).join(', ');
    return answer(
      sqlEnvelope(400, `Catalogue '${body.catalogue}' does not exist at this site; it has ${names}.`),
    );
  }
  const now = state.clock.now();
  const offline = database.availability === 'offline';
  const unreachable = database.availability === 'unreachable';
  const outcome: CommandOutcome =
    failWith === undefined
      ? await executeCommand(database, state.handlersOf(siteGuid), {
          siteGuid,
          mode,
          command: body.command,
          catalogue,
        })
      : { ok: false, error: failWith, handler: undefined };
  const availabilityFailure = offline
    ? ('initialisationFailedSiteOffline' as const)
    : unreachable
      ? ('initialisationFailedSiteUnreachable' as const)
      : undefined;
  const query: QueryState = {
    id: state.nextId(),
    siteGuid,
    mode,
    body,
    catalogue,
    createdAt: now,
    requestSize: Buffer.byteLength(text, 'utf8'),
    outcome,
    failure: availabilityFailure ?? (mode === 'async' ? outcome.handler?.async?.fail : undefined),
    queueBlocks: state.queueBlocks.get(siteGuid) ?? [],
  };
  state.queries.set(query.id, query);
  const record = queryBodyAt(query, now, state.settings);
  if (mode === 'async') return answer(sqlJson(201, record), true);
  if (offline) return answer(fixture(haloErrors.siteOffline()), true);
  if (unreachable) return answer(fixture(haloErrors.siteUnreachable()), true);
  if (!outcome.ok) return answer(sqlJson(400, record), true);
  if (Number(record.resultSize ?? 0) > immediateLimitBytes)
    return answer(fixture(haloErrors.resultsTooLarge()), true);
  return answer(sqlJson(200, record), true);
}

function queryAt(state: SqlState, siteGuid: string, id: string | undefined): QueryState | undefined {
  const query = id === undefined ? undefined : state.queries.get(id.toLowerCase());
  return query?.siteGuid === siteGuid ? query : undefined;
}

function resultPage(state: SqlState, siteGuid: string, route: SqlRoute, stream: boolean): MockResponse {
  const query = queryAt(state, siteGuid, route.queryId);
  if (query === undefined) return sqlEnvelope(404, `Query ${route.queryId} was not found at this site.`);
  if (!/^\d+$/.test(route.page ?? '') || Number(route.page) < 1) {
    return sqlEnvelope(400, `The page number must be a whole number from 1, got '${route.page}'.`);
  }
  const now = state.clock.now();
  const timeline = timelineOfQuery(query, state.settings);
  const status = statusAt(timeline, now);
  if (query.mode !== 'async' || status !== 'successful') {
    return sqlEnvelope(
      404,
      `Query ${query.id} has no result pages: it is ${query.mode} and its status is ${status}.`,
    );
  }
  if (now >= timeline.terminal.at + state.settings.retentionMs) {
    return sqlEnvelope(
      410,
      `The results of query ${query.id} have expired and are no longer available; submit the query again.`,
    );
  }
  const pages = pagesOfQuery(query, state.settings);
  const page = pages[Number(route.page) - 1];
  if (page === undefined)
    return sqlEnvelope(404, `Query ${query.id} has ${pages.length} page(s), not page ${route.page}.`);
  const parameters = query.outcome.ok ? query.outcome.parameters : [];
  if (stream) return sqlJson(200, page.content ?? { parameters }, pageHeaders(page));
  const body = page.data === undefined ? { parameters } : { data: page.data, parameters };
  return sqlJson(200, body, pageHeaders(page));
}

async function registeredAt(
  state: SqlState,
  siteGuid: string,
  id: string | undefined,
): Promise<RegisteredState | undefined> {
  const query = id === undefined ? undefined : state.registered.get(id.toLowerCase());
  if (query?.siteGuid !== siteGuid) return undefined;
  await runDue(state, query);
  return query;
}

function runDue(state: SqlState, query: RegisteredState): Promise<void> {
  const database = state.databases.get(query.siteGuid)!;
  return catchUp(query, state.clock.now(), () =>
    executeCommand(database, state.handlersOf(query.siteGuid), {
      siteGuid: query.siteGuid,
      mode: 'registered',
      command: query.body.command,
      catalogue: query.catalogue,
    }),
  );
}

async function createRegistered(state: SqlState, siteGuid: string, text: string): Promise<Handled> {
  const body = readRegisteredBody(text);
  if (isInvalid(body)) return answer(sqlEnvelope(400, body.invalid));
  const query: RegisteredState = {
    id: state.nextId(),
    siteGuid,
    body,
    catalogue: state.databases.get(siteGuid)!.defaultCatalogue,
    createdAt: state.clock.now(),
    requestSize: Buffer.byteLength(text, 'utf8'),
    cancelledAt: undefined,
    runs: [],
    pending: Promise.resolve(),
  };
  state.registered.set(query.id, query);
  // The first run is due at creation; later runs are derived from the clock when the query is read.
  await runDue(state, query);
  return answer(sqlJson(202, { id: query.id }), true);
}

const notFound = (kind: string, id: string | undefined) =>
  sqlEnvelope(404, `${kind} ${id} was not found at this site.`);

/** Serves one SQL passthrough route for a known site. */
export async function respondToSql(
  state: SqlState,
  route: SqlRoute,
  siteGuid: string,
  text: string,
  failWith?: SqlDatabaseError,
): Promise<Handled> {
  const now = () => state.clock.now();
  const executionMs = state.settings.durations.executingMs;
  switch (route.interaction) {
    case SqlInteraction.Site: {
      const database = state.databases.get(siteGuid)!;
      return answer(
        sqlJson(200, {
          siteId: siteGuid,
          pmsType: database.pmsType,
          availability: database.availability,
          catalogue: database.catalogues,
        }),
      );
    }
    case SqlInteraction.Immediate:
      return createQuery(state, 'immediate', siteGuid, text, undefined);
    case SqlInteraction.Async:
      return createQuery(state, 'async', siteGuid, text, failWith);
    case SqlInteraction.Status: {
      const query = queryAt(state, siteGuid, route.queryId);
      return answer(
        query === undefined
          ? notFound('Query', route.queryId)
          : sqlJson(200, queryBodyAt(query, now(), state.settings)),
      );
    }
    case SqlInteraction.Statuses: {
      const ids = readStatusBody(text);
      if (isInvalid(ids)) return answer(sqlEnvelope(400, ids.invalid));
      const results = ids.map((queryId) => {
        const query = queryAt(state, siteGuid, queryId);
        return query === undefined
          ? { queryId, status: 'notFound' }
          : { queryId, status: 'found', query: queryBodyAt(query, now(), state.settings) };
      });
      return answer(sqlJson(200, { results }));
    }
    case SqlInteraction.Result:
    case SqlInteraction.ResultStream:
      return answer(resultPage(state, siteGuid, route, route.interaction === SqlInteraction.ResultStream));
    case SqlInteraction.RegisteredCreate:
      return createRegistered(state, siteGuid, text);
    case SqlInteraction.RegisteredList: {
      const mine = [...state.registered.values()].filter((q) => q.siteGuid === siteGuid);
      for (const query of mine) await runDue(state, query);
      return answer(
        sqlJson(200, { registeredQueries: mine.map((q) => registeredBodyAt(q, now(), executionMs)) }),
      );
    }
    case SqlInteraction.RegisteredGet: {
      const query = await registeredAt(state, siteGuid, route.queryId);
      return answer(
        query === undefined
          ? notFound('Registered query', route.queryId)
          : sqlJson(200, registeredBodyAt(query, now(), executionMs)),
      );
    }
    case SqlInteraction.RegisteredCancel: {
      const query = await registeredAt(state, siteGuid, route.queryId);
      if (query === undefined) return answer(notFound('Registered query', route.queryId));
      if (registeredStatusAt(query, now()) === 'enabled') query.cancelledAt = now();
      return answer({ status: 204, headers: {}, body: '' });
    }
    case SqlInteraction.RegisteredResult: {
      const query = await registeredAt(state, siteGuid, route.queryId);
      if (query === undefined) return answer(notFound('Registered query', route.queryId));
      const result = latestResult(query);
      if (result === undefined)
        return answer(sqlEnvelope(404, `Registered query ${query.id} has no successful run yet.`));
      const counts =
        result.rowsAffected === undefined ? { rows: result.rows } : { rowsAffected: result.rowsAffected };
      return answer(
        sqlJson(200, {
          data: result.data ?? null,
          parameters: result.parameters.length === 0 ? null : result.parameters,
          ...counts,
          size: result.size,
        }),
      );
    }
    case SqlInteraction.NotFound:
      return answer(fixture(haloErrors.operationNotFound()));
  }
}
