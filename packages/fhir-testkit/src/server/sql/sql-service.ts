import type { Clock } from '../clock.js';
import type { MockResponse } from '../mock-exchange.js';
import type { LifecycleDurations } from './async-lifecycle.js';
import type { QueryState, RecordSettings } from './query-records.js';
import type { RegisteredState } from './registered-queries.js';
import { registeredStatusAt } from './registered-queries.js';
import { statusAt } from './async-lifecycle.js';
import { timelineOfQuery } from './query-records.js';
import { respondToSql } from './sql-route-handlers.js';
import { webhookOf } from './sql-webhook-of.js';
import { resolveDefinition, type SiteDatabase } from './sql-databases.js';
import type {
  MockSqlOptions,
  MockSqlView,
  SqlDatabaseError,
  SqlHandler,
  SqlQueryRecord,
} from './sql-mock-types.js';
import type { SqlRoute } from './sql-routing.js';
import { billedInteractions, SqlInteraction } from './sql-routing.js';
import type { FaultDecision } from '../faults/fault-rule.js';
import { FaultKind } from '../faults/fault-kind.js';

/** What the SQL side of the mock needs from the backend. */
export interface SqlServiceConfig {
  readonly clock: Clock;
  readonly options: MockSqlOptions | undefined;
  /** Lower-case GUIDs of the sites served. */
  readonly siteGuids: readonly string[];
  /** The built-in demo database's handlers for a site (they read the site's resource store). */
  readonly demoHandlers: (siteGuid: string) => readonly SqlHandler[];
}

/** A response to a SQL route, and whether it created (billed) a query. */
export interface SqlAnswer {
  readonly response: MockResponse;
  readonly billed: boolean;
}

/** The SQL passthrough side of the mock: the public view plus what the request core calls. */
export interface SqlService extends MockSqlView {
  /** Serves a SQL route; `failWith` makes a created async query fail with that database error. */
  respond(route: SqlRoute, siteGuid: string, body: string, failWith?: SqlDatabaseError): Promise<SqlAnswer>;
  /**
   * The database error a fault decision carries when it belongs in an async query's status rather
   * than on its POST (a practitioner-away fault); undefined for every other route and fault.
   */
  deferredError(route: SqlRoute, decision: FaultDecision): SqlDatabaseError | undefined;
  /** What fault predicates see of a SQL request: the command text, and the practitioners its parameters name. */
  faultFields(body: string): { readonly queryText: string; readonly practitionerIds: readonly string[] };
}

/** Shared state of the SQL routes of one mock. */
export interface SqlState {
  readonly clock: Clock;
  readonly settings: RecordSettings & { readonly retentionMs: number };
  readonly databases: Map<string, SiteDatabase>;
  readonly queries: Map<string, QueryState>;
  readonly registered: Map<string, RegisteredState>;
  /** Intervals (epoch ms) when each site's Halo Link queue is held; kept across `define`. */
  readonly queueBlocks: Map<string, { readonly from: number; readonly to: number }[]>;
  /** Site handlers followed by the demo database's (when on). */
  handlersOf(siteGuid: string): readonly SqlHandler[];
  nextId(): string;
}

function positive(name: string, value: number, allowZero = false): number {
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new RangeError(
      `Mock server option sql.${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got ${value}`,
    );
  }
  return value;
}

function resolveDurations(options: MockSqlOptions | undefined): LifecycleDurations {
  const lifecycle = options?.lifecycle ?? {};
  return {
    initialisingMs: positive('lifecycle.initialisingMs', lifecycle.initialisingMs ?? 1000, true),
    queuedMs: positive('lifecycle.queuedMs', lifecycle.queuedMs ?? 2000, true),
    executingMs: positive('lifecycle.executingMs', lifecycle.executingMs ?? 3000, true),
    uploadingMs: positive('lifecycle.uploadingMs', lifecycle.uploadingMs ?? 1000, true),
  };
}

const practitionerParameter = /(?:practitioner|doctor|provider|user)_?id$/i;

/** Creates the SQL side of a mock: one database per site (defaults until `define`), no queries. */
export function createSqlService(config: SqlServiceConfig): SqlService {
  const databases = new Map(config.siteGuids.map((guid) => [guid, resolveDefinition(guid, {})]));
  const demo = config.options?.demoDatabase ?? true;
  let counter = 0;
  const state: SqlState = {
    clock: config.clock,
    settings: {
      durations: resolveDurations(config.options),
      pageRows: positive('pageRows', config.options?.pageRows ?? 100),
      retentionMs: positive('resultRetentionMs', config.options?.resultRetentionMs ?? 24 * 3_600_000),
    },
    databases,
    queries: new Map(),
    registered: new Map(),
    queueBlocks: new Map(config.siteGuids.map((guid) => [guid, []])),
    handlersOf: (guid) => [
      ...(databases.get(guid)?.handlers ?? []),
      ...(demo ? config.demoHandlers(guid) : []),
    ],
    nextId: () => {
      counter += 1;
      return `5a1c0000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
    },
  };
  const billed = new Map<string, number>();

  const known = (siteGuid: string, method: string): string => {
    const guid = siteGuid.toLowerCase();
    if (!databases.has(guid)) {
      throw new RangeError(
        `server.sql.${method}: no site ${siteGuid}; the server serves ${config.siteGuids.join(', ')}`,
      );
    }
    return guid;
  };

  return {
    define(siteGuid, definition) {
      const guid = known(siteGuid, 'define');
      databases.set(guid, resolveDefinition(guid, definition));
    },
    setAvailability(siteGuid, availability) {
      if (!['online', 'offline', 'unreachable'].includes(availability)) {
        throw new RangeError(
          `server.sql.setAvailability: availability must be online, offline or unreachable, got ${String(availability)}`,
        );
      }
      databases.get(known(siteGuid, 'setAvailability'))!.availability = availability;
    },
    blockQueue(siteGuid, { forMs }) {
      if (!(forMs > 0)) throw new RangeError(`server.sql.blockQueue: forMs must be positive, got ${forMs}`);
      const now = config.clock.now();
      state.queueBlocks.get(known(siteGuid, 'blockQueue'))!.push({ from: now, to: now + forMs });
    },
    billedQueries(siteGuid) {
      if (siteGuid !== undefined) return billed.get(known(siteGuid, 'billedQueries')) ?? 0;
      return [...billed.values()].reduce((a, b) => a + b, 0);
    },
    queries(siteGuid) {
      const guid = siteGuid === undefined ? undefined : known(siteGuid, 'queries');
      const now = config.clock.now();
      const records: SqlQueryRecord[] = [];
      for (const query of state.queries.values()) {
        if (guid !== undefined && query.siteGuid !== guid) continue;
        const status = statusAt(timelineOfQuery(query, state.settings), now);
        records.push({
          id: query.id,
          siteGuid: query.siteGuid,
          mode: query.mode,
          status,
          command: query.body.command,
          catalogue: query.catalogue,
          createdAt: query.createdAt,
        });
      }
      for (const query of state.registered.values()) {
        if (guid !== undefined && query.siteGuid !== guid) continue;
        const status = registeredStatusAt(query, now);
        records.push({
          id: query.id,
          siteGuid: query.siteGuid,
          mode: 'registered',
          status,
          command: query.body.command,
          catalogue: query.catalogue,
          createdAt: query.createdAt,
        });
      }
      return records.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    },
    webhook(queryId, { secret }) {
      return webhookOf(state, queryId, secret);
    },
    deferredError(route, decision) {
      const { outcome } = decision;
      if (route.interaction !== SqlInteraction.Async || outcome?.type !== 'respond') return undefined;
      if (!decision.kinds.includes(FaultKind.PractitionerAway)) return undefined;
      return errorDetailsOf(outcome.fixture.body);
    },
    async respond(route, siteGuid, body, failWith) {
      const response = await respondToSql(state, route, siteGuid, body, failWith);
      const isBilled = billedInteractions.has(route.interaction) && response.created;
      if (isBilled) billed.set(siteGuid, (billed.get(siteGuid) ?? 0) + 1);
      return { response: response.response, billed: isBilled };
    },
    faultFields(body) {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return { queryText: '', practitionerIds: [] };
      }
      const root = (json ?? {}) as { command?: unknown; registerCommand?: { command?: unknown } };
      const command = (root.command ?? root.registerCommand?.command ?? {}) as {
        text?: unknown;
        parameters?: unknown;
      };
      const parameters = Array.isArray(command.parameters)
        ? (command.parameters as { name?: unknown; value?: unknown }[])
        : [];
      const practitionerIds = parameters
        .filter(
          (p) =>
            typeof p?.name === 'string' && practitionerParameter.test(p.name) && typeof p.value === 'string',
        )
        .map((p) => p.value as string);
      return { queryText: typeof command.text === 'string' ? command.text : '', practitionerIds };
    },
  };
}

/** `errorDetails` of a query-error fixture body, when it has them. */
function errorDetailsOf(body: string): SqlDatabaseError | undefined {
  try {
    const details = (JSON.parse(body) as { errorDetails?: Partial<SqlDatabaseError> }).errorDetails;
    if (typeof details?.errorCode !== 'number' || typeof details.errorMessage !== 'string') return undefined;
    return {
      errorType: details.errorType ?? 'mssql',
      errorCode: details.errorCode,
      errorMessage: details.errorMessage,
    };
  } catch {
    return undefined;
  }
}
