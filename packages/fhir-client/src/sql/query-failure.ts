import { catalogEntry } from '../errors/catalog.js';
import { type FhirRequestError, requestErrorFields } from '../errors/fhir-request-error.js';
import { parseErrorResponse } from '../errors/parse-error-response.js';
import { redactEverywhere } from '../errors/redact-everywhere.js';
import { ErrorBodyKind } from '../errors/parsed-error-body.js';
import { SqlQueryFailedError, type SqlQueryType } from './errors/sql-query-failed-error.js';
import { isObject } from './query-state.js';

/** The message Halo sends when a storedProcedure parameter is too large to convert (reference §6.1). */
const CONVERSION_FAILURE = /Failed to convert parameter value from a String to a Byte\[\]/i;

/** The request facts an error names. */
export interface FailureFacts {
  readonly method: string;
  readonly url: string;
  readonly attempt: number;
  readonly secrets: readonly string[];
  readonly now: number;
}

/**
 * A failed response whose body is a query record (an immediate query's 400 `executionFailed`, …)
 * as a {@link SqlQueryFailedError}; undefined for any other body (gateway, envelope, HTML).
 */
export function queryFailureOf(
  error: FhirRequestError,
  bodyText: string,
  queryType: SqlQueryType,
  secrets: readonly string[],
): SqlQueryFailedError | undefined {
  if (error.body?.kind !== ErrorBodyKind.QueryError) return undefined;
  const record = readRecord(bodyText);
  return toQueryFailure(error, record, queryType, secrets);
}

/**
 * A query record reporting failure in a 200 (an async query's terminal status, a registered query's
 * `lastErrorDetails`) as a {@link SqlQueryFailedError}.
 */
export function failedRecordError(
  record: Readonly<Record<string, unknown>>,
  queryType: SqlQueryType,
  facts: FailureFacts,
): SqlQueryFailedError {
  const error = parseErrorResponse({ status: 200, headers: {}, bodyText: JSON.stringify(record) }, facts);
  return toQueryFailure(error, record, queryType, facts.secrets);
}

/** The failure as a typed error; it quotes the record (its id), so it leaves through the redaction chokepoint. */
function toQueryFailure(
  error: FhirRequestError,
  record: Readonly<Record<string, unknown>>,
  queryType: SqlQueryType,
  secrets: readonly string[],
): SqlQueryFailedError {
  const body = error.body?.kind === ErrorBodyKind.QueryError ? error.body : undefined;
  const status = body?.queryStatus;
  const errorDetails =
    body === undefined || (body.errorCode === undefined && body.errorMessage === undefined)
      ? undefined
      : { errorType: body.errorType, errorCode: body.errorCode, errorMessage: body.errorMessage };
  const conversion = CONVERSION_FAILURE.test(body?.errorMessage ?? '');
  const action = conversion
    ? "Send the storedProcedure as T-SQL text (the client's rewrite: 'auto' or 'always'); never retry it unchanged."
    : error.action;
  const metrics = isObject(record.metrics) ? record.metrics : {};
  const failedRuns =
    typeof metrics.executionFailedCount === 'number' ? metrics.executionFailedCount : undefined;
  const failure = new SqlQueryFailedError({
    ...requestErrorFields(error),
    retryable: conversion ? false : error.retryable,
    action,
    detail: error.detail ?? (status === undefined ? undefined : `the query ended ${status}`),
    queryType,
    queryId: typeof record.id === 'string' ? record.id : undefined,
    queryStatus: status,
    errorDetails,
    haloLinkCode: catalogEntry(error.category).haloLinkCode,
    failedRuns,
    cause: error,
  });
  return redactEverywhere(failure, secrets);
}

function readRecord(text: string): Readonly<Record<string, unknown>> {
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
