import type { PagingCursor } from '../cursor.js';
import { PagingError } from './paging-error.js';

/**
 * A `next` link points outside the configured FHIR base (another origin and another path), so it is
 * not followed: the subscription key must never reach it, and it is not a page of this search.
 */
export class ForeignLinkError extends PagingError {
  /** Always `'ForeignLinkError'`. */
  override name = 'ForeignLinkError';
  /** Origin and path of the refused link (its query is left out: it may hold personal data). */
  readonly link: string;
  /** The configured FHIR base. */
  readonly base: string;

  constructor(link: string, base: string, options: { cursor?: PagingCursor | undefined }) {
    super(
      `Paging stopped: the next link ${link} is outside the configured FHIR base ${base}, so it was not followed ` +
        'and no credentials were sent to it. Check the baseUrl / origin option, or the proxy that rewrites links.',
      options,
    );
    this.link = link;
    this.base = base;
  }
}
