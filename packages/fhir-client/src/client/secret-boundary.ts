import type { Resource } from 'fhir/r4.js';
import { redactEverywhere } from '../errors/redact-everywhere.js';
import type { PageIterator, ResourceIterator } from '../paging/pages.js';

/**
 * Where the client's results leave it: every error a call rejects with and every cursor an
 * iterator shows pass through {@link redactEverywhere}, so a key a server echoed back (in a link,
 * a diagnostic, a body) never reaches a message, `JSON.stringify`, `util.inspect` or a saved cursor,
 * however deep inside the client the error was built.
 */
export interface SecretBoundary {
  /** Runs `call`, rejecting with the redacted error when it fails. */
  call<T>(call: () => Promise<T>): Promise<T>;
  /** The same iterator, its errors and cursor redacted. */
  pages<T extends Resource>(iterator: PageIterator<T>): PageIterator<T>;
  /** The same iterator, its errors and cursor redacted. */
  resources<T extends Resource>(iterator: ResourceIterator<T>): ResourceIterator<T>;
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
  return {
    call: (call) => call().catch(redacted),
    pages(iterator) {
      if (secrets.length === 0) return iterator;
      return {
        get cursor() {
          return redactEverywhere(iterator.cursor, secrets);
        },
        [Symbol.asyncIterator]: () => guarded(iterator),
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
  };
}
