import { r4SearchParameters } from '@halo-fhir/fhir-client/search-parameters';
import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4.js';
import { type Quirk, type QuirkSettings, quirkTable } from './quirks/quirks.js';

/** Extension URL that marks each Halo quirk the server has switched on. */
export const quirkExtensionUrl = 'https://halo-fhir.dev/fhir/StructureDefinition/mock-server-quirk';

/** What the CapabilityStatement describes. */
export interface CapabilityInput {
  /** Resource types the site holds. */
  readonly resourceTypes: readonly string[];
  readonly quirks: QuirkSettings;
  /** The site's FHIR base URL. */
  readonly baseUrl: string;
  /** Instant the statement is dated, as ISO text. */
  readonly date: string;
}

const writable = new Set(['Patient']);

function restResource(type: string): CapabilityStatementRestResource {
  const parameters = { ...(r4SearchParameters.Resource ?? {}), ...(r4SearchParameters[type] ?? {}) };
  const interaction: CapabilityStatementRestResource['interaction'] = [
    { code: 'read' },
    { code: 'search-type' },
  ];
  if (writable.has(type)) interaction.push({ code: 'create' }, { code: 'update' });
  return {
    type: type as CapabilityStatementRestResource['type'],
    interaction,
    versioning: 'no-version',
    updateCreate: writable.has(type),
    searchInclude: ['*'],
    searchRevInclude: ['*'],
    searchParam: Object.entries(parameters)
      // Only what the search engine evaluates: parameters with a FHIRPath expression, not composites.
      .filter(([, d]) => d.expression !== undefined && d.type !== 'special' && d.type !== 'composite')
      .map(([name, definition]) => ({ name, type: definition.type })),
  };
}

/** The server's CapabilityStatement: interactions, search parameters, and which Halo quirks are on. */
export function buildCapabilityStatement(input: CapabilityInput): CapabilityStatement {
  const onQuirks = Object.entries(input.quirks).filter(([, on]) => on);
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: input.date,
    kind: 'instance',
    software: { name: '@halo-fhir/fhir-testkit mock FHIR server' },
    implementation: {
      description:
        onQuirks.length === 0
          ? 'Plain FHIR R4 behaviour.'
          : `Reproduces Halo Connect quirks. ${onQuirks.map(([quirk]) => `${quirk}: ${quirkTable[quirk as Quirk].description}`).join(' ')}`,
      url: input.baseUrl,
    },
    extension: onQuirks.map(([quirk]) => ({ url: quirkExtensionUrl, valueCode: quirk })),
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        resource: [...input.resourceTypes].sort().map(restResource),
        interaction: [],
      },
    ],
  };
}
