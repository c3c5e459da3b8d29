import { describe, expectTypeOf, it } from 'vitest';
import type { FhirRequestError } from './fhir-request-error.js';
import type { ParsedErrorBody } from './parsed-error-body.js';
import type { PractitionerUnavailableError } from './practitioner-unavailable-error.js';
import type { ErrorCategory, ErrorScope } from './vocabulary.js';

describe('error model types', () => {
  it('narrows the parsed body by kind', () => {
    const body = {} as ParsedErrorBody;
    if (body.kind === 'operation-outcome') {
      expectTypeOf(body.issues[0]!.codings).toEqualTypeOf<
        readonly { readonly system: string | undefined; readonly code: string | undefined }[]
      >();
    }
    if (body.kind === 'query-error')
      expectTypeOf(body.errorCode).toEqualTypeOf<number | string | undefined>();
    if (body.kind === 'raw')
      expectTypeOf(body.reason).toEqualTypeOf<'empty' | 'html' | 'truncated-json' | 'text'>();
    // @ts-expect-error an envelope has no issues
    if (body.kind === 'envelope') body.issues;
  });

  it('types category and scope as closed vocabularies, and a practitioner error always names one', () => {
    expectTypeOf<FhirRequestError['category']>().toEqualTypeOf<ErrorCategory>();
    expectTypeOf<FhirRequestError['scope']>().toEqualTypeOf<ErrorScope>();
    expectTypeOf<FhirRequestError['practitioner']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PractitionerUnavailableError['practitioner']>().toEqualTypeOf<string>();
    const category: ErrorCategory = 'rate-limited';
    // @ts-expect-error not a category
    const wrong: ErrorCategory = 'rate-limit';
    expectTypeOf(category).toEqualTypeOf<'rate-limited'>();
    void wrong;
  });
});
