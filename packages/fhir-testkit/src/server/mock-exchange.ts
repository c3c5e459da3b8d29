/**
 * The pure core's input and output. The HTTP server and the nock adapter both turn their
 * transport's request into a {@link MockRequest} and write the {@link MockResponse} back, so both
 * serve exactly the same behaviour.
 */
export interface MockRequest {
  /** The HTTP method, e.g. `GET`. */
  readonly method: string;
  /** Path and query, e.g. `/integrator/sites/{guid}/fhir/R4/Patient?name=x`. An absolute URL is accepted too. */
  readonly url: string;
  /** Header names in any case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The request body as text (empty for GET). */
  readonly body: string;
}

/**
 * How the transport must misbehave while sending the response. The core cannot break a socket,
 * so it describes the failure and each adapter carries it out.
 */
export const TransportFault = {
  /** Send the status line and headers, part of the body, then reset the connection. */
  ResetAfterHeaders: 'reset-after-headers',
} as const;
export type TransportFault = (typeof TransportFault)[keyof typeof TransportFault];

/** What the core answers: status, headers, body, and how the transport must misbehave, if at all. */
export interface MockResponse {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text (JSON for FHIR and SQL answers). */
  readonly body: string;
  /** Set when the connection must fail mid-response instead of completing. */
  readonly transportFault?: TransportFault;
}

/** Reads a header case-insensitively. */
export function headerValue(headers: MockRequest['headers'], name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** A JSON response with the FHIR media type. */
export function fhirJsonResponse(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/fhir+json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}
