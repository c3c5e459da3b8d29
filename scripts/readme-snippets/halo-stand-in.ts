// While README snippets run, Halo's two origins are answered by the testkit's mock practice (in
// process, no socket), so a snippet written for a real practice runs unchanged: same site GUID,
// same key variable; so is the public HAPI test server (as a plain FHIR mock), since CI has no
// internet. Every other URL (a snippet's own mock server on 127.0.0.1) goes to the real fetch.
import {
  createMockFhirFetch,
  defaultSiteGuid,
  type MockFhirFetch,
} from '../../packages/fhir-testkit/src/index.js';

const haloOrigins = ['https://api.haloconnect.io', 'https://api.stage.haloconnect.io'];
const publicTestServer = { origin: 'https://hapi.fhir.org', basePath: '/baseR4' };

/** The stand-in while it is installed. */
export interface HaloStandIn {
  /** The mock behind each Halo origin. */
  readonly mocks: ReadonlyMap<string, MockFhirFetch>;
  /** Puts back the fetch and the environment variable it replaced. */
  restore(): void;
}

/** Replaces `globalThis.fetch` and sets `HALO_SUBSCRIPTION_KEY` to the mock's key. */
export function installHaloStandIn(): HaloStandIn {
  const mocks = new Map<string, MockFhirFetch>(
    haloOrigins.map((origin) => [
      origin,
      createMockFhirFetch({
        origin,
        sites: [{ guid: defaultSiteGuid, seed: 1, size: 200 }],
        // Async SQL queries finish at once: a snippet waits on no real lifecycle.
        sql: { lifecycle: { initialisingMs: 0, queuedMs: 0, executingMs: 0, uploadingMs: 0 } },
      }),
    ]),
  );
  // The practice database the README's SQL examples use (their own tables and procedure, not the demo's).
  for (const mock of mocks.values()) {
    mock.sql.define(defaultSiteGuid, {
      handlers: [
        { match: /\bFROM Patients\b/, result: { rows: [{ PatientID: 12, Surname: "O'Brien" }] } },
        {
          match: { procedure: 'dbo.sp_SaveClinicalNote' },
          result: { rowsAffected: 1, outputs: { '@NoteID': 78 }, returnValue: 0 },
        },
        {
          match: /\bFROM Appointments\b/,
          result: { rows: [{ AppointmentID: 1, PatientID: 12, DoctorID: 42 }] },
        },
      ],
    });
  }
  // The public test server the README uses for "any FHIR server": a plain FHIR R4 mock at its base.
  mocks.set(
    publicTestServer.origin,
    createMockFhirFetch({
      origin: publicTestServer.origin,
      profile: 'fhir',
      basePath: publicTestServer.basePath,
    }),
  );
  const realFetch = globalThis.fetch;
  const previousKey = process.env.HALO_SUBSCRIPTION_KEY;
  process.env.HALO_SUBSCRIPTION_KEY = mocks.get(haloOrigins[0]!)!.subscriptionKey;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const mock = mocks.get(url.origin);
    return mock ? mock.fetch(input, init) : realFetch(input, init);
  };
  return {
    mocks,
    restore() {
      globalThis.fetch = realFetch;
      if (previousKey === undefined) delete process.env.HALO_SUBSCRIPTION_KEY;
      else process.env.HALO_SUBSCRIPTION_KEY = previousKey;
    },
  };
}
