import { gatewayBodies, haloErrors, haloLinkErrors, SUPERSEDED_ROOT_FIELDS } from '@halo-fhir/fhir-testkit';
import { describe, expect, it } from 'vitest';
import { isAccessDeniedError } from './access-denied-error.js';
import { isFhirRequestError } from './fhir-request-error.js';
import { isHaloLinkError } from './halo-link-error.js';
import { parseErrorResponse } from './parse-error-response.js';
import { ErrorBodyKind, QueryErrorFormat, RawBodyReason } from './parsed-error-body.js';
import { isPractitionerUnavailableError } from './practitioner-unavailable-error.js';
import { PRACTITIONER_AWAY_PATTERN } from './practitioner-away.js';
import { isRateLimitError } from './rate-limit-error.js';
import { isSiteUnavailableError } from './site-unavailable-error.js';
import { ErrorCategory, ErrorScope, ErrorSource } from './vocabulary.js';

const request = {
  method: 'POST',
  url: 'https://api.haloconnect.io/integrator/sites/g/fhir/R4/Patient/_search',
  attempt: 3,
};
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers,
  bodyText: JSON.stringify(body),
});

describe('parseErrorResponse: query error objects', () => {
  it('prefers errorDetails over the old root fields when both are present, and keeps the old ones', () => {
    const error = parseErrorResponse(
      json(400, {
        errorCode: 503,
        errorMessage: 'Site could not be contacted.',
        errorDetails: { errorType: 'mssql', errorCode: 207, errorMessage: "Invalid column name 'x'." },
      }),
      request,
    );
    expect(error.category).toBe(ErrorCategory.BadSql);
    expect(error.source).toBe(ErrorSource.MsSql);
    expect(error.code).toBe('207');
    expect(error.body).toMatchObject({
      kind: ErrorBodyKind.QueryError,
      format: QueryErrorFormat.Both,
      superseded: { errorCode: 503, errorMessage: 'Site could not be contacted.' },
    });
  });

  it('reads the both-formats fixture by its errorDetails, not its disagreeing root fields', () => {
    const fixture = haloErrors.badSql({ shape: 'query-error-both' });
    expect(JSON.parse(fixture.body)).toMatchObject(SUPERSEDED_ROOT_FIELDS);
    const error = parseErrorResponse({ ...fixture, bodyText: fixture.body }, request);
    expect(error.category).toBe(ErrorCategory.BadSql);
  });

  it.each(['haloLink', 'HaloLink', 'halolink', 'HALOLINK', ' haloLink '])(
    'compares errorType %j case-insensitively',
    (errorType) => {
      const error = parseErrorResponse(
        json(400, { errorDetails: { errorType, errorCode: 4, errorMessage: 'x' } }),
        request,
      );
      expect(error.category).toBe(ErrorCategory.QueryMissingProperties);
      expect(error.source).toBe(ErrorSource.HaloLink);
      expect(isHaloLinkError(error) && error.haloLinkCode).toBe(4);
    },
  );

  it.each([
    ['MSSQL', ErrorSource.MsSql],
    ['FbSql', ErrorSource.FbSql],
  ])('reads a %s database error as bad SQL from that database', (errorType, source) => {
    const error = parseErrorResponse(
      json(400, { errorDetails: { errorType, errorCode: 102, errorMessage: 'oops' } }),
      request,
    );
    expect(error.category).toBe(ErrorCategory.BadSql);
    expect(error.source).toBe(source);
  });

  it("reads a registered query's lastErrorDetails from a 200", () => {
    const error = parseErrorResponse(
      json(200, {
        id: 'q',
        status: 'completed',
        lastErrorDetails: {
          errorType: 'mssql',
          errorCode: 2812,
          errorMessage: "Could not find stored procedure 'selct'.",
        },
      }),
      request,
    );
    expect(error).toMatchObject({ status: 200, category: ErrorCategory.BadSql, code: '2812' });
    expect(error.body).toMatchObject({ format: QueryErrorFormat.Registered, queryStatus: 'completed' });
  });

  it('reads a failed query record that carries only its status', () => {
    const error = parseErrorResponse(
      json(200, { id: 'q', mode: 'async', status: 'initialisationFailedSiteOffline' }),
      request,
    );
    expect(error).toMatchObject({ category: ErrorCategory.SiteUnavailable, scope: ErrorScope.Site });
    expect(error.body).toMatchObject({
      format: QueryErrorFormat.StatusOnly,
      queryStatus: 'initialisationFailedSiteOffline',
    });
    const running = parseErrorResponse(json(200, { id: 'q', mode: 'async', status: 'executing' }), request);
    expect(running.category).toBe(ErrorCategory.Unknown);
  });

  it('keeps the old root error fields of a failed query record that has no errorDetails', () => {
    const error = parseErrorResponse(
      json(200, {
        id: 'q',
        mode: 'async',
        status: 'executionFailed',
        errorCode: 208,
        errorMessage: "Invalid object name 'X'.",
      }),
      request,
    );
    expect(error.body).toMatchObject({
      format: QueryErrorFormat.Old,
      errorCode: 208,
      errorMessage: "Invalid object name 'X'.",
      queryStatus: 'executionFailed',
    });
  });

  it('uses the status an http-type query error names over the status that carried it', () => {
    const error = parseErrorResponse(
      json(400, { errorDetails: { errorType: 'http', errorCode: 429, errorMessage: '' } }),
      request,
    );
    expect(error.category).toBe(ErrorCategory.RateLimited);
  });

  it('reads an old-format code 0-5 as a Halo Link code and a Firebird code as fbsql', () => {
    expect(parseErrorResponse(json(400, { errorCode: 3, errorMessage: 'x' }), request).category).toBe(
      ErrorCategory.QueryOrphaned,
    );
    const firebird = parseErrorResponse(
      json(400, { errorCode: 335544569, errorMessage: 'Dynamic SQL Error' }),
      request,
    );
    expect(firebird).toMatchObject({ category: ErrorCategory.BadSql, source: ErrorSource.FbSql });
  });
});

describe('parseErrorResponse: OperationOutcome and envelopes', () => {
  it("keeps every issue, reads Halo's dotnet coding as the code, and classifies by any issue's text", () => {
    const error = parseErrorResponse(
      json(503, {
        resourceType: 'OperationOutcome',
        issue: [
          { severity: 'information', code: 'informational', diagnostics: 'request id 1' },
          {
            severity: 'fatal',
            code: 'exception',
            details: {
              coding: [{ system: 'http://hl7.org/fhir/dotnet-api-operation-outcome', code: '5003' }],
              text: 'Site could not be contacted, please try again later or contact a system administrator.',
            },
          },
        ],
      }),
      request,
    );
    expect(error).toMatchObject({
      category: ErrorCategory.SiteUnavailable,
      code: '5003',
      source: ErrorSource.Fhir,
    });
    expect(error.body?.kind === ErrorBodyKind.OperationOutcome && error.body.issues).toHaveLength(2);
    expect(isSiteUnavailableError(error)).toBe(true);
  });

  it('tells a bare envelope from a wrapped one', () => {
    const bare = parseErrorResponse(
      {
        ...haloErrors.siteUnavailable({ wrapped: false }),
        bodyText: haloErrors.siteUnavailable({ wrapped: false }).body,
      },
      request,
    );
    const wrapped = parseErrorResponse(
      { ...haloErrors.siteUnavailable(), bodyText: haloErrors.siteUnavailable().body },
      request,
    );
    expect(bare.body).toMatchObject({ kind: ErrorBodyKind.Envelope, wrapped: false, status: 503 });
    expect(wrapped.body).toMatchObject({
      kind: ErrorBodyKind.Envelope,
      wrapped: true,
      statusText: 'Service Unavailable',
    });
  });

  it("reads an envelope's own status when the response is a 200", () => {
    const error = parseErrorResponse(
      json(200, { error: { status: 429, statusText: 'Too Many Requests', message: 'slow' } }),
      request,
    );
    expect(error.category).toBe(ErrorCategory.RateLimited);
    expect(isRateLimitError(error)).toBe(true);
  });

  it('does not read the word Forbidden in an ordinary 403 as the developer-licence exception', () => {
    const error = parseErrorResponse(
      json(403, { error: { status: 403, statusText: 'Forbidden', message: 'Forbidden' } }),
      request,
    );
    expect(error.category).toBe(ErrorCategory.NonAuthoritative);
    expect(isAccessDeniedError(error)).toBe(true);
  });
});

describe('parseErrorResponse: bodies that are no documented shape', () => {
  it('reduces an HTML page to a short text excerpt', () => {
    const fixture = gatewayBodies.html502();
    const error = parseErrorResponse({ ...fixture, bodyText: fixture.body }, request);
    expect(error.body).toEqual({
      kind: ErrorBodyKind.Raw,
      reason: RawBodyReason.Html,
      excerpt: '502 Bad Gateway 502 Bad Gateway nginx',
    });
    expect(error.message).toContain('502 Bad Gateway');
  });

  it('keeps a cut-off JSON body as a bounded excerpt', () => {
    const cut = `{"error":{"message":"${'x'.repeat(1000)}`;
    const error = parseErrorResponse({ status: 502, headers: {}, bodyText: cut }, request);
    expect(error.body).toMatchObject({ kind: ErrorBodyKind.Raw, reason: RawBodyReason.TruncatedJson });
    expect(error.body?.kind === ErrorBodyKind.Raw && error.body.excerpt.length).toBe(200);
  });

  it('reads an empty 401 as an inactive Halo GUID (the table row with no exception)', () => {
    const error = parseErrorResponse({ status: 401, headers: {}, bodyText: '' }, request);
    expect(error).toMatchObject({ category: ErrorCategory.SiteInactive, scope: ErrorScope.Site });
    expect(error.body).toEqual({ kind: ErrorBodyKind.Raw, reason: RawBodyReason.Empty, excerpt: '' });
  });

  it('keeps JSON of no known shape as an excerpt and calls it unknown on a 2xx', () => {
    const error = parseErrorResponse(json(200, { hello: 'world' }), request);
    expect(error).toMatchObject({
      category: ErrorCategory.Unknown,
      body: { kind: ErrorBodyKind.Json, excerpt: '{"hello":"world"}' },
    });
  });
});

describe('parseErrorResponse: Retry-After', () => {
  const now = Date.UTC(2026, 0, 5, 9, 0, 0);

  it('reads delta-seconds and HTTP-date, from a Headers object or a plain record in any case', () => {
    const seconds = parseErrorResponse(
      { status: 429, headers: new Headers({ 'Retry-After': '12' }), bodyText: '' },
      request,
    );
    const date = parseErrorResponse(
      { status: 503, headers: { 'RETRY-AFTER': new Date(now + 90_000).toUTCString() }, bodyText: '' },
      { ...request, now },
    );
    expect(seconds.retryAfterMs).toBe(12_000);
    expect(date.retryAfterMs).toBe(90_000);
  });

  it('treats a date in the past as 0 and a garbled value as not said', () => {
    const past = parseErrorResponse(
      { status: 429, headers: { 'retry-after': new Date(now - 5000).toUTCString() }, bodyText: '' },
      { ...request, now },
    );
    const garbled = parseErrorResponse(
      { status: 429, headers: { 'retry-after': 'soon' }, bodyText: '' },
      request,
    );
    expect(past.retryAfterMs).toBe(0);
    expect(garbled.retryAfterMs).toBeUndefined();
  });

  it('falls back to the "Try again in N seconds" of the body when there is no header', () => {
    const fixture = haloErrors.rateLimited({ retryAfterSeconds: 7 });
    const error = parseErrorResponse({ status: 429, headers: {}, bodyText: fixture.body }, request);
    expect(error.retryAfterMs).toBe(7000);
  });
});

describe('parseErrorResponse: practitioner away today', () => {
  it('names the practitioner, scopes to them, and does not retry', () => {
    const fixture = haloErrors.practitionerAway({ practitioner: 'dr-7', date: '2026-01-05' });
    const error = parseErrorResponse({ ...fixture, bodyText: fixture.body }, request);
    expect(error).toMatchObject({
      category: ErrorCategory.PractitionerUnavailable,
      scope: ErrorScope.Practitioner,
      practitioner: 'dr-7',
      retryable: false,
      code: '50000',
    });
    expect(isPractitionerUnavailableError(error)).toBe(true);
    expect(error.message).toContain('practitioner dr-7');
  });

  it('exports the pattern it uses, with the id and date as named groups', () => {
    const match = PRACTITIONER_AWAY_PATTERN.exec(
      'Practitioner 42 is away today: no appointment book for 2026-01-05',
    );
    expect(match?.groups).toMatchObject({ practitioner: '42', date: '2026-01-05' });
    expect(PRACTITIONER_AWAY_PATTERN.test('Practitioner 42 is on leave')).toBe(false);
  });
});

describe('parseErrorResponse: what the error carries', () => {
  it('carries method, redacted URL, attempt and the typed fields', () => {
    const fixture = haloLinkErrors.code(1);
    const error = parseErrorResponse(
      { ...fixture, bodyText: fixture.body },
      {
        method: 'GET',
        url: 'https://h/fhir/R4/Patient?name=x&subscription-key=k3y&Ocp-Apim-Subscription-Key=k3y',
        attempt: 2,
      },
    );
    expect(error).toMatchObject({
      method: 'GET',
      url: 'https://h/fhir/R4/Patient?name=x&subscription-key=[REDACTED]&Ocp-Apim-Subscription-Key=[REDACTED]',
      attempt: 2,
      status: 400,
      source: ErrorSource.HaloLink,
      code: '1',
    });
    expect(isFhirRequestError(error)).toBe(true);
  });

  it('removes the given secrets from the message, detail, URL and body', () => {
    const secret = '0123456789abcdef0123456789abcdef';
    const error = parseErrorResponse(
      json(401, {
        error: {
          status: 401,
          statusText: 'Unauthorized',
          message: `SubscriptionKeyInvalid: key ${secret} is invalid`,
        },
      }),
      { method: 'GET', url: `https://h/x/${secret}?q=1`, attempt: 1, secrets: [secret] },
    );
    expect(error.category).toBe(ErrorCategory.KeyInvalid);
    for (const text of [error.message, error.url, error.detail, JSON.stringify(error.body)]) {
      expect(text).not.toContain(secret);
      expect(text).toContain('[REDACTED]');
    }
  });

  it('reads issue codes that collide with Object.prototype names as plain strings', () => {
    const error = parseErrorResponse(
      json(200, { resourceType: 'OperationOutcome', issue: [{ code: 'toString' }] }),
      request,
    );
    expect(error).toMatchObject({ category: ErrorCategory.Unknown, code: 'toString' });
    expect(error.body?.kind).toBe(ErrorBodyKind.OperationOutcome);
  });

  it('never throws on input that breaks its own types', () => {
    const broken = { status: Number.NaN, headers: null, bodyText: undefined } as unknown as Parameters<
      typeof parseErrorResponse
    >[0];
    const error = parseErrorResponse(broken, { method: 'GET', url: 'u', attempt: 1 });
    expect(isFhirRequestError(error)).toBe(true);
  });
});
