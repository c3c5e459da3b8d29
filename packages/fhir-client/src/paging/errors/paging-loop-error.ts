import type { PagingCursor } from '../cursor.js';
import { PagingError } from './paging-error.js';

/** The server sent a `next` link that was already followed: following it again would page forever. */
export class PagingLoopError extends PagingError {
  /** Always `'PagingLoopError'`. */
  override name = 'PagingLoopError';
  /** The link (after repair) that had been followed before. */
  readonly url: string;

  constructor(url: string, options: { cursor: PagingCursor }) {
    super(
      `Paging stopped: the server's next link ${url} was already followed in this search, so the server is ` +
        'looping. The pages so far are complete; report the server bug or narrow the search.',
      options,
    );
    this.url = url;
  }
}
