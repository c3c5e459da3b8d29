import type { Resource } from 'fhir/r4.js';
import { redactEverywhere } from '../errors/redact-everywhere.js';
import type { Page } from '../paging/page.js';
import type { CollectedSearch, PageIterator, ResourceIterator } from '../paging/pages.js';

/**
 * Where the client's results leave it: every error a call rejects with, every cursor an iterator
 * shows, and the links the client read or built for a page (`url`, `links`, `next`,
 * `repairedLink`, and `collect()`'s `repairedLinks`) pass through {@link redactEverywhere}, so a
 * key a server echoed back (in a link, a diagnostic, a body) never reaches a message,
 * `JSON.stringify`, `util.inspect`, a saved cursor or a logged link, however deep inside the
 * client it was built. A page's `bundle` and its resources stay as the server sent them: they are
 * the caller's data.
 */
export interface SecretBoundary {
  /** Runs `call`, rejecting with the redacted error when it fails. */
  call<T>(call: () => Promise<T>): Promise<T>;
  /** The same iterator, its errors, cursor and each page's links redacted. */
  pages<T extends Resource>(iterator: PageIterator<T>): PageIterator<T>;
  /** The same iterator, its errors and cursor redacted. */
  resources<T extends Resource>(iterator: ResourceIterator<T>): ResourceIterator<T>;
  /** The same collected search, its `repairedLinks` redacted. */
  collected<T extends Resource>(search: CollectedSearch<T>): CollectedSearch<T>;
}

/** A {@link SecretBoundary} for the client's secrets (none: everything passes through unchanged). */
export function createSecretBoundary(secrets: readonly string[]): SecretBoundary {
  const redacted = (error: unknown): never => {
    throw redactEverywhere(error, secrets);
  };
  async function* guarded<T>(iterable: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
    try {
      yield* iterable;
    } catch (error) {
      redacted(error);
    }
  }
  async function* guardedPages<T extends Resource>(
    iterable: AsyncIterable<Page<T>>,
  ): AsyncGenerator<Page<T>, void, undefined> {
    for await (const page of guarded(iterable)) yield redactedPage(page, secrets);
  }
  return {
    call: (call) => call().catch(redacted),
    pages(iterator) {
      if (secrets.length === 0) return iterator;
      return {
        get cursor() {
          return redactEverywhere(iterator.cursor, secrets);
        },
        [Symbol.asyncIterator]: () => guardedPages(iterator),
      };
    },
    resources(iterator) {
      if (secrets.length === 0) return iterator;
      return {
        get cursor() {
          return redactEverywhere(iterator.cursor, secrets);
        },
        resolve: iterator.resolve,
        [Symbol.asyncIterator]: () => guarded(iterator),
      };
    },
    collected(search) {
      const repairedLinks = redactEverywhere(search.repairedLinks, secrets);
      if (sameJson(repairedLinks, search.repairedLinks)) return search;
      return Object.freeze({ ...search, repairedLinks: Object.freeze(repairedLinks) });
    },
  };
}

/** The page, or a copy whose links show no secret (the same page when none held one). */
function redactedPage<T extends Resource>(page: Page<T>, secrets: readonly string[]): Page<T> {
  const links = { url: page.url, links: page.links, next: page.next, repairedLink: page.repairedLink };
  const clean = redactEverywhere(links, secrets);
  if (sameJson(clean, links)) return page;
  return Object.freeze({ ...page, ...clean, links: Object.freeze(clean.links) });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
