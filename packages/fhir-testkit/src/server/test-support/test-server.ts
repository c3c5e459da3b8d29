import {
  createMockFhirServer,
  type MockFhirServer,
  type MockFhirServerOptions,
} from '../create-mock-fhir-server.js';
import { defaultSiteGuid } from '../mock-fhir-backend.js';

/**
 * The instant the default test site's data is generated around when a test gives neither `sites`
 * nor a `clock`: tests that name days (`2026-11-26`) and ids stay deterministic whatever day they
 * run. (A mock's own default is its clock's now.)
 */
export const testDataAnchor = '2026-11-26T12:00:00+11:00';

/** Starts a server for a test; dispose it with `await using`. */
export function startTestServer(options: MockFhirServerOptions = {}): Promise<MockFhirServer> {
  if (options.sites !== undefined || options.clock !== undefined) return createMockFhirServer(options);
  return createMockFhirServer({ ...options, sites: [{ guid: defaultSiteGuid, anchor: testDataAnchor }] });
}

/** `fetch` with the server's subscription key. */
export function fetchWithKey(server: MockFhirServer, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('ocp-apim-subscription-key'))
    headers.set('ocp-apim-subscription-key', server.subscriptionKey);
  return fetch(url, { ...init, headers });
}
