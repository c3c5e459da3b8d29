import type { Resource } from 'fhir/r4.js';
import type { ErrorFixture } from '../fixtures/error-fixture.js';
import type { MockFhirServer } from '../server/create-mock-fhir-server.js';

/** A search as plain data: the type and the parameters in order (names may repeat). */
export interface ContractSearch {
  /** The resource type searched, e.g. `Appointment`. */
  readonly resourceType: string;
  /** `[name, value]` pairs, in order, unencoded (`['_include', 'Appointment:patient']`). */
  readonly params: readonly (readonly [string, string])[];
}

/** Everything a search returned across all its pages. */
export interface ContractSearchResult {
  /** Every matched resource (`search.mode` `match`), in the server's order. */
  readonly matches: readonly Resource[];
  /** Every included resource (`search.mode` `include`), from every page. */
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
  /** The key the server accepts in `Ocp-Apim-Subscription-Key`. */
  readonly subscriptionKey: string;
  /** True when the server refuses dates other than `YYYY-MM-DD` and `YYYY-MM-DDThh:mm:ss` (Halo). */
  readonly strictDates: boolean;
  /** Serves error fixtures for the error-shape checks. */
  readonly faults: {
    /** Answers requests the predicate accepts with the fixture's error until `clear()`. */
    failWhen(predicate: () => boolean, fixture: ErrorFixture): unknown;
    /** Removes every fault, so requests are answered normally again. */
    clear(): void;
  };
  /** Called once after the last check. */
  close?(): Promise<void>;
}

/** Options of {@link contractTargetOf}. */
export interface ContractTargetOptions {
  /** The site to check. @default the server's first site */
  readonly siteGuid?: string;
  /**
   * Which of the site's FHIR bases the target names: `'halo'`
   * (`{url}/integrator/sites/{guid}/fhir/R4`, the path that tells a client it talks to Halo) or
   * `'plain'` (the server's plain FHIR mount, {@link MockFhirServer.plainBaseUrl}, first site only).
   * @default 'halo' when the server applies Halo's date rules (the `strictDates` quirk, on in the Halo profile) or for a site other than the first, else 'plain'
   */
  readonly base?: 'halo' | 'plain';
}

/**
 * A contract target over a running mock server; closing the target closes the server.
 *
 * The base URL follows the server's profile, so a client configured from the URL alone gets the
 * rules the server applies: a Halo-profile server is named by its Halo path, and a plain FHIR one
 * (`profile: 'fhir'`) by its plain mount, where a client that reads Halo's path as "use Halo's date
 * rules" (ours does) does not refuse the R4 date forms the server accepts.
 *
 * @param options the site and base, or (as before) the site's GUID
 * @throws RangeError when `base: 'plain'` names a site other than the first (only the first site has a plain mount)
 */
export function contractTargetOf(
  server: MockFhirServer,
  options: ContractTargetOptions | string = {},
): FhirContractTarget {
  const { siteGuid, base } = typeof options === 'string' ? { siteGuid: options, base: undefined } : options;
  const firstSite = siteGuid === undefined || siteGuid.toLowerCase() === server.siteGuids[0];
  if (base === 'plain' && !firstSite) {
    throw new RangeError(
      `contractTargetOf: site ${siteGuid} has no plain FHIR base (only the first site, ${server.siteGuids[0]}, ` +
        "is mounted there); use base: 'halo' or check the first site",
    );
  }
  const plain = base === 'plain' || (base === undefined && firstSite && !server.quirks.strictDates);
  return {
    baseUrl: plain ? server.plainBaseUrl() : server.baseUrl(siteGuid),
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
