import { PagingError } from './paging-error.js';

/** A `resumeFrom` cursor that is malformed or belongs to another search. */
export class InvalidCursorError extends PagingError {
  /** Always `'InvalidCursorError'`. */
  override name = 'InvalidCursorError';

  constructor(problem: string) {
    super(
      `Cannot resume paging: ${problem}. Pass the cursor of an iterator of the same search, as JSON.parse ` +
        'returns it, or start the search again without resumeFrom.',
    );
  }
}
