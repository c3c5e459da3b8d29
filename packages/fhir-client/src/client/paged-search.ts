import type { Bundle } from 'fhir/r4.js';
import { Pager } from '../paging/pager.js';
import type { PagingOptions } from '../paging/pages.js';
import type { OperationContext } from './operations/operation-context.js';
import { sendSearch, warnIfOnlyActive } from './operations/search.js';
import { practitionerOfSearch, type SearchParts } from './search-input.js';

/**
 * Wires a {@link Pager} to the client: the first page is the search itself (GET or POST), later
 * pages GET their repaired links, every repair is reported as a `link-repaired` event.
 */
export function createPager(
  context: OperationContext,
  parts: SearchParts,
  options: PagingOptions = {},
): Pager {
  const { config, transport, events } = context;
  const practitioner = options.practitioner ?? practitionerOfSearch(parts.params);
  warnIfOnlyActive(context, parts, practitioner);
  const scope = {
    ...(practitioner === undefined ? {} : { practitioner }),
    ...(options.waitIfPaused === undefined ? {} : { waitIfPaused: options.waitIfPaused }),
  };
  return new Pager({
    resourceType: parts.resourceType,
    query: parts.params,
    base: config.base,
    clock: config.clock,
    maxPages: options.maxPages ?? config.maxPages,
    timeLimitMs: options.timeLimitMs ?? config.timeLimitMs,
    signal: options.signal,
    resumeFrom: options.resumeFrom,
    source: {
      first: (signal) =>
        sendSearch(context, parts, { ...scope, ...(signal === undefined ? {} : { signal }) }),
      async follow(url, signal) {
        const response = await transport.send({
          method: 'GET',
          url,
          interaction: 'search',
          resourceType: parts.resourceType,
          expect: { resourceType: 'Bundle' },
          ...scope,
          ...(signal === undefined ? {} : { signal }),
        });
        return { bundle: response.body as Bundle, url: response.url, method: 'GET' };
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
