import { FailedQueryStatus, failedQueries, sqlErrors } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { catalogAdvice, catalogEntry } from './catalog.js';
import { renderErrorTable } from './catalog-markdown.js';
import { parseErrorResponse } from './parse-error-response.js';
import { ErrorCategory } from './vocabulary.js';

const site = 'https://api.haloconnect.io/integrator/sites/0d3f6a5e-1111-4c4c-9a9a-000000000001';
const expiredAction = /^The result has expired \(kept about 24 h\); resubmit the query/;

function parseAt(url: string, status = 410) {
  const fixture = sqlErrors.resultsExpired({ shape: 'wrapped-envelope' });
  return parseErrorResponse(
    { status, headers: fixture.headers, bodyText: fixture.body },
    {
      method: 'GET',
      url,
      attempt: 1,
    },
  );
}

describe('a 410 on an async SQL result page says the result expired, not that the URI is wrong', () => {
  it.each([
    `${site}/queries/q-1/results/1`,
    `${site}/queries/q-1/results/12/stream`,
    `${site}/queries/q%2F1/results/3?x=1`,
  ])('advises resubmitting the query for %s', (url) => {
    const error = parseAt(url);
    expect(error.category).toBe(ErrorCategory.NotFound);
    expect(error.retryable).toBe(false);
    expect(error.action).toMatch(expiredAction);
    expect(error.message).toContain(error.action);
    expect(error.message).not.toMatch(/Fix the URI/);
  });

  it.each([
    [`${site}/fhir/R4/Patient/1`, 410],
    [`${site}/queries/q-1/results/1`, 404],
    [`${site}/queries/q-1`, 410],
    [`${site}/fhir/R4/Patient?_query=/queries/q/results/1`, 410],
  ])('keeps the not-found advice elsewhere (%s, %i)', (url, status) => {
    const error = parseAt(url, status);
    expect(error.action).toBe(catalogEntry(ErrorCategory.NotFound).action);
  });

  it('is one catalog row: catalogAdvice gives the narrower advice, and the README table shows it', () => {
    const advice = catalogAdvice(ErrorCategory.NotFound, { status: 410, url: `${site}/queries/a/results/2` });
    expect(advice.action).toMatch(expiredAction);
    expect(catalogEntry(ErrorCategory.NotFound).advice).toHaveLength(1);
    const row = renderErrorTable()
      .split('\n')
      .find((line) => line.startsWith('| `not-found`'));
    expect(row).toContain('| 404, 410 |');
    expect(row).toContain(
      `On a 410 on an async SQL result page (\`queries/{id}/results/{page}\`): ${advice.action}`,
    );
  });
});

describe('a failed SQL query status gets the advice for that status, from the catalog', () => {
  it.each([
    [FailedQueryStatus.ExpiredInQueue, ErrorCategory.QueryTimeout, /longer maxTimeInQueue/],
    [FailedQueryStatus.InitialisationFailedSiteOffline, ErrorCategory.SiteUnavailable, /closed its session/],
    [FailedQueryStatus.InitialisationFailedSiteUnreachable, ErrorCategory.SiteUnreachable, /two minutes/],
    [FailedQueryStatus.InitialisationFailedCacheError, ErrorCategory.ServerError, /Halo Cloud failed/],
    [FailedQueryStatus.UploadFailed, ErrorCategory.QueryUploadFailed, /could not upload the result/],
  ])('%s: %s, %s', (queryStatus, category, action) => {
    const fixture = failedQueries.status(queryStatus);
    const error = parseErrorResponse(
      { status: fixture.status, headers: fixture.headers, bodyText: fixture.body },
      { method: 'GET', url: `${site}/queries/q-1`, attempt: 1 },
    );
    expect(error.category).toBe(category);
    expect(error.action).toMatch(action);
    expect(error.message).toContain(error.action);
  });

  it('keeps the row’s own action for the same category without that query status', () => {
    const advice = catalogAdvice(ErrorCategory.QueryTimeout, {
      status: 504,
      url: `${site}/queries/immediate`,
    });
    expect(advice.action).toBe(catalogEntry(ErrorCategory.QueryTimeout).action);
    expect(advice.action).toMatch(/narrow the query or use an async query/);
  });
});
