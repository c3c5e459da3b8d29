import {
  createMockFhirServer,
  type MockFhirServer,
  type MockFhirServerOptions,
} from '../create-mock-fhir-server.js';

/** Starts a server for a test; dispose it with `await using`. */
export function startTestServer(options: MockFhirServerOptions = {}): Promise<MockFhirServer> {
  return createMockFhirServer(options);
}

/** `fetch` with the server's subscription key. */
export function fetchWithKey(server: MockFhirServer, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('ocp-apim-subscription-key'))
    headers.set('ocp-apim-subscription-key', server.subscriptionKey);
  return fetch(url, { ...init, headers });
}
