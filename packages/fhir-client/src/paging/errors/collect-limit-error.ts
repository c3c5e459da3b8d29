import type { PagingCursor } from '../cursor.js';
import { PagingError } from './paging-error.js';

/** `collect` found more matches than its `max`: it refuses to return a silently truncated list. */
export class CollectLimitError extends PagingError {
  /** Always `'CollectLimitError'`. */
  override name = 'CollectLimitError';
  /** The `max` passed to `collect`. */
  readonly max: number;
  /** How many matches were known to exist when collecting stopped (Bundle `total`, or those counted so far). */
  readonly found: number;

  constructor(max: number, found: number, options: { cursor: PagingCursor }) {
    super(
      `collect stopped: the search has more than max=${max} matches (at least ${found}). Narrow the search, ` +
        'raise max, or iterate with client.pages()/client.resources() instead of collecting.',
      options,
    );
    this.max = max;
    this.found = found;
  }
}
