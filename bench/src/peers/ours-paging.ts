import { ContenderUnavailableError, type PagingContender, Transport } from '../paging/contender.js';

/** `@halo-fhir/fhir-client`'s `client.resources()` (filled in as the client lands). */
export const oursResources: PagingContender = {
  label: '@halo-fhir/fhir-client client.resources()',
  transports: [Transport.GlobalFetch, Transport.NodeHttp, Transport.Memory],
  async prepare() {
    const mod = (await import('@halo-fhir/fhir-client')) as Record<string, unknown>;
    if (typeof mod.createFhirClient !== 'function') {
      throw new ContenderUnavailableError('createFhirClient is not exported by @halo-fhir/fhir-client yet');
    }
    throw new ContenderUnavailableError('not wired yet');
  },
};
