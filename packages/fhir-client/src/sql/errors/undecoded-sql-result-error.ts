import { FhirClientError } from '../../errors/fhir-client-error.js';

/**
 * `handle.rows()` met a result page whose `data` is not rows this library can read (not base64,
 * not UTF-8, not JSON, or JSON of another shape). Nothing is thrown away: `text` (or `base64`) holds
 * the page as received, and `handle.pages()` hands every page back undecoded.
 */
export class UndecodedSqlResultError extends FhirClientError {
  /** Always `'UndecodedSqlResultError'`. */
  override name = 'UndecodedSqlResultError';
  /** The query whose page could not be decoded. */
  readonly queryId: string;
  /** The page (1-based). */
  readonly pageNumber: number;
  /** Why the page could not be read as rows. */
  readonly reason: string;
  /** The page's `data` as received; undefined for a page read from the stream endpoint. */
  readonly base64: string | undefined;
  /** The decoded text, when the data was base64 of UTF-8. */
  readonly text: string | undefined;

  constructor(init: {
    readonly queryId: string;
    readonly pageNumber: number;
    readonly reason: string;
    readonly base64: string | undefined;
    readonly text: string | undefined;
  }) {
    super(
      `Page ${init.pageNumber} of SQL query ${init.queryId} could not be read as rows: ${init.reason}. ` +
        'The page is kept on this error (text, base64); read the query with handle.pages() to get every page undecoded.',
    );
    this.queryId = init.queryId;
    this.pageNumber = init.pageNumber;
    this.reason = init.reason;
    this.base64 = init.base64;
    this.text = init.text;
  }
}

/** True for an {@link UndecodedSqlResultError} (checks `name` too, so it works across copies of the library). */
export function isUndecodedSqlResultError(value: unknown): value is UndecodedSqlResultError {
  return (
    value instanceof UndecodedSqlResultError ||
    (value instanceof Error && value.name === 'UndecodedSqlResultError' && 'pageNumber' in value)
  );
}
