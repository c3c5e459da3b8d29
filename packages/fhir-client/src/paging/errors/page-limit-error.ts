import type { PagingCursor } from '../cursor.js';
import { PagingError } from './paging-error.js';

/** The search has more pages than `maxPages` allows. Nothing was dropped: resume from `cursor` to go on. */
export class PageLimitError extends PagingError {
  /** Always `'PageLimitError'`. */
  override name = 'PageLimitError';
  /** The `maxPages` in force. */
  readonly maxPages: number;

  constructor(maxPages: number, options: { cursor: PagingCursor }) {
    super(
      `Paging stopped after ${maxPages} pages (maxPages) while the server still had more. Narrow the search, ` +
        'raise maxPages, or continue with { resumeFrom: error.cursor }.',
      options,
    );
    this.maxPages = maxPages;
  }
}
