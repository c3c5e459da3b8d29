import { ErrorCategory } from '../errors/vocabulary.js';

/**
 * The facts the policy reads from a failed attempt. Read structurally from the thrown value so
 * that a `FhirRequestError` from any copy of the library (and the testkit's fakes) is understood;
 * anything else is `unknown` and never retried.
 */
export interface Failure {
  /** What was thrown, as it was thrown. */
  readonly error: unknown;
  /** The error's catalog category (`unknown` when the thrown value names none). */
  readonly category: ErrorCategory;
  /** HTTP status; undefined when no response arrived. */
  readonly status: number | undefined;
  /** Whether the error says the same request may succeed later. */
  readonly retryable: boolean;
  /** How long the server asked to wait, when it said. */
  readonly retryAfterMs: number | undefined;
  /** Halo, FHIR, Halo Link or database error code, when the error has one. */
  readonly code: string | number | undefined;
  /** Where the error came from (`mssql`, `fbsql`, `haloLink`, `fhir`, `http`), when the error says. */
  readonly source: string | undefined;
  /** The error's message (already redacted by the error model). */
  readonly message: string;
  /**
   * The server's own words (`FhirRequestError.detail`), already redacted. Unlike `message` it holds
   * no URL, so no query string with personal data: pause reasons (logged, persisted) use it.
   */
  readonly detail: string | undefined;
  /** The practitioner the error names (e.g. the GP who is away today). */
  readonly practitioner: string | undefined;
  /** True when the caller aborted: never retried, never counted against a scope. */
  readonly aborted: boolean;
}

const categories = new Set<string>(Object.values(ErrorCategory));

/** Reads a thrown value as a {@link Failure}. */
export function describeFailure(error: unknown, signal: AbortSignal | undefined): Failure {
  const record = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const category =
    typeof record.category === 'string' && categories.has(record.category)
      ? (record.category as ErrorCategory)
      : ErrorCategory.Unknown;
  const name = typeof record.name === 'string' ? record.name : '';
  const aborted = signal?.aborted === true || name === 'AbortError';
  const retryAfter = record.retryAfterMs;
  const code = record.code;
  return {
    error,
    category,
    status: typeof record.status === 'number' ? record.status : undefined,
    retryable: record.retryable === true,
    retryAfterMs:
      typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0
        ? retryAfter
        : undefined,
    code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
    source: typeof record.source === 'string' ? record.source : undefined,
    message: typeof record.message === 'string' ? record.message : String(error),
    detail: typeof record.detail === 'string' ? record.detail : undefined,
    practitioner: typeof record.practitioner === 'string' ? record.practitioner : undefined,
    aborted,
  };
}
