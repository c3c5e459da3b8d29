import { describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import { isInvalidClientOptionsError } from '../client/invalid-client-options-error.js';
import { isPausedError } from '../errors/paused-error.js';
import type { SqlCommand } from './command.js';
import { createHaloSqlClient } from './create-halo-sql-client.js';
import { typed } from './template.js';
import { KEY, SITE, useSqlFake } from './test-support/use-sql-fake.js';

const start = useSqlFake();

describe('one SQL client per practice, sharing the FHIR client policy', () => {
  it('built from a FHIR client: same site key and policy, so a "Login failed" on SQL pauses FHIR too', async () => {
    const { fake, server, clock } = await start();
    const fhir = createFhirClient({
      halo: { siteId: SITE, origin: server.origin },
      subscriptionKey: KEY,
      clock,
    });
    const sql = createHaloSqlClient({ fhirClient: fhir, subscriptionKey: KEY, clock });
    expect(sql.site).toBe(fhir.site);
    expect(sql.policy).toBe(fhir.policy);
    expect(sql.baseUrl).toBe(`${server.siteBase}/`);
    fake.define('SELECT 1', {
      error: { errorType: 'mssql', errorCode: 18456, errorMessage: "Login failed for user 'halo'." },
    });
    await expect(sql.immediate({ text: 'SELECT 1' })).rejects.toMatchObject({ category: 'login-failed' });
    const refused = await fhir.read('Patient', '1', { waitIfPaused: false }).catch((e: unknown) => e);
    expect(isPausedError(refused)).toBe(true);
    expect(server.requests.filter((r) => r.path.startsWith('fhir'))).toHaveLength(0);
  });

  it('a practice marked churned through the FHIR client policy is refused for SQL too, nothing sent', async () => {
    const { server, clock, fake } = await start();
    const fhir = createFhirClient({
      halo: { siteId: SITE, origin: server.origin },
      subscriptionKey: KEY,
      clock,
    });
    const sql = createHaloSqlClient({ fhirClient: fhir, subscriptionKey: KEY, clock });
    fhir.policy.markChurned(fhir.site, { note: 'left Halo' });
    const refused = await sql.immediate({ text: 'SELECT 1' }).catch((e: unknown) => e);
    expect(isPausedError(refused)).toBe(true);
    expect(fake.billed).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it("reports the shared policy's events of its own SQL traffic only, never the FHIR client's", async () => {
    const { server, clock, fake } = await start();
    fake.define('SELECT 1', { scalar: 1 });
    const fhir = createFhirClient({
      halo: { siteId: SITE, origin: server.origin },
      subscriptionKey: KEY,
      clock,
    });
    const seen: string[] = [];
    const sql = createHaloSqlClient({
      fhirClient: fhir,
      subscriptionKey: KEY,
      clock,
      onEvent: (e) => seen.push(`${e.type}:${'interaction' in e ? e.interaction : ''}`),
    });
    await fhir.read('Patient', '1').catch(() => undefined);
    await sql.immediate({ text: 'SELECT 1', executionMode: 'scalar' });
    expect(seen).toEqual(['request:sql-query', 'response:sql-query']);
  });

  it('reads the site: PMS, availability, catalogues and engine, once', async () => {
    const { sql, server } = await start();
    const info = await sql.siteInfo();
    expect(info).toMatchObject({
      pmsType: 'BestPractice',
      availability: 'online',
      catalogues: [{ name: 'BPSPatients', isDefault: true }],
      engine: 'mssql',
    });
    await sql.siteInfo();
    expect(server.requests).toHaveLength(1);
    await sql.siteInfo({ refresh: true });
    expect(server.requests).toHaveLength(2);
  });

  it('accepts the site base or the FHIR base as baseUrl, and refuses what is not one Halo site', () => {
    const site = `https://api.stage.haloconnect.io/integrator/sites/${SITE}`;
    expect(createHaloSqlClient({ baseUrl: site }).baseUrl).toBe(`${site}/`);
    expect(createHaloSqlClient({ baseUrl: `${site}/fhir/R4/` }).site).toBe(SITE);
    expect(createHaloSqlClient({ halo: { siteId: SITE, environment: 'stage' } }).baseUrl).toBe(`${site}/`);
    for (const options of [
      { baseUrl: 'https://hapi.fhir.org/baseR4' },
      { baseUrl: site, halo: { siteId: SITE } },
      {},
      { baseUrl: site, rewrite: 'sometimes' as never },
      { baseUrl: site, engine: 'oracle' as never },
      { baseUrl: site, subscriptionKey: ' ' },
      { baseUrl: site, polling: { factor: 0.5 } },
    ]) {
      const error = (() => {
        try {
          createHaloSqlClient(options);
        } catch (caught) {
          return caught;
        }
      })();
      expect(isInvalidClientOptionsError(error), JSON.stringify(options)).toBe(true);
    }
  });
});

describe('the query tag turns interpolations into typed parameters, never SQL text', () => {
  it('sends @p1, @p2 with inferred or given types', async () => {
    const { fake, sql, server } = await start();
    fake.defineMatching(/^SELECT Surname/, { rows: [{ Surname: 'Nguyen' }] });
    const id = 12;
    const name = "O'Brien; DROP TABLE Patients; --";
    const { rows } = await sql.query<{
      Surname: string;
    }>`SELECT Surname FROM Patients WHERE PatientID = ${id} AND Surname <> ${name} AND Code = ${typed('7', 'VarChar')}`;
    expect(rows).toEqual([{ Surname: 'Nguyen' }]);
    const sent = commandOf(server.requests[0]);
    expect(sent?.text).toBe(
      'SELECT Surname FROM Patients WHERE PatientID = @p1 AND Surname <> @p2 AND Code = @p3',
    );
    expect(sent?.parameters?.map((p) => [p.name, p.type, p.value])).toEqual([
      ['@p1', 'Int', '12'],
      ['@p2', 'NVarChar', name],
      ['@p3', 'VarChar', '7'],
    ]);
    fake.defineMatching(/^SELECT COUNT/, { scalar: 3 });
    const count = await sql.query.with({
      executionMode: 'scalar',
      catalogue: 'BPSPatients',
    })`SELECT COUNT(*) FROM Patients WHERE Age > ${40}`;
    expect(count.value).toBe(3);
    expect(server.requests[1]?.json).toMatchObject({
      catalogue: 'BPSPatients',
      command: { executionMode: 'scalar' },
    });
  });
});

function commandOf(request: { readonly json: unknown } | undefined): SqlCommand | undefined {
  return (request?.json as { command?: SqlCommand } | undefined)?.command;
}
