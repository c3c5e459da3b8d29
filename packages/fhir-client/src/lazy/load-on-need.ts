import { ModuleLoadError } from '../errors/module-load-error.js';

/**
 * Returns a loader for a module the client needs only on some paths (a failed request, a failed
 * attempt), written as `loadOnNeed('what it is', () => import(<the part's relative path>))` so that an app's
 * bundler (Vite, Rollup, webpack, esbuild) splits the module into a chunk of its own, fetched the
 * first time a call needs it rather than with the page. Used by `lazy-parts.browser.ts` only.
 *
 * The first call starts the import; every later call gets the same promise (one load per process).
 * A failed load (in a browser, the chunk could not be fetched) rejects with a {@link ModuleLoadError}
 * naming the part, never with the loader's bare error, and is forgotten, so the next call tries again.
 */
export function loadOnNeed<T>(part: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new ModuleLoadError(part, { cause: error });
    });
    return loading;
  };
}
