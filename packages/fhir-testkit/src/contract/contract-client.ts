import type { Resource } from 'fhir/r4.js';
import type { ErrorFixture } from '../fixtures/error-fixture.js';
import type { MockFhirServer } from '../server/create-mock-fhir-server.js';

/** A search as plain data: the type and the parameters in order (names may repeat). */
export interface ContractSearch {
  readonly resourceType: string;
  readonly params: readonly (readonly [string, string])[];
}

/** Everything a search returned across all its pages. */
export interface ContractSearchResult {
  readonly matches: readonly Resource[];
  readonly included: readonly Resource[];
}

/**
 * What the contract needs of a client: a small adapter, so any client (ours, Medplum's,
 * fhir-kit-client, a hand-written loop) can be checked. Every method must reject when the server
 * answers an error; configure the client without retries (or with instant ones) so error answers
 * reach the contract quickly.
 */
export interface FhirContractClient {
  /** Every match of the search across all pages, with every resource the server included. */
  searchAll(search: ContractSearch): Promise<ContractSearchResult>;
  /** Reads one resource. */
  read(resourceType: string, id: string): Promise<Resource>;
}

/** What the contract reads from a client's error. */
export interface DescribedError {
  /** The HTTP status the error reports, or undefined when the client refused before sending. */
  readonly status: number | undefined;
  /** The error's message, as a person would see it. */
  readonly message: string;
}

/** The server the contract runs against. */
export interface FhirContractTarget {
  /** The site's FHIR base URL. */
  readonly baseUrl: string;
  readonly subscriptionKey: string;
  /** True when the server refuses dates other than `YYYY-MM-DD` and `YYYY-MM-DDThh:mm:ss` (Halo). */
  readonly strictDates: boolean;
  /** Serves error fixtures for the error-shape checks. */
  readonly faults: {
    failWhen(predicate: () => boolean, fixture: ErrorFixture): unknown;
    clear(): void;
  };
  /** Called once after the last check. */
  close?(): Promise<void>;
}

/** A contract target over a running mock server; closing the target closes the server. */
export function contractTargetOf(server: MockFhirServer, siteGuid?: string): FhirContractTarget {
  return {
    baseUrl: server.baseUrl(siteGuid),
    subscriptionKey: server.subscriptionKey,
    strictDates: server.quirks.strictDates,
    faults: server.faults,
    close: () => server.close(),
  };
}

/** Reads `status` (or `statusCode`, or `response.status`) and `message` from any error. */
export function describeAnyError(error: unknown): DescribedError {
  const e = error as {
    status?: unknown;
    statusCode?: unknown;
    response?: { status?: unknown };
    message?: unknown;
  };
  const status = [e?.status, e?.statusCode, e?.response?.status].find((s) => typeof s === 'number') as
    | number
    | undefined;
  return { status, message: typeof e?.message === 'string' ? e.message : String(error) };
}
