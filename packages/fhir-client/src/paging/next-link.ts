import type { PagingCursor } from './cursor.js';
import { ForeignLinkError } from './errors/foreign-link-error.js';
import { PagingError } from './errors/paging-error.js';
import { type LinkRepair, repairUrl, withTrailingSlash } from './link-repair.js';
import type { PagingParameterRules } from './paging-parameters.js';
import { type ConfinedLink, confineToBase } from './same-origin.js';
import { checkSameSearch } from './same-search.js';

/** A `next` link ready to follow. */
export interface PreparedLink {
  /** Absolute, on the configured origin, with what it lost restored. */
  readonly url: URL;
  /** The URL that identifies the page for loop detection. */
  readonly loopKey: string;
  /** What was restored, when anything was (with `original` as the server sent it). */
  readonly repair: LinkRepair | undefined;
}

/** What preparing a search's `next` links needs: the search, its base and its paging-parameter rules. */
export interface NextLinkContext {
  /** The configured FHIR base. */
  readonly base: URL;
  /** The resource type searched. */
  readonly resourceType: string;
  /** The search's parameters as sent. */
  readonly query: URLSearchParams;
  /** Parameters a `next` link may change (paging and page tokens). */
  readonly pagingParameters: PagingParameterRules;
  /** Describes where paging stands, for a refusal's error. */
  readonly cursor: () => PagingCursor;
}

/** Prepares every `next` link of one search with {@link prepareNextLink}. */
export function nextLinkPreparer(context: NextLinkContext): (link: string) => PreparedLink {
  return (link) => prepareNextLink(link, context);
}

/**
 * Turns the server's `next` link into the URL to fetch: resolved against the base, held to the
 * same-origin rule (rebased or refused) and to the same search (or refused), then repaired. `cursor` is called only to describe a
 * refusal: building it for every page would cost time in proportion to the results so far.
 */
export function prepareNextLink(link: string, context: NextLinkContext): PreparedLink {
  const { base, resourceType, query } = context;
  let absolute: URL;
  try {
    absolute = new URL(link, withTrailingSlash(base));
  } catch (error) {
    throw new PagingError(
      `Paging stopped: the server's next link ${JSON.stringify(link)} is not a URL. Report it to the server's operator.`,
      { cause: error, cursor: context.cursor() },
    );
  }
  let confined: ConfinedLink;
  try {
    confined = confineToBase(absolute, base);
  } catch (error) {
    if (error instanceof ForeignLinkError) {
      throw new ForeignLinkError(error.link, error.base, { cursor: context.cursor() });
    }
    throw error;
  }
  checkSameSearch(
    confined.url,
    link,
    { base, resourceType, query, rules: context.pagingParameters },
    context.cursor,
  );
  const { url, restored } = repairUrl(confined.url, { sent: query, resourceType });
  const href = url.href;
  return {
    url,
    loopKey: href,
    repair: restored.length > 0 ? { original: link, repaired: href, restored } : undefined,
  };
}
