/** A command line the CLI cannot run: unknown option, missing argument, bad value. Exits 2 before any request. */
export class CliUsageError extends Error {
  /** Always `'CliUsageError'`. */
  override name = 'CliUsageError';
}
