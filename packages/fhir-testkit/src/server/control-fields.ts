import type { ErrorFixture } from '../fixtures/error-fixture.js';

/** A control request the API refuses; the message says what was wrong and what to send instead. */
export class ControlRequestError extends Error {
  /** Always `'ControlRequestError'`. */
  override name = 'ControlRequestError';
}

/** A JSON object as the control API received it. */
export type Json = Readonly<Record<string, unknown>>;

/** Longest delay the control API schedules (`latency` ms, `gatewayTimeout` afterMs): 10 minutes. */
export const MAX_CONTROL_DELAY_MS = 10 * 60_000;
/** Longest outage the control API schedules (`siteOffline` forMs): 31 days of the mock's clock. */
export const MAX_CONTROL_OUTAGE_MS = 31 * 24 * 60 * 60_000;

/** Bounds of one numeric field. */
export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly required?: boolean;
}

/** Only own fields count: `{"__proto__": …}` in the body names no field. */
function own(body: Json, name: string): unknown {
  return Object.hasOwn(body, name) ? body[name] : undefined;
}

/** The JSON object in a request body, or a {@link ControlRequestError}. */
export function jsonObject(text: string): Json {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ControlRequestError('The body must be a JSON object, e.g. {"kind":"latency","ms":500}');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ControlRequestError('The body must be a JSON object, e.g. {"kind":"latency","ms":500}');
  }
  return body as Json;
}

/** A number field within `rule`'s bounds (undefined when absent and not required). */
export function numberField(body: Json, name: string, rule: NumberRule): number | undefined {
  const value = own(body, name);
  if (value === undefined) {
    if (rule.required) throw new ControlRequestError(`"${name}" is required`);
    return undefined;
  }
  const kind = rule.integer ? 'a whole number' : 'a number';
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    (rule.integer && !Number.isInteger(value)) ||
    value < rule.min ||
    value > rule.max
  ) {
    throw new ControlRequestError(
      `"${name}" must be ${kind} from ${rule.min} to ${rule.max}, got ${JSON.stringify(value) ?? String(value)}`,
    );
  }
  return value;
}

/** A string (or object) field (undefined when absent and not required). */
export function typedField<T>(
  body: Json,
  name: string,
  type: 'string' | 'object',
  required = false,
): T | undefined {
  const value = own(body, name);
  if (value === undefined) {
    if (required) throw new ControlRequestError(`"${name}" is required`);
    return undefined;
  }
  if (typeof value !== type || value === null || Array.isArray(value)) {
    throw new ControlRequestError(`"${name}" must be a${type === 'object' ? 'n' : ''} ${type}`);
  }
  return value as T;
}

/** An error fixture: `{ status: 100–599, headers?: { name: string }, body: string }`. */
export function fixtureOf(value: unknown, name = 'fixture'): ErrorFixture {
  const shape = `"${name}" must be { "status": 100-599, "headers": { "name": "value" }, "body": string }`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ControlRequestError(shape);
  const fixture = value as Json;
  const status = own(fixture, 'status');
  const headers = own(fixture, 'headers') ?? {};
  const body = own(fixture, 'body');
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new ControlRequestError(`${shape}; got status ${JSON.stringify(status) ?? String(status)}`);
  }
  if (typeof body !== 'string') throw new ControlRequestError(`${shape}; got no string body`);
  if (
    typeof headers !== 'object' ||
    headers === null ||
    Array.isArray(headers) ||
    !Object.values(headers).every((header) => typeof header === 'string')
  ) {
    throw new ControlRequestError(`${shape}; every header value must be a string`);
  }
  return { status, headers: { ...(headers as Record<string, string>) }, body };
}
