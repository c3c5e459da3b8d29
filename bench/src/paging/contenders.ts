import { fhirKitClientNextPage } from '../peers/fhir-kit-client.js';
import { fhirclientPages } from '../peers/fhirclient.js';
import { bareParseLoop, handWrittenFetchLoop, nodeHttpLoop } from '../peers/hand-written-loop.js';
import { kyFloorLoop } from '../peers/ky-floor-loop.js';
import { medplumSearchResourcePages } from '../peers/medplum.js';
import { oursResources } from '../peers/ours-paging.js';
import type { PagingContender } from './contender.js';

/** Every paging contender by a stable id (the id crosses the process boundary to the child). */
export const pagingContenders = {
  ours: oursResources,
  handFetch: handWrittenFetchLoop,
  kyFloor: kyFloorLoop,
  nodeHttp: nodeHttpLoop,
  bareParse: bareParseLoop,
  medplum: medplumSearchResourcePages,
  fhirclient: fhirclientPages,
  fhirKit: fhirKitClientNextPage,
} as const satisfies Record<string, PagingContender>;

export type PagingContenderId = keyof typeof pagingContenders;

export const isPagingContenderId = (id: string): id is PagingContenderId => id in pagingContenders;
