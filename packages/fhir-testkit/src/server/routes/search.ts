import { fhirJsonResponse, type MockResponse } from '../mock-exchange.js';
import { IssueCode, operationOutcomeResponse } from '../operation-outcome.js';
import {
  buildSearchsetBundle,
  cursorParameter,
  decodeCursor,
  InvalidCursorError,
  queryFingerprint,
} from '../paging.js';
import { findRejectedDate, rejectedDateDiagnostics } from '../quirks/strict-dates.js';
import { SearchRejectedError, type SearchResult } from '../search/search-engine.js';
import type { RouteContext } from './route-context.js';

/** `GET [type]?...` and `POST [type]/_search`: one page of a searchset Bundle. */
export function searchResources(context: RouteContext, resourceType: string): MockResponse {
  const { params } = context;
  if (context.quirks.strictDates) {
    const rejected = findRejectedDate(resourceType, params);
    if (rejected) return operationOutcomeResponse(400, IssueCode.Invalid, rejectedDateDiagnostics(rejected));
  }
  let offset = 0;
  const cursors = params.getAll(cursorParameter);
  if (cursors.length > 1) {
    return operationOutcomeResponse(
      400,
      IssueCode.Invalid,
      `Give "${cursorParameter}" once; follow the Bundle's links.`,
    );
  }
  const engineParams = new URLSearchParams([...params].filter(([name]) => name !== cursorParameter));
  if (cursors[0] !== undefined) {
    try {
      offset = decodeCursor(cursors[0], queryFingerprint(resourceType, engineParams));
    } catch (error) {
      if (error instanceof InvalidCursorError)
        return operationOutcomeResponse(400, IssueCode.Invalid, error.message);
      throw error;
    }
  }
  let result: SearchResult;
  try {
    result = context.site.engine.search({ resourceType, params: engineParams });
  } catch (error) {
    if (error instanceof SearchRejectedError) {
      return operationOutcomeResponse(error.status, error.code, error.diagnostics);
    }
    throw error;
  }
  const bundle = buildSearchsetBundle({
    base: context.base,
    resourceType,
    params,
    result,
    offset,
    pageSize: result.count ?? context.pageSize,
    dropIncludeOnPaging: context.quirks.dropIncludeOnPaging,
    present: context.present,
  });
  return fhirJsonResponse(200, bundle);
}
