import { defineSqlClientContract } from './define-sql-client-contract.js';
import { createFetchSqlContractClient } from './fetch-sql-contract-client.js';

// The SQL contract against its reference client: plain fetch, polling on the target's clock.
defineSqlClientContract({
  name: 'SQL contract: plain fetch client',
  createClient: (target) => createFetchSqlContractClient(target),
});
