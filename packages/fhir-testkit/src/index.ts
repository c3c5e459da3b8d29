// Public names of @halo-fhir/fhir-testkit, listed explicitly. Each part keeps its own block.

// --- fixtures ---
export type { ErrorFixture } from './fixtures/error-fixture.js';

// --- data ---

// --- server ---
