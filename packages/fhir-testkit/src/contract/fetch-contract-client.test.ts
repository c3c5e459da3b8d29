import { createMockFhirServer } from '../server/create-mock-fhir-server.js';
import { contractTargetOf } from './contract-client.js';
import { createFetchContractClient } from './fetch-contract-client.js';
import { defineFhirClientContract } from './define-fhir-client-contract.js';

// The contract against its reference client: a plain-fetch loop that repairs lost includes.
for (const profile of ['halo', 'fhir'] as const) {
  defineFhirClientContract({
    name: `contract: plain fetch client, ${profile} profile`,
    target: async () =>
      contractTargetOf(await createMockFhirServer({ profile, quirks: { requireSubscriptionKey: true } })),
    createClient: (target) => createFetchContractClient(target),
  });
}
