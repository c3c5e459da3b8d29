/**
 * The features `pnpm bench:paging-ablation` switches off, one textual patch of the built client (dist/) each.
 * Every edit names the exact text it replaces; a text that is no longer there exactly once stops the
 * run with the patch and file named, so a refactor cannot silently turn an ablation into a no-op.
 */

/** One replacement in one file of dist/ (path relative to dist/). */
export interface AblationEdit {
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

/** A feature of the client, what it is there for, and the edits that switch it off. */
export interface AblationPatch {
  readonly id: string;
  /** What is switched off, in words. */
  readonly feature: string;
  /** The promise (README, HALO-API) that needs it. */
  readonly promise: string;
  readonly edits: readonly AblationEdit[];
}

export const ablationPatches: readonly AblationPatch[] = [
  {
    id: 'depth-check',
    feature: 'the 256-level nesting walk over every parsed body',
    promise:
      'a hostile server cannot hand callers a body that overflows a recursive reader (InvalidResponseError)',
    edits: [
      {
        file: 'client/transport.js',
        find: 'if (text.length > 2 * MAX_RESPONSE_DEPTH && nestedDeeperThan(body, MAX_RESPONSE_DEPTH)) {',
        replace: 'if (false) {',
      },
    ],
  },
  {
    id: 'shape-check',
    feature: "the response-shape check (Bundle.entry, link, each resource's id/meta/contained)",
    promise:
      'a body the client cannot use is a typed InvalidResponseError naming its path, never a TypeError later',
    edits: [
      { file: 'client/transport.js', find: 'if (expect === undefined)\n        return;', replace: 'return;' },
    ],
  },
  {
    id: 'last-updated',
    feature: 'meta.lastUpdated normalisation',
    promise:
      "Halo's three lastUpdated forms become UTC `Z` (Halo behaviours; off for a plain FHIR base like this one)",
    edits: [
      {
        file: 'client/transport.js',
        find: 'if (config.normalizeLastUpdated && body !== undefined)',
        replace: 'if (false)',
      },
    ],
  },
  {
    id: 'policy',
    feature: 'the resilience policy around each request (admission, stats, store, request/response events)',
    promise: 'resilience: breaker, pauses, retry budget, per-GP pauses, events and stats',
    edits: [
      {
        file: 'client/transport.js',
        find: 'return policy.execute(descriptor, (attempt) => attemptOnce(request, attempt));',
        replace: 'return attemptOnce(request, 1);',
      },
    ],
  },
  {
    id: 'deadline',
    feature:
      "the attempt's deadline: its timer, and the race of the response and of every body read against the stop",
    promise:
      'one timeoutMs over headers and the whole body, and the caller signal honoured on every read (trickling body)',
    edits: [
      {
        file: 'client/http-exchange.js',
        find: 'response = await stop.race(pending);',
        replace: 'response = await pending;',
      },
      {
        file: 'client/read-body.js',
        find: 'await stop.race(reader.read());',
        replace: 'await reader.read();',
      },
      {
        file: 'client/http-exchange.js',
        find: 'const cancelDeadline = scheduleDeadline(clock, timeoutMs,',
        replace: 'const cancelDeadline = () => {}; (() => {})(clock, timeoutMs,',
      },
    ],
  },
  {
    id: 'ky-signal',
    feature: 'handing ky a signal (ky then merges it with its own: AbortSignal.any per request)',
    promise: 'caller cancellation and the deadline abort fetch itself (the ky floor passes a signal too)',
    edits: [{ file: 'client/http-exchange.js', find: 'signal: stop.signal,', replace: '' }],
  },
  {
    id: 'body-reader',
    feature:
      "the client's own body reader (chunks counted against maxResponseBytes) instead of response.text()",
    promise: 'maxResponseBytes after decompression (a gzip bomb stops there), the deadline on every read',
    edits: [
      {
        file: 'client/http-exchange.js',
        find: 'const bodyText = await readBody(response, request, stop);',
        replace: 'const bodyText = await response.text();',
      },
    ],
  },
  {
    id: 'match-dedupe',
    feature: "match dedupe (each match's Type/id looked up in and added to the window of the last pages)",
    promise:
      'nothing duplicated: a match the server repeats within dedupeWindowPages is yielded once, across retries and resumes',
    edits: [
      {
        file: 'paging/pager.js',
        find: 'const seen = this.#yieldedMatches.has(key);',
        replace: 'return true;',
      },
    ],
  },
  {
    id: 'resolve-cache',
    feature: "the resolve cache (the previous page's includes remembered when a page becomes current)",
    promise: 'page.resolve / iterator.resolve find includes of earlier pages (resolveCacheSize)',
    edits: [{ file: 'paging/recent-resources.js', find: 'this.#remember(entry);', replace: ';' }],
  },
  {
    id: 'entry-keys',
    feature: 'the Type/id key built once per entry',
    promise: 'dedupe and resolve by Type/id (without it dedupe falls back to fullUrl)',
    edits: [
      {
        file: 'paging/page.js',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the compiled template literal is the text to find
        find: 'const key = resource.id === undefined ? undefined : `${resource.resourceType}/${resource.id}`;',
        replace: 'const key = undefined;',
      },
    ],
  },
  {
    id: 'next-link',
    feature: 'the next-link check (confined to the base, same search, repaired)',
    promise: "same-origin rule (the key never leaves the base), same search, Halo's link repair",
    edits: [
      {
        file: 'paging/pager.js',
        find: 'target = this.#prepareLink(this.#next);',
        replace: 'target = { url: new URL(this.#next), loopKey: this.#next, repair: undefined };',
      },
    ],
  },
  {
    id: 'loop-check',
    feature: 'loop detection (the last 20 page URLs)',
    promise: 'a next link back to a recent page stops with PagingLoopError instead of paging forever',
    edits: [
      { file: 'paging/pager.js', find: 'if (this.#followed.has(target.loopKey))', replace: 'if (false)' },
      { file: 'paging/pager.js', find: 'this.#followed.touch(page.loopKey);', replace: '' },
    ],
  },
  {
    id: 'outcome-warnings',
    feature: "the scan of each page's entries for the server's search remarks",
    promise: 'a search-outcome warning event when the server remarks on the search (an ignored parameter)',
    edits: [
      {
        file: 'client/paged-search.js',
        find: 'warnAboutSearchOutcomes(context, bundle, parts.resourceType, practitioner);',
        replace: '',
      },
    ],
  },
];

/** Applies `patches` to the files of a dist copy, read and written through `io`; throws on a stale text. */
export function applyPatches(
  patches: readonly AblationPatch[],
  io: { read(file: string): string; write(file: string, text: string): void },
): void {
  for (const patch of patches) {
    for (const edit of patch.edits) {
      const text = io.read(edit.file);
      const count = text.split(edit.find).length - 1;
      if (count !== 1) {
        throw new Error(
          `ablation patch ${patch.id}: expected its text once in dist/${edit.file}, found it ${count} times ` +
            `(the client changed: update bench/src/profile/ablation-patches.ts): ${JSON.stringify(edit.find)}`,
        );
      }
      io.write(
        edit.file,
        text.replace(edit.find, () => edit.replace),
      );
    }
  }
}
