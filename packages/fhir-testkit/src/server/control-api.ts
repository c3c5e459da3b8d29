import { type FaultMatch, toPredicate } from './faults/fault-match.js';
import type { FaultSchedule, FaultScope } from './faults/fault-schedule.js';
import type { MockRequest, MockResponse } from './mock-exchange.js';
import type { RequestLogEntry } from './request-log.js';
import { handleSqlControlRequest } from './sql/sql-control-api.js';
import type { SqlService } from './sql/sql-service.js';
import {
  ControlRequestError,
  fixtureOf,
  type Json,
  jsonObject,
  MAX_CONTROL_DELAY_MS,
  MAX_CONTROL_OUTAGE_MS,
  type NumberRule,
  numberField,
  typedField,
} from './control-fields.js';

/** Path prefix of the control API (fault scheduling and the request log over HTTP). */
export const controlPathPrefix = '/__mock';

const json = (status: number, body: unknown): MockResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

const count: NumberRule = { min: 1, max: 1_000_000, integer: true };
const epochMs: NumberRule = { min: 0, max: 8.64e15, integer: true };
const delayMs: NumberRule = { min: 0, max: MAX_CONTROL_DELAY_MS };

const matchFields: ReadonlySet<string> = new Set([
  'siteGuid',
  'resourceType',
  'practitionerId',
  'queryIncludes',
  'method',
]);

/** A `match` holds only the known fields, each a string (checked now, not when a request arrives). */
function checkMatch(match: Json): void {
  for (const [name, value] of Object.entries(match)) {
    if (!matchFields.has(name)) {
      throw new ControlRequestError(
        `"match.${name}" is not a match field: use ${[...matchFields].join(', ')}`,
      );
    }
    if (typeof value !== 'string') throw new ControlRequestError(`"match.${name}" must be a string`);
  }
}

function scopeOf(body: Json): FaultScope {
  const times = numberField(body, 'count', count);
  const untilMs = numberField(body, 'untilMs', epochMs);
  const match = typedField<FaultMatch>(body, 'match', 'object');
  if (match !== undefined) checkMatch(match as Json);
  return {
    ...(times === undefined ? {} : { count: times }),
    ...(untilMs === undefined ? {} : { until: untilMs }),
    ...(match === undefined ? {} : { when: toPredicate(match) }),
  };
}

/** Schedules the fault a control request describes, by `kind` (a FaultSchedule method name). */
function schedule(faults: FaultSchedule, body: Json): void {
  const kind = typedField<string>(body, 'kind', 'string', true);
  const scope = scopeOf(body);
  const num = (name: string, rule: NumberRule) => numberField(body, name, rule);
  const str = (name: string, required = false) => typedField<string>(body, name, 'string', required);
  switch (kind) {
    case 'failNext':
      faults.failNext(num('count', { ...count, required: true })!, fixtureOf(body.fixture));
      return;
    case 'failWhen':
      faults.failWhen(scope.when ?? (() => true), fixtureOf(body.fixture), scope);
      return;
    case 'siteOffline':
      faults.siteOffline(str('siteGuid', true)!, {
        forMs: num('forMs', { min: 1, max: MAX_CONTROL_OUTAGE_MS, required: true })!,
      });
      return;
    case 'practitionerAway': {
      const untilMs = num('untilMs', epochMs);
      faults.practitionerAway(str('siteGuid', true)!, str('practitionerId', true)!, {
        ...(untilMs === undefined ? {} : { until: untilMs }),
      });
      return;
    }
    case 'rateLimit': {
      const seconds = num('retryAfterSeconds', { min: 0, max: 86_400, integer: true });
      const date = str('retryAfterDate');
      if (date !== undefined && Number.isNaN(Date.parse(date))) {
        throw new ControlRequestError(
          `"retryAfterDate" must be a date, e.g. 2026-11-26T09:00:00Z; got ${date}`,
        );
      }
      faults.rateLimit({
        ...scope,
        ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
        ...(date === undefined ? {} : { retryAfterDate: new Date(date) }),
      });
      return;
    }
    case 'gatewayTimeout': {
      const afterMs = num('afterMs', delayMs);
      faults.gatewayTimeout({ ...scope, ...(afterMs === undefined ? {} : { afterMs }) });
      return;
    }
    case 'latency':
      faults.latency(num('ms', { ...delayMs, required: true })!, scope);
      return;
    case 'resetConnection':
      faults.resetConnection(scope);
      return;
    case 'truncateBody': {
      const keepBytes = num('keepBytes', { min: 0, max: 1e9, integer: true });
      faults.truncateBody({ ...scope, ...(keepBytes === undefined ? {} : { keepBytes }) });
      return;
    }
    case 'html502':
      faults.html502(scope);
      return;
    case 'randomFaults': {
      if (!Array.isArray(body.fixtures))
        throw new ControlRequestError('"fixtures" must be an array of fixtures');
      const fixtures = body.fixtures.map((f, i) => fixtureOf(f, `fixtures[${i}]`));
      faults.randomFaults({
        ...scope,
        rate: num('rate', { min: 0, max: 1, required: true })!,
        seed: num('seed', { min: 0, max: 2 ** 32 - 1, integer: true, required: true })!,
        fixtures,
      });
      return;
    }
    default:
      throw new ControlRequestError(
        `Unknown fault kind "${kind}": use failNext, failWhen, siteOffline, practitionerAway, rateLimit, ` +
          'gatewayTimeout, latency, resetConnection, truncateBody, html502 or randomFaults',
      );
  }
}

const logEntryJson = (entry: RequestLogEntry) => ({ ...entry, params: entry.params.toString() });

/**
 * The control API, for tests that drive the standalone server from another language:
 * `POST /__mock/faults` with `{ "kind": "<FaultSchedule method>", ...its options }` schedules a
 * fault (times as epoch ms in `untilMs`), `DELETE /__mock/faults` clears them, and
 * `GET /__mock/requests` returns the request log. `/__mock/sql/…` defines SQL databases and reads
 * the SQL queries created (see `handleSqlControlRequest`).
 */
export function handleControlRequest(
  request: MockRequest,
  path: string,
  state: {
    readonly faults: FaultSchedule;
    readonly requests: readonly RequestLogEntry[];
    readonly sql?: SqlService;
  },
): MockResponse {
  const route = `${request.method.toUpperCase()} ${path.slice(controlPathPrefix.length)}`;
  try {
    if (state.sql !== undefined && path.startsWith(`${controlPathPrefix}/sql/`)) {
      const sqlPath = path.slice(`${controlPathPrefix}/sql`.length);
      return handleSqlControlRequest(request.method.toUpperCase(), sqlPath, request.body, state.sql);
    }
    switch (route) {
      case 'GET /requests':
        return json(200, state.requests.map(logEntryJson));
      case 'DELETE /faults':
        state.faults.clear();
        return { status: 204, headers: {}, body: '' };
      case 'POST /faults': {
        const body = jsonObject(request.body);
        schedule(state.faults, body);
        return json(201, { scheduled: body.kind, active: state.faults.active });
      }
      default:
        return json(404, {
          error: `No control route ${route}: use GET /__mock/requests, POST or DELETE /__mock/faults`,
        });
    }
  } catch (error) {
    if (error instanceof ControlRequestError || error instanceof RangeError || error instanceof TypeError) {
      return json(400, { error: error.message });
    }
    throw error;
  }
}
