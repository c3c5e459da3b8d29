import type { PagingCursor } from '../cursor.js';
import { PagingError } from './paging-error.js';

/** Paging ran past its `timeLimitMs` across all pages. Resume from `cursor` to continue later. */
export class PagingDeadlineError extends PagingError {
  /** Always `'PagingDeadlineError'`. */
  override name = 'PagingDeadlineError';
  /** The `timeLimitMs` in force. */
  readonly timeLimitMs: number;

  constructor(timeLimitMs: number, options: { cursor: PagingCursor }) {
    super(
      `Paging stopped: it ran past its time limit of ${timeLimitMs} ms across all pages. Raise timeLimitMs, ` +
        'narrow the search, or continue later with { resumeFrom: error.cursor }.',
      options,
    );
    this.timeLimitMs = timeLimitMs;
  }
}
