import { allErrorFixtures } from '@halo-fhir/fhir-testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCERPT_MAX_LENGTH } from './excerpt.js';
import { isFhirRequestError } from './fhir-request-error.js';
import { parseErrorResponse } from './parse-error-response.js';
import { ErrorBodyKind } from './parsed-error-body.js';
import { ErrorCategory } from './vocabulary.js';

// Subscription keys are 32 lowercase hex characters; shorter ones still cannot occur in our own wording.
const secret = fc.stringMatching(/^[0-9a-f]{16,32}$/);

/** A body with `key` planted somewhere: a documented shape, a fixture, HTML, or text. */
function bodyWith(key: string): fc.Arbitrary<string> {
  const fixtureBodies = allErrorFixtures.map((c) => c.fixture.body);
  return fc.oneof(
    fc.string().map((text) => `${text}${key}${text}`),
    fc
      .constantFrom(...fixtureBodies)
      .map((body) => body.replace(/"(message|errorMessage|text)":"/, `"$1":"${key} `)),
    fc.constantFrom(...fixtureBodies).map((body) => body.slice(0, Math.floor(body.length / 2)) + key),
    fc
      .jsonValue()
      .map((value) => JSON.stringify({ error: { status: 500, message: `${key}`, extra: value } })),
    fc
      .jsonValue()
      .map((value) =>
        JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ diagnostics: key, code: value }] }),
      ),
    fc
      .jsonValue()
      .map((value) =>
        JSON.stringify({ errorDetails: { errorType: value, errorCode: value, errorMessage: key } }),
      ),
    fc.string().map((text) => `<html><title>${key}</title><body>${text}</body></html>`),
  );
}

const anyBody = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constantFrom(...allErrorFixtures.map((c) => c.fixture.body)),
  fc.string().map((text) => `{"error":${text}`),
);

const headers = fc.dictionary(
  fc.oneof(fc.constant('retry-after'), fc.constant('Retry-After'), fc.string()),
  fc.oneof(
    fc.string(),
    fc.nat().map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  ),
);

const status = fc.oneof(fc.integer({ min: 100, max: 599 }), fc.integer(), fc.constant(Number.NaN));

describe('parseErrorResponse for arbitrary responses', () => {
  it('always returns a FhirRequestError and never throws', () => {
    fc.assert(
      fc.property(status, headers, anyBody, fc.string(), fc.nat(), (code, head, bodyText, url, attempt) => {
        const error = parseErrorResponse(
          { status: code, headers: head, bodyText },
          { method: 'GET', url, attempt },
        );
        expect(isFhirRequestError(error)).toBe(true);
        // The defensive fallback (no body) means something inside the parser threw.
        expect(error.body).toBeDefined();
        expect(Object.values(ErrorCategory)).toContain(error.category);
        expect(error.action.length).toBeGreaterThan(0);
        if (error.retryAfterMs !== undefined) expect(error.retryAfterMs).toBeGreaterThanOrEqual(0);
        if (error.body?.kind === ErrorBodyKind.Raw || error.body?.kind === ErrorBodyKind.Json) {
          expect(error.body.excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX_LENGTH);
          expect(error.body.excerpt).not.toMatch(/[\p{Cc}]/u);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never shows a secret in the message, URL, detail, code or body', () => {
    const scenario = secret.chain((key) =>
      fc.record({
        key: fc.constant(key),
        bodyText: bodyWith(key),
        url: fc.constantFrom(
          `https://api.haloconnect.io/fhir/R4/Patient?subscription-key=${key}`,
          `https://api.haloconnect.io/fhir/R4/Patient?name=a&Ocp-Apim-Subscription-Key=${key}&x=1`,
          `https://user:${key}@api.haloconnect.io/fhir/R4/${key}`,
          `https://api.haloconnect.io/fhir/R4/Patient?api_key=${encodeURIComponent(key)}`,
        ),
        status: fc.integer({ min: 200, max: 599 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ key, bodyText, url, status: code }) => {
        const error = parseErrorResponse(
          { status: code, headers: {}, bodyText },
          { method: 'GET', url, attempt: 1, secrets: [key] },
        );
        for (const shown of [
          error.message,
          error.url,
          error.detail ?? '',
          error.code ?? '',
          JSON.stringify(error.body),
        ]) {
          expect(shown).not.toContain(key);
        }
      }),
      { numRuns: 400 },
    );
  });
});
