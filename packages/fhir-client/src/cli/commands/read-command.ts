import type { FhirClient } from '../../client/fhir-client.js';
import type { ResourceType } from '../../client/resource-types.js';
import type { NdjsonOutput } from '../ndjson-output.js';

/** `read Type/id`: prints the resource as one JSON line. */
export async function runReadCommand(
  client: FhirClient,
  reference: string,
  output: NdjsonOutput,
  signal: AbortSignal | undefined,
): Promise<void> {
  const [resourceType = '', id = ''] = reference.split('/');
  // The client checks the type and id before sending, so a made-up type fails as usage, not as a 404.
  const resource = await client.read(
    resourceType as ResourceType,
    id,
    signal === undefined ? {} : { signal },
  );
  await output.write(resource);
}

/** `capabilities`: prints the CapabilityStatement as one JSON line. */
export async function runCapabilitiesCommand(
  client: FhirClient,
  output: NdjsonOutput,
  signal: AbortSignal | undefined,
): Promise<void> {
  await output.write(await client.capabilities(signal === undefined ? {} : { signal }));
}
