import { FhirClientError } from './fhir-client-error.js';

/**
 * A part of the client that a browser app built by Vite or webpack loads on first need (the typed
 * errors of a failed request, the resilience policy's failure handling) could not be loaded. There
 * these parts are chunks the bundler split off, fetched the first time a call needs one: that fetch
 * failed (the network, or a new deploy that removed the old chunks). The call that needed it fails
 * with this error; a later call tries to load the part again. `cause` holds the loader's own error.
 * Node, the CLI, esbuild and plain Rollup builds load these parts with the module, so there it does
 * not occur.
 */
export class ModuleLoadError extends FhirClientError {
  /** Always `'ModuleLoadError'`. */
  override name = 'ModuleLoadError';
  /** Which part could not be loaded, in words (e.g. `the typed errors of a failed request`). */
  readonly part: string;

  constructor(part: string, options: { cause: unknown }) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(
      `Could not load ${part}, a part of @halo-fhir/fhir-client loaded on first need (${reason}). ` +
        "Check the network and that every chunk of the app's build is still served (reload the page " +
        'after a new deploy); the next request tries to load it again.',
      options,
    );
    this.part = part;
  }
}

/** True for a {@link ModuleLoadError} (checks `name` too, so it works across copies of the library). */
export function isModuleLoadError(value: unknown): value is ModuleLoadError {
  return (
    value instanceof ModuleLoadError ||
    (value instanceof Error && value.name === 'ModuleLoadError' && 'part' in value)
  );
}
