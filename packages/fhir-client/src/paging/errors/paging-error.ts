import { FhirClientError } from '../../errors/fhir-client-error.js';
import type { PagingCursor } from '../cursor.js';

const pagingErrorNames: ReadonlySet<string> = new Set([
  'PagingError',
  'PagingLoopError',
  'ForeignLinkError',
  'AlteredSearchLinkError',
  'PageLimitError',
  'PagingDeadlineError',
  'CollectLimitError',
  'InvalidCursorError',
]);

/**
 * The root of errors that stop paging for a reason of paging itself (not an HTTP failure).
 * Carries the cursor at the point paging stopped, so the caller can inspect or resume it.
 */
export class PagingError extends FhirClientError {
  /** Always `'PagingError'`. */
  override name = 'PagingError';
  /** Where paging stood when it stopped; pass it as `resumeFrom` to continue. */
  readonly cursor: PagingCursor | undefined;

  constructor(message: string, options?: { cause?: unknown; cursor?: PagingCursor | undefined }) {
    super(message, options);
    this.cursor = options?.cursor;
  }
}

/** True for any {@link PagingError} (checks `name` too, so it works across copies of the library). */
export function isPagingError(value: unknown): value is PagingError {
  return (
    value instanceof PagingError ||
    (value instanceof Error && pagingErrorNames.has(value.name) && 'cursor' in value)
  );
}
