import type { PagingCursor } from '../cursor.js';
import { PagingError } from './paging-error.js';

/**
 * A `next` link that does not continue the search: it names another resource type (or none, with no
 * page token), or its search parameters differ from those sent beyond the paging parameters. It is
 * not followed, so no page of another search is ever yielded as a page of this one.
 */
export class AlteredSearchLinkError extends PagingError {
  /** Always `'AlteredSearchLinkError'`. */
  override name = 'AlteredSearchLinkError';
  /** The refused link as the server sent it, with secret parameter values redacted. */
  readonly link: string;
  /** The searched resource type. */
  readonly resourceType: string;
  /** What the link does instead, e.g. `searches Observation, not Patient` or `adds name=x; drops name=y`. */
  readonly difference: string;
  /** Search parameters the link has and the search did not, as `name=value` (secrets redacted). */
  readonly added: readonly string[];
  /** Search parameters the search sent and the link left out or changed, as `name=value` (secrets redacted). */
  readonly dropped: readonly string[];

  constructor(
    details: {
      readonly link: string;
      readonly resourceType: string;
      readonly difference: string;
      readonly added?: readonly string[];
      readonly dropped?: readonly string[];
    },
    options: { cursor?: PagingCursor | undefined },
  ) {
    super(
      `Paging stopped: the server's next link ${details.link} ${details.difference}, so it does not ` +
        `continue this ${details.resourceType} search and was not followed. The pages so far are complete. ` +
        'If the server legitimately changes such a parameter between pages, add it to the pagingParameters ' +
        '(or pageTokenParameters) option; otherwise report the server bug.',
      options,
    );
    this.link = details.link;
    this.resourceType = details.resourceType;
    this.difference = details.difference;
    this.added = Object.freeze([...(details.added ?? [])]);
    this.dropped = Object.freeze([...(details.dropped ?? [])]);
  }
}

/** True for an {@link AlteredSearchLinkError} (checks `name` too, so it works across copies of the library). */
export function isAlteredSearchLinkError(value: unknown): value is AlteredSearchLinkError {
  return (
    value instanceof AlteredSearchLinkError ||
    (value instanceof Error && value.name === 'AlteredSearchLinkError' && 'difference' in value)
  );
}
