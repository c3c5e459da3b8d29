/**
 * `@halo-fhir/fhir-testkit/contract`: vitest suites any FHIR or SQL passthrough client can be
 * checked against through a small adapter (needs the optional peer dependency vitest).
 * @module @halo-fhir/fhir-testkit/contract
 */
export { defineFhirClientContract } from './define-fhir-client-contract.js';
export type { FhirClientContractOptions } from './define-fhir-client-contract.js';
export { contractTargetOf, describeAnyError } from './contract-client.js';
export type {
  ContractSearch,
  ContractSearchResult,
  ContractTargetOptions,
  DescribedError,
  FhirContractClient,
  FhirContractTarget,
} from './contract-client.js';
export { contractChecks, contractErrorFixtures } from './contract-checks.js';
export type { ContractCheck, ContractContext } from './contract-checks.js';
export { createFetchContractClient, FetchContractError } from './fetch-contract-client.js';
export type { FetchContractClientOptions } from './fetch-contract-client.js';
export { fetchGroundTruth } from './ground-truth.js';

// --- SQL passthrough contract ---
export { defineSqlClientContract } from './define-sql-client-contract.js';
export type { SqlClientContractOptions } from './define-sql-client-contract.js';
export { createSqlContractTarget } from './sql-contract-client.js';
export type { SqlContractClient, SqlContractResult, SqlContractTarget } from './sql-contract-client.js';
export { sqlContractChecks, sqlContractErrorFixtures } from './sql-contract-checks.js';
export type { SqlContractCheck, SqlContractContext } from './sql-contract-checks.js';
export {
  contractDatabase,
  contractManyRows,
  contractPeople,
  contractPeopleJson,
} from './sql-contract-database.js';
export { createFetchSqlContractClient, FetchSqlContractError } from './fetch-sql-contract-client.js';
export type { FetchSqlContractClientOptions } from './fetch-sql-contract-client.js';
