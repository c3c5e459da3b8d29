// Public names of @halo-fhir/fhir-client, listed explicitly. Each part keeps its own block.

// --- search ---
export type {
  SearchParameterComponent,
  SearchParameterDefinition,
} from './search/search-parameter-definition.js';
export { SearchParameterType } from './search/search-parameter-definition.js';

// --- errors ---
export { FhirClientError, isFhirClientError } from './errors/fhir-client-error.js';
export { ErrorCategory, ErrorScope, ErrorSource } from './errors/vocabulary.js';

// --- resilience ---
export type { RequestDescriptor, ResiliencePolicyRunner } from './resilience/request-descriptor.js';

// --- client ---

// --- paging ---
