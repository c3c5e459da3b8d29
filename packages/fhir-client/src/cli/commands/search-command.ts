import type { FhirClient } from '../../client/fhir-client.js';
import type { SearchBuilder } from '../../search/search-builder.js';
import type { NdjsonOutput } from '../ndjson-output.js';
import type { ProgressReporter } from '../progress.js';

/** What a search printed. */
export interface SearchRun {
  pages: number;
  matches: number;
  included: number;
  /** The last page printed has a `next` link that was not followed (first page only, or `--max-pages`). */
  morePages: boolean;
}

/**
 * Prints the matches of up to `maxPages` pages (every page when undefined) as NDJSON, and with
 * `withIncluded` each page's included resources after its matches. The client repairs `next` links
 * that lost `_include`, and never prints a resource twice. `run` is updated as pages are printed,
 * so a failure midway still reports what got out.
 */
export async function runSearchCommand(
  client: FhirClient,
  query: SearchBuilder<string>,
  options: {
    readonly maxPages: number | undefined;
    readonly withIncluded: boolean;
    readonly signal: AbortSignal | undefined;
  },
  output: NdjsonOutput,
  progress: ProgressReporter,
  run: SearchRun,
): Promise<void> {
  const pages = client.pages(query, {
    // We stop after maxPages ourselves (a limit asked for, not an error); --all means no limit.
    maxPages: options.maxPages ?? Number.MAX_SAFE_INTEGER,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  for await (const page of pages) {
    for (const resource of page.matches) await output.write(resource);
    if (options.withIncluded) for (const resource of page.included) await output.write(resource);
    run.pages++;
    run.matches += page.matches.length;
    if (options.withIncluded) run.included += page.included.length;
    progress.page(page.number, {
      matches: page.matches.length,
      included: options.withIncluded ? page.included.length : 0,
      total: run.matches + run.included,
    });
    if (options.maxPages !== undefined && run.pages >= options.maxPages) {
      run.morePages = page.next !== undefined;
      return;
    }
  }
}
