import { FhirClientError } from '../errors/fhir-client-error.js';
import { ErrorCategory } from '../errors/vocabulary.js';
import { CircuitState } from './circuit-breaker.js';
import type { CircuitRecord } from './circuit-breaker.js';
import { PauseCause, PauseScope } from './pauses.js';
import type { Pause } from './pauses.js';

/** The current version of {@link ResilienceState}. */
export const RESILIENCE_STATE_VERSION = 1;

/**
 * What `policy.toJSON()` saves so that long pauses survive a restart: active pauses, circuit
 * breakers and login-failure streaks. Times are epoch ms. Short windows (retry budget, 406 counts)
 * and stats start afresh.
 */
export interface ResilienceState {
  /** The format's version; restoring refuses any other. */
  readonly version: typeof RESILIENCE_STATE_VERSION;
  /** Epoch ms on the policy's clock when saved. */
  readonly savedAt: number;
  /** Every active pause. */
  readonly pauses: readonly Pause[];
  /** Each site's circuit breaker, by site. */
  readonly breakers: Readonly<Record<string, CircuitRecord>>;
  /** Consecutive 400 login-failed per site, which doubles the next pause. */
  readonly loginFailures: Readonly<Record<string, number>>;
}

/** Thrown by `restoreResiliencePolicy` for saved state it cannot trust. */
export class InvalidResilienceStateError extends FhirClientError {
  /** Always `'InvalidResilienceStateError'`. */
  override name = 'InvalidResilienceStateError';
}

const fail = (path: string, expected: string, got: unknown): never => {
  throw new InvalidResilienceStateError(
    `saved resilience state is invalid at ${path}: expected ${expected}, got ${JSON.stringify(got) ?? String(got)}. ` +
      'Pass the value returned by policy.toJSON() (or its JSON text), or start a fresh policy.',
  );
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const time = (path: string, value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(path, 'a finite epoch ms number', value);
const optionalTime = (path: string, value: unknown): number | undefined =>
  value === undefined || value === null ? undefined : time(path, value);
const optionalString = (path: string, value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : typeof value === 'string'
      ? value
      : fail(path, 'a string', value);
const oneOf = <T extends string>(path: string, values: readonly T[], value: unknown): T =>
  values.includes(value as T) ? (value as T) : fail(path, `one of ${values.join(', ')}`, value);

function parsePause(path: string, value: unknown): Pause {
  if (!isRecord(value)) return fail(path, 'an object', value);
  const scope = oneOf(`${path}.scope`, Object.values(PauseScope), value.scope);
  const reason = isRecord(value.reason) ? value.reason : fail(`${path}.reason`, 'an object', value.reason);
  const rule = optionalString(`${path}.reason.rule`, reason.rule);
  return {
    scope,
    scopeKey:
      typeof value.scopeKey === 'string'
        ? value.scopeKey
        : fail(`${path}.scopeKey`, 'a string', value.scopeKey),
    site: optionalString(`${path}.site`, value.site),
    practitioner: optionalString(`${path}.practitioner`, value.practitioner),
    since: time(`${path}.since`, value.since),
    resumesAt: optionalTime(`${path}.resumesAt`, value.resumesAt),
    reason: {
      cause: oneOf(`${path}.reason.cause`, Object.values(PauseCause), reason.cause),
      category:
        reason.category === undefined || reason.category === null
          ? undefined
          : oneOf(`${path}.reason.category`, Object.values(ErrorCategory), reason.category),
      status: optionalTime(`${path}.reason.status`, reason.status),
      ...(rule === undefined ? {} : { rule }),
      message: typeof reason.message === 'string' ? reason.message : '',
    },
    circuitOpen: value.circuitOpen === true,
    waitable: value.waitable === true,
  };
}

function parseBreaker(path: string, value: unknown): CircuitRecord {
  if (!isRecord(value)) return fail(path, 'an object', value);
  return {
    state: oneOf(`${path}.state`, Object.values(CircuitState), value.state),
    consecutiveFailures: time(`${path}.consecutiveFailures`, value.consecutiveFailures),
    openUntil: optionalTime(`${path}.openUntil`, value.openUntil),
    openMs: time(`${path}.openMs`, value.openMs),
    probesInFlight: 0,
  };
}

/** Checks saved state (an object or its JSON text) field by field. */
export function parseResilienceState(input: unknown): ResilienceState {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (cause) {
      throw new InvalidResilienceStateError(
        'saved resilience state is not valid JSON; pass policy.toJSON() output',
        {
          cause,
        },
      );
    }
  }
  if (!isRecord(value)) return fail('(root)', 'an object', value);
  if (value.version !== RESILIENCE_STATE_VERSION)
    return fail('version', String(RESILIENCE_STATE_VERSION), value.version);
  const pauses = Array.isArray(value.pauses) ? value.pauses : fail('pauses', 'an array', value.pauses);
  const breakers = isRecord(value.breakers) ? value.breakers : fail('breakers', 'an object', value.breakers);
  const logins = isRecord(value.loginFailures)
    ? value.loginFailures
    : fail('loginFailures', 'an object', value.loginFailures);
  return {
    version: RESILIENCE_STATE_VERSION,
    savedAt: time('savedAt', value.savedAt),
    pauses: pauses.map((pause, index) => parsePause(`pauses[${index}]`, pause)),
    breakers: Object.fromEntries(
      Object.entries(breakers).map(([site, record]) => [
        site,
        parseBreaker(`breakers[${JSON.stringify(site)}]`, record),
      ]),
    ),
    loginFailures: Object.fromEntries(
      Object.entries(logins).map(([site, count]) => [
        site,
        time(`loginFailures[${JSON.stringify(site)}]`, count),
      ]),
    ),
  };
}
