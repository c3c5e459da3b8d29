import { buildCapabilityStatement } from '../capability-statement.js';
import { fhirJsonResponse, type MockResponse } from '../mock-exchange.js';
import type { RouteContext } from './route-context.js';

/** `GET metadata`: the CapabilityStatement. */
export function metadata(context: RouteContext): MockResponse {
  return fhirJsonResponse(
    200,
    buildCapabilityStatement({
      resourceTypes: context.site.store.types(),
      quirks: context.quirks,
      baseUrl: context.base,
      date: new Date(context.clock.now()).toISOString(),
    }),
  );
}
