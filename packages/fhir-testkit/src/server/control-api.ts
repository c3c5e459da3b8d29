import type { ErrorFixture } from '../fixtures/error-fixture.js';
import { type FaultMatch, toPredicate } from './faults/fault-match.js';
import type { FaultSchedule, FaultScope } from './faults/fault-schedule.js';
import type { MockRequest, MockResponse } from './mock-exchange.js';
import type { RequestLogEntry } from './request-log.js';

/** Path prefix of the control API (fault scheduling and the request log over HTTP). */
export const controlPathPrefix = '/__mock';

/** A control request the API refuses; the message says what to send instead. */
class ControlRequestError extends Error {
  override name = 'ControlRequestError';
}

type Json = Record<string, unknown>;

const json = (status: number, body: unknown): MockResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

function field<T>(
  body: Json,
  name: string,
  type: 'number' | 'string' | 'object',
  required = false,
): T | undefined {
  const value = body[name];
  if (value === undefined) {
    if (required) throw new ControlRequestError(`"${name}" is required`);
    return undefined;
  }
  if (typeof value !== type || value === null) throw new ControlRequestError(`"${name}" must be a ${type}`);
  return value as T;
}

function fixtureOf(value: unknown, name = 'fixture'): ErrorFixture {
  const f = value as Partial<ErrorFixture> | undefined;
  if (typeof f?.status !== 'number' || typeof f.body !== 'string' || typeof (f.headers ?? {}) !== 'object') {
    throw new ControlRequestError(
      `"${name}" must be { "status": number, "headers": object, "body": string }`,
    );
  }
  return { status: f.status, headers: f.headers ?? {}, body: f.body };
}

function scopeOf(body: Json): FaultScope {
  const count = field<number>(body, 'count', 'number');
  const untilMs = field<number>(body, 'untilMs', 'number');
  const match = field<FaultMatch>(body, 'match', 'object');
  return {
    ...(count === undefined ? {} : { count }),
    ...(untilMs === undefined ? {} : { until: untilMs }),
    ...(match === undefined ? {} : { when: toPredicate(match) }),
  };
}

/** Schedules the fault a control request describes, by `kind` (a FaultSchedule method name). */
function schedule(faults: FaultSchedule, body: Json): void {
  const kind = field<string>(body, 'kind', 'string', true);
  const scope = scopeOf(body);
  const num = (name: string, required = false) => field<number>(body, name, 'number', required);
  const str = (name: string, required = false) => field<string>(body, name, 'string', required);
  switch (kind) {
    case 'failNext':
      faults.failNext(num('count', true)!, fixtureOf(body.fixture));
      return;
    case 'failWhen':
      faults.failWhen(scope.when ?? (() => true), fixtureOf(body.fixture), scope);
      return;
    case 'siteOffline':
      faults.siteOffline(str('siteGuid', true)!, { forMs: num('forMs', true)! });
      return;
    case 'practitionerAway': {
      const untilMs = num('untilMs');
      faults.practitionerAway(str('siteGuid', true)!, str('practitionerId', true)!, {
        ...(untilMs === undefined ? {} : { until: untilMs }),
      });
      return;
    }
    case 'rateLimit': {
      const seconds = num('retryAfterSeconds');
      const date = str('retryAfterDate');
      faults.rateLimit({
        ...scope,
        ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
        ...(date === undefined ? {} : { retryAfterDate: new Date(date) }),
      });
      return;
    }
    case 'gatewayTimeout': {
      const afterMs = num('afterMs');
      faults.gatewayTimeout({ ...scope, ...(afterMs === undefined ? {} : { afterMs }) });
      return;
    }
    case 'latency':
      faults.latency(num('ms', true)!, scope);
      return;
    case 'resetConnection':
      faults.resetConnection(scope);
      return;
    case 'truncateBody': {
      const keepBytes = num('keepBytes');
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
      faults.randomFaults({ ...scope, rate: num('rate', true)!, seed: num('seed', true)!, fixtures });
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
 * `GET /__mock/requests` returns the request log.
 */
export function handleControlRequest(
  request: MockRequest,
  path: string,
  state: { readonly faults: FaultSchedule; readonly requests: readonly RequestLogEntry[] },
): MockResponse {
  const route = `${request.method.toUpperCase()} ${path.slice(controlPathPrefix.length)}`;
  try {
    switch (route) {
      case 'GET /requests':
        return json(200, state.requests.map(logEntryJson));
      case 'DELETE /faults':
        state.faults.clear();
        return { status: 204, headers: {}, body: '' };
      case 'POST /faults': {
        let body: unknown;
        try {
          body = JSON.parse(request.body);
        } catch {
          throw new ControlRequestError('The body must be a JSON object');
        }
        if (typeof body !== 'object' || body === null)
          throw new ControlRequestError('The body must be a JSON object');
        schedule(state.faults, body as Json);
        return json(201, { scheduled: (body as Json).kind, active: state.faults.active });
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
