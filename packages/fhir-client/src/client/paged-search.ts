import type { Bundle } from 'fhir/r4.js';
import { Pager } from '../paging/pager.js';
import type { PagingOptions } from '../paging/pages.js';
import { type PagingParameterRules, parameterListProblem } from '../paging/paging-parameters.js';
import { type OperationContext, requestFields } from './operations/operation-context.js';
import { sendSearch, warnAboutSearchOutcomes, warnIfOnlyActive } from './operations/search.js';
import { InvalidArgumentError } from './invalid-argument-error.js';
import { shouldPostSearch } from './personal-data.js';
import { practitionerOfSearch, type SearchParts } from './search-input.js';

/**
 * Wires a {@link Pager} to the client: the first page is the search itself (GET or POST), later
 * pages follow their repaired links, every repair is reported as a `link-repaired` event. When the
 * search went by POST (personal data), a link that searches the same type is POSTed to
 * `[type]/_search` with its query as the form body, so the personal data stays out of URLs on later
 * pages too; any other link (opaque paging endpoints) is fetched with GET.
 */
export function createPager(
  context: OperationContext,
  parts: SearchParts,
  options: PagingOptions = {},
): Pager {
  const { config, transport, events } = context;
  const practitioner = options.practitioner ?? practitionerOfSearch(parts.params);
  warnIfOnlyActive(context, parts, practitioner);
  const posted = shouldPostSearch(config.postSearchWhen, parts.params);
  const scope = {
    ...requestFields({ ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) }),
    ...(practitioner === undefined ? {} : { practitioner }),
    ...(options.waitIfPaused === undefined ? {} : { waitIfPaused: options.waitIfPaused }),
  };
  return new Pager({
    resourceType: parts.resourceType,
    query: parts.params,
    base: config.base,
    clock: config.clock,
    maxPages: options.maxPages ?? config.maxPages,
    resolveCacheSize:
      checkedCount('resolveCacheSize', options.resolveCacheSize, 0) ?? config.resolveCacheSize,
    dedupeWindowPages:
      checkedCount('dedupeWindowPages', options.dedupeWindowPages, 1) ?? config.dedupeWindowPages,
    timeLimitMs: options.timeLimitMs ?? config.timeLimitMs,
    pagingParameters: pagingParameterRulesFor(options, config.pagingParameters),
    signal: options.signal,
    resumeFrom: options.resumeFrom,
    source: {
      first: (signal) =>
        sendSearch(context, parts, { ...scope, ...(signal === undefined ? {} : { signal }) }),
      async follow(url, signal) {
        const post = posted && searchesType(url, config.base, parts.resourceType);
        const target = post ? new URL(`${parts.resourceType}/_search`, config.base) : url;
        const response = await transport.send({
          method: post ? 'POST' : 'GET',
          url: target,
          interaction: 'search',
          ...(post
            ? {
                body: { contentType: 'application/x-www-form-urlencoded', text: url.searchParams.toString() },
              }
            : {}),
          resourceType: parts.resourceType,
          expect: { resourceType: 'Bundle' },
          ...scope,
          ...(signal === undefined ? {} : { signal }),
        });
        const bundle = response.body as Bundle;
        warnAboutSearchOutcomes(context, bundle, parts.resourceType, practitioner);
        return { bundle, url: response.url, method: post ? 'POST' : 'GET' };
      },
    },
    onRepair(repair, page) {
      events.emit({
        type: 'link-repaired',
        resourceType: parts.resourceType,
        page,
        repair,
        site: config.site,
        practitioner,
      });
    },
  });
}

/** A per-call count option, checked like the client's own (a typed error, not a silently odd bound). */
function checkedCount(option: string, value: number | undefined, least: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < least) {
    throw new InvalidArgumentError(option, `${String(value)} is not a whole number of at least ${least}.`);
  }
  return value;
}

/** The call's paging-parameter lists where it gives them, else the client's. */
function pagingParameterRulesFor(options: PagingOptions, client: PagingParameterRules): PagingParameterRules {
  const lists = {
    pagingParameters: options.pagingParameters,
    pageTokenParameters: options.pageTokenParameters,
  };
  for (const [option, value] of Object.entries(lists)) {
    const problem = value === undefined ? undefined : parameterListProblem(value);
    if (problem !== undefined) throw new InvalidArgumentError(option, problem);
  }
  return {
    paging: lists.pagingParameters === undefined ? client.paging : new Set(lists.pagingParameters),
    tokens: lists.pageTokenParameters === undefined ? client.tokens : new Set(lists.pageTokenParameters),
  };
}

/** True when `url` is the type search itself (`{base}{type}` or `{base}{type}/_search`). */
function searchesType(url: URL, base: URL, resourceType: string): boolean {
  const path = url.pathname.replace(/\/+$/, '');
  const typePath = new URL(resourceType, base).pathname;
  return url.origin === base.origin && (path === typePath || path === `${typePath}/_search`);
}
