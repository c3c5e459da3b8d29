import { describe, expectTypeOf, it } from 'vitest';
import type { CorsOption } from './cors.js';
import type { MockFhirServerOptions } from './create-mock-fhir-server.js';

describe('cors option types', () => {
  it('takes true, false or a list of origins, and nothing else', () => {
    expectTypeOf<MockFhirServerOptions['cors']>().toEqualTypeOf<CorsOption | undefined>();
    const every: MockFhirServerOptions = { cors: true };
    const some: MockFhirServerOptions = { cors: ['http://127.0.0.1:5173', 'https://app.example.test'] };
    // @ts-expect-error: one origin is still a list
    const bare: MockFhirServerOptions = { cors: 'http://127.0.0.1:5173' };
    // @ts-expect-error: not a wildcard string (use true)
    const star: MockFhirServerOptions = { cors: '*' };
    expectTypeOf([every, some, bare, star]).toBeArray();
  });
});
