import { InvalidCursorError } from './errors/invalid-cursor-error.js';

/**
 * Where a paged search stands, as plain JSON: store it (`JSON.stringify`) and pass it back as
 * `resumeFrom` to continue without fetching earlier pages again and without yielding a resource twice
 * within the dedupe bounds (see `dedupeWindowPages` and `resolveCacheSize`). Its size is bounded too:
 * it does not grow with the number of pages. It holds no credentials; it does hold the search's query and the page links, which may name patients.
 */
export interface PagingCursor {
  /** The cursor format's version; a cursor of another version is refused. */
  readonly version: 1;
  /** The FHIR base the search ran against: a cursor resumes only there. */
  readonly base: string;
  /** The resource type searched. */
  readonly resourceType: string;
  /** The search's query string as first sent; link repair compares every `next` link with it. */
  readonly query: string;
  /** The next link to follow as the server sent it, or null when the first page is still to be fetched (or paging is done). */
  readonly next: string | null;
  /** True when the last page has been delivered. */
  readonly done: boolean;
  /** Pages fetched and delivered so far, across resumes. */
  readonly pagesDelivered: number;
  /** URLs of the last pages delivered (at most 20): a `next` link among them means the server loops. */
  readonly followed: readonly string[];
  /**
   * Resources yielded recently, as `Type/id` (or `fullUrl` for resources without an id), per role:
   * the matches of the last `dedupeWindowPages` pages and of the page in progress, and the last
   * `resolveCacheSize` includes (at least the most recent half of them).
   */
  readonly yielded: { readonly matches: readonly string[]; readonly included: readonly string[] };
}

/** Reads a cursor given back by a caller (possibly after a JSON round trip), checking its shape. */
export function readPagingCursor(
  value: unknown,
  expected: { base: string; resourceType: string; query: string },
): PagingCursor {
  if (typeof value !== 'object' || value === null)
    throw new InvalidCursorError('the cursor is not an object');
  const cursor = value as Record<string, unknown>;
  if (cursor.version !== 1) throw new InvalidCursorError(`cursor version ${String(cursor.version)} is not 1`);
  if (typeof cursor.resourceType !== 'string' || typeof cursor.query !== 'string') {
    throw new InvalidCursorError('the cursor has no resourceType or query');
  }
  if (typeof cursor.base !== 'string') throw new InvalidCursorError('the cursor has no base');
  if (cursor.base !== expected.base) {
    throw new InvalidCursorError(`the cursor belongs to the FHIR base ${cursor.base}, not ${expected.base}`);
  }
  if (cursor.resourceType !== expected.resourceType || cursor.query !== expected.query) {
    throw new InvalidCursorError(
      `the cursor belongs to the search ${cursor.resourceType}?${cursor.query}, not ${expected.resourceType}?${expected.query}`,
    );
  }
  if (!(cursor.next === null || typeof cursor.next === 'string') || typeof cursor.done !== 'boolean') {
    throw new InvalidCursorError('the cursor has no valid next/done');
  }
  if (
    typeof cursor.pagesDelivered !== 'number' ||
    !Number.isInteger(cursor.pagesDelivered) ||
    cursor.pagesDelivered < 0
  ) {
    throw new InvalidCursorError('the cursor has no valid pagesDelivered');
  }
  const yielded = cursor.yielded as Record<string, unknown> | null | undefined;
  if (
    !isStringArray(cursor.followed) ||
    !yielded ||
    !isStringArray(yielded.matches) ||
    !isStringArray(yielded.included)
  ) {
    throw new InvalidCursorError('the cursor has no valid followed/yielded lists');
  }
  return {
    version: 1,
    base: cursor.base,
    resourceType: cursor.resourceType,
    query: cursor.query,
    next: cursor.next,
    done: cursor.done,
    pagesDelivered: cursor.pagesDelivered,
    followed: [...cursor.followed],
    yielded: { matches: [...yielded.matches], included: [...yielded.included] },
  };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
