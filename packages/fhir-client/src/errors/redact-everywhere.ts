import { isFhirClientError } from './fhir-client-error.js';
import { redactSecrets } from './redact.js';

/**
 * How deep {@link redactEverywhere} goes into nested data and `cause` chains. Events, cursors and
 * error fields are a few levels deep; anything deeper than this is not the client's own data (a
 * hostile server's nesting) and is cut off (replaced by a marker) rather than walked.
 */
export const REDACT_MAX_DEPTH = 32;

/** What data nested beyond {@link REDACT_MAX_DEPTH} is replaced with. */
export const TOO_DEEP = '[nested too deep]';

/** Options of {@link redactEverywhere}. */
export interface RedactEverywhereOptions {
  /**
   * Names of plain-object fields whose string values are closed vocabularies the client wrote
   * (an event's `type`, `code`, `category`), never server text: kept as they are, so a short key
   * can never turn `link-repaired` into something a listener does not recognise.
   * @default VOCABULARY_FIELDS
   */
  readonly preserve?: ReadonlySet<string>;
}

/**
 * Fields that hold only the client's own closed vocabularies, never server text: an error's
 * `name`, `category`, `scope`, `source` and `method`, an event's `type`, `reason`, `interaction`,
 * `outcome`, `via`, a pause reason's `cause`. Kept as they are by default.
 */
export const VOCABULARY_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'type',
  'category',
  'scope',
  'source',
  'method',
  'reason',
  'interaction',
  'outcome',
  'via',
  'cause',
]);

/**
 * The client's one redaction chokepoint: everything it hands out that may hold text a server sent
 * (events, error messages, stacks and fields, paging cursors) passes through here on its way out.
 * Strings have every secret (raw or URL-encoded) replaced; arrays and plain objects are copied with
 * their strings redacted; an error of this library is redacted in place (its message, stack, own
 * fields such as `cursor`, `url`, `link`, and its `cause` chain), so that `message`, `JSON.stringify`
 * and `util.inspect` all come out clean. Walks iteratively, never recursively, to at most
 * {@link REDACT_MAX_DEPTH} levels. With no secrets it returns `value` untouched.
 */
export function redactEverywhere<T>(
  value: T,
  secrets: readonly string[],
  options: RedactEverywhereOptions = {},
): T {
  if (secrets.length === 0) return value;
  const preserve = options.preserve ?? VOCABULARY_FIELDS;
  const copies = new Map<object, unknown>();
  const holder: { value: unknown } = { value: undefined };
  // Each task writes the redacted form of `source` into `target[key]`.
  const tasks: {
    source: unknown;
    target: Record<string | number, unknown>;
    key: string | number;
    depth: number;
  }[] = [{ source: value, target: holder, key: 'value', depth: 0 }];
  for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
    const { source, target, key, depth } = task;
    if (typeof source === 'string') {
      put(target, key, redactSecrets(source, secrets));
      continue;
    }
    if (typeof source !== 'object' || source === null) {
      put(target, key, source);
      continue;
    }
    const seen = copies.get(source);
    if (seen !== undefined) {
      put(target, key, seen);
      continue;
    }
    if (depth >= REDACT_MAX_DEPTH) {
      put(target, key, TOO_DEEP);
      continue;
    }
    const next = depth + 1;
    if (source instanceof Error) {
      copies.set(source, source);
      put(target, key, source);
      // The caller's own error (an abort reason) is theirs: left as it is. A cause inside one of
      // ours (a socket error, `new URL`'s TypeError with its `input`) is redacted with it.
      if (depth === 0 && !isFhirClientError(source)) continue;
      redactErrorText(source, secrets);
      // Every own field (cursor, url, link, body, input…) and the cause chain, in place.
      const fields = source as unknown as Record<string, unknown>;
      for (const field of Object.keys(source)) {
        if (preserve.has(field) && typeof fields[field] === 'string') continue;
        tasks.push({ source: fields[field], target: fields, key: field, depth: next });
      }
      if (source.cause !== undefined) {
        tasks.push({
          source: source.cause,
          target: source as unknown as Record<string, unknown>,
          key: 'cause',
          depth: next,
        });
      }
      continue;
    }
    if (Array.isArray(source)) {
      const copy: unknown[] = new Array(source.length);
      copies.set(source, copy);
      put(target, key, copy);
      for (let index = 0; index < source.length; index++) {
        tasks.push({
          source: source[index],
          target: copy as unknown as Record<number, unknown>,
          key: index,
          depth: next,
        });
      }
      continue;
    }
    if (!isPlainObject(source)) {
      // URL, Headers, Date…: no server text the client hands out lives in them.
      put(target, key, source);
      continue;
    }
    const copy: Record<string, unknown> = {};
    copies.set(source, copy);
    put(target, key, copy);
    for (const [field, item] of Object.entries(source)) {
      if (preserve.has(field) && typeof item === 'string') put(copy, field, item);
      else tasks.push({ source: item, target: copy, key: field, depth: next });
    }
  }
  return holder.value as T;
}

/** Redacts an error's message and stack in place (the stack repeats the message as it was built). */
function redactErrorText(error: Error, secrets: readonly string[]): void {
  const message = redactSecrets(error.message, secrets);
  const stack = typeof error.stack === 'string' ? redactSecrets(error.stack, secrets) : error.stack;
  if (message !== error.message) setOwn(error, 'message', message);
  if (stack !== error.stack) setOwn(error, 'stack', stack);
}

function setOwn(target: object, key: string, value: unknown): void {
  try {
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
  } catch {
    // A frozen error from elsewhere: it is not the library's, and nothing more can be done.
  }
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Writes an own property, even one named `__proto__` (JSON.parse makes such keys own properties; a
 * plain assignment would set the copy's prototype instead and drop the field).
 */
function put(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
