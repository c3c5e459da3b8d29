import { createResiliencePolicy } from '@halo-fhir/fhir-client';
import { createHaloSqlClient } from '@halo-fhir/fhir-client/sql';
import type { SqlContractClient, SqlContractTarget } from './sql-contract-client.js';
import { defineSqlClientContract } from './define-sql-client-contract.js';

// Our SQL client (@halo-fhir/fhir-client/sql) against the mock's SQL routes.

function adapterFor(target: SqlContractTarget): SqlContractClient {
  const sql = createHaloSqlClient({
    baseUrl: target.siteUrl,
    subscriptionKey: target.subscriptionKey,
    clock: target.clock,
    // One attempt: the contract wants each error answer, not the policy's recovery from it.
    policy: createResiliencePolicy({ clock: target.clock, maxAttempts: 1 }),
  });
  return {
    async immediate(command) {
      const result = await sql.immediate(command);
      return {
        rows: result.executionMode === 'scalar' ? [result.value] : result.rows,
        outputs: result.outputs,
      };
    },
    async runAsync(command) {
      const handle = await sql.submit(command);
      await handle.wait();
      const rows: unknown[] = [];
      for await (const row of handle.rows()) rows.push(row);
      return { rows, outputs: {} };
    },
    async registered(command) {
      const { id } = await sql.registered.create({ name: 'contract', command, frequency: 60, duration: 120 });
      const latest = await sql.registered.latest(id);
      if (latest.result === undefined && latest.info.lastFailure !== undefined) throw latest.info.lastFailure;
      const result = latest.result ?? (await sql.registered.result(id));
      return { rows: result.rows, outputs: result.outputs };
    },
  };
}

defineSqlClientContract({
  name: 'SQL contract: @halo-fhir/fhir-client/sql',
  createClient: adapterFor,
});
