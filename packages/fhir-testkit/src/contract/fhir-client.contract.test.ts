import { createFhirClient, createResiliencePolicy } from '@halo-fhir/fhir-client';
import { createMockFhirServer } from '../server/create-mock-fhir-server.js';
import type { FhirContractClient, FhirContractTarget } from './contract-client.js';
import { contractTargetOf } from './contract-client.js';
import { defineFhirClientContract } from './define-fhir-client-contract.js';

// Our client (@halo-fhir/fhir-client) against the mock server, with the Halo profile on and off.

function adapterFor(target: FhirContractTarget, halo: boolean): FhirContractClient {
  const client = createFhirClient({
    baseUrl: target.baseUrl,
    subscriptionKey: target.subscriptionKey,
    haloBehaviours: halo,
    // One attempt: the contract wants each error answer, not the policy's recovery from it.
    policy: createResiliencePolicy({ maxAttempts: 1 }),
  });
  return {
    async searchAll({ resourceType, params }) {
      const query = {
        resourceType,
        toSearchParams: () => new URLSearchParams(params.map(([n, v]) => [n, v])),
      };
      const { matches, included } = await client.collect(query);
      return { matches, included };
    },
    read: (resourceType, id) => client.read(resourceType as 'Patient', id),
  };
}

defineFhirClientContract({
  name: 'contract: @halo-fhir/fhir-client, Halo profile',
  target: async () => contractTargetOf(await createMockFhirServer({ profile: 'halo' })),
  createClient: (target) => adapterFor(target, true),
});

defineFhirClientContract({
  name: 'contract: @halo-fhir/fhir-client, plain FHIR profile',
  // A plain FHIR server: no quirks, named by its plain mount (not Halo's path), but the key still required.
  target: async () =>
    contractTargetOf(
      await createMockFhirServer({ profile: 'fhir', quirks: { requireSubscriptionKey: true } }),
    ),
  createClient: (target) => adapterFor(target, false),
});
