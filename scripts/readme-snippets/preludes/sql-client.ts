// Context for README fragments that use a SQL client (the "before" of the storedProcedure rewrite).
import { createHaloSqlClient } from '@halo-fhir/fhir-client/sql';

export const sql = createHaloSqlClient({
  halo: { siteId: '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b', environment: 'stage' },
  subscriptionKey: process.env.HALO_SUBSCRIPTION_KEY ?? '',
});
export const noteOf9000Characters = `Seen by Dr O'Brien. ${'Follow-up in two weeks. '.repeat(380)}`;
