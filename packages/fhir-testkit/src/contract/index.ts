// Public names of @halo-fhir/fhir-testkit/contract (needs the optional peer dependency vitest).
export { defineFhirClientContract } from './define-fhir-client-contract.js';
export type { FhirClientContractOptions } from './define-fhir-client-contract.js';
export { contractTargetOf, describeAnyError } from './contract-client.js';
export type {
  ContractSearch,
  ContractSearchResult,
  DescribedError,
  FhirContractClient,
  FhirContractTarget,
} from './contract-client.js';
export { contractChecks, contractErrorFixtures } from './contract-checks.js';
export type { ContractCheck, ContractContext } from './contract-checks.js';
export { createFetchContractClient, FetchContractError } from './fetch-contract-client.js';
export type { FetchContractClientOptions } from './fetch-contract-client.js';
export { fetchGroundTruth } from './ground-truth.js';
