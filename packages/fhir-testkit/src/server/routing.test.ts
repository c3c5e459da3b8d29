import type { Bundle, CapabilityStatement, OperationOutcome, Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

describe('routing of FHIR interactions', () => {
  it('answers metadata with a CapabilityStatement listing the site types and the Patient writes', async () => {
    await using server = await startTestServer();
    const statement = (await (
      await fetchWithKey(server, `${server.baseUrl()}/metadata`)
    ).json()) as CapabilityStatement;
    expect(statement).toMatchObject({
      resourceType: 'CapabilityStatement',
      fhirVersion: '4.0.1',
      kind: 'instance',
    });
    const resources = statement.rest?.[0]?.resource ?? [];
    expect(resources.map((r) => r.type)).toEqual(
      expect.arrayContaining(['Appointment', 'Patient', 'Practitioner']),
    );
    const patient = resources.find((r) => r.type === 'Patient');
    expect(patient?.interaction?.map((i) => i.code)).toEqual([
      'read',
      'vread',
      'history-instance',
      'history-type',
      'search-type',
      'create',
      'update',
    ]);
    expect(patient?.searchParam?.find((p) => p.name === 'birthdate')?.type).toBe('date');
    expect(resources.find((r) => r.type === 'Appointment')?.interaction?.map((i) => i.code)).toEqual([
      'read',
      'vread',
      'history-instance',
      'history-type',
      'search-type',
    ]);
  });

  it('says in the CapabilityStatement which Halo quirks are on', async () => {
    await using halo = await startTestServer({ quirks: { strictDates: false } });
    await using plain = await startTestServer({ profile: 'fhir' });
    const quirksOf = async (url: string) =>
      (
        (await (
          await fetch(url, { headers: { 'ocp-apim-subscription-key': 'test-key' } })
        ).json()) as CapabilityStatement
      ).extension?.map((e) => e.valueCode);
    expect(await quirksOf(`${halo.baseUrl()}/metadata`)).toEqual([
      'dropIncludeOnPaging',
      'onlyActive',
      'lastUpdatedForms',
      'requireSubscriptionKey',
      'unknownSiteUnauthorized',
    ]);
    // No quirk on: no extension at all (FHIR JSON has no empty arrays).
    expect(await quirksOf(`${plain.baseUrl()}/metadata`)).toBeUndefined();
  });

  it('reads a resource by id and answers 404 OperationOutcome for an unknown id', async () => {
    await using server = await startTestServer();
    const found = await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`);
    expect(found.status).toBe(200);
    expect(found.headers.get('content-type')).toContain('application/fhir+json');
    expect(((await found.json()) as Patient).id).toBe('pat-1');
    const missing = await fetchWithKey(server, `${server.baseUrl()}/Patient/nobody`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as OperationOutcome).issue[0]?.code).toBe('not-found');
  });

  it('searches by POST [type]/_search with a form body, merged with the URL query', async () => {
    await using server = await startTestServer();
    const response = await fetchWithKey(server, `${server.baseUrl()}/Appointment/_search?_count=3`, {
      method: 'POST',
      headers: formHeaders,
      body: 'patient=Patient%2Fpat-20',
    });
    const bundle = (await response.json()) as Bundle;
    expect(response.status).toBe(200);
    expect(bundle.type).toBe('searchset');
    expect(bundle.entry?.length).toBeGreaterThan(0);
    for (const entry of bundle.entry ?? []) {
      expect(JSON.stringify(entry.resource)).toContain('Patient/pat-20');
    }
    expect(server.requests[0]?.params.get('patient')).toBe('Patient/pat-20');
    expect(server.requests[0]?.params.get('_count')).toBe('3');
  });

  it('refuses a _search body that is not form-encoded with 415', async () => {
    await using server = await startTestServer();
    const response = await fetchWithKey(server, `${server.baseUrl()}/Patient/_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x"}',
    });
    expect(response.status).toBe(415);
  });

  it('creates a Patient with a server-assigned id, then updates it with a new version', async () => {
    await using server = await startTestServer();
    const created = await fetchWithKey(server, `${server.baseUrl()}/Patient`, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify({ resourceType: 'Patient', id: 'client-chosen', name: [{ family: 'Citizen' }] }),
    });
    expect(created.status).toBe(201);
    const patient = (await created.json()) as Patient;
    expect(patient.id).not.toBe('client-chosen');
    expect(created.headers.get('location')).toBe(`${server.baseUrl()}/Patient/${patient.id}/_history/1`);
    const updated = await fetchWithKey(server, `${server.baseUrl()}/Patient/${patient.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify({ ...patient, name: [{ family: 'Citizen-Smith' }] }),
    });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as Patient).meta?.versionId).toBe('2');
    expect((server.store().get('Patient', patient.id ?? '') as Patient | undefined)?.name?.[0]?.family).toBe(
      'Citizen-Smith',
    );
  });

  it('refuses an update whose body id differs from the URL, and a body of another type', async () => {
    await using server = await startTestServer();
    const put = (body: unknown) =>
      fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`, {
        method: 'PUT',
        body: JSON.stringify(body),
      });
    expect((await put({ resourceType: 'Patient', id: 'pat-2' })).status).toBe(400);
    expect((await put({ resourceType: 'Practitioner', id: 'pat-1' })).status).toBe(400);
    expect(server.store().get('Patient', 'pat-1')?.meta?.versionId).toBe('1');
  });

  it('answers 405 for writes Halo does not support and 404 for paths outside a FHIR base', async () => {
    await using server = await startTestServer();
    const postAppointment = await fetchWithKey(server, `${server.baseUrl()}/Appointment`, {
      method: 'POST',
      body: '{"resourceType":"Appointment"}',
    });
    expect(postAppointment.status).toBe(405);
    expect((await fetchWithKey(server, `${server.url}/elsewhere`)).status).toBe(404);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1/extra/segments`)).status).toBe(404);
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/%E0%A4%A`)).status).toBe(404);
    expect(
      (await fetchWithKey(server, `${server.url}/integrator/sites/%E0%A4%A/fhir/R4/Patient`)).status,
    ).toBe(401);
    expect(server.requests.every((r) => r.status !== 500)).toBe(true);
  });

  it('also serves the default site at basePath for plain FHIR clients', async () => {
    await using server = await startTestServer({ basePath: '/fhir/R4' });
    const response = await fetchWithKey(server, `${server.url}/fhir/R4/Patient/pat-1`);
    expect(response.status).toBe(200);
    const bundle = (await (
      await fetchWithKey(server, `${server.url}/fhir/R4/Patient?_count=1`)
    ).json()) as Bundle;
    expect(bundle.entry?.[0]?.fullUrl).toMatch(new RegExp(`^${server.url}/fhir/R4/Patient/`));
  });

  it('accepts every search parameter its CapabilityStatement advertises for Patient', async () => {
    await using server = await startTestServer();
    const statement = (await (
      await fetchWithKey(server, `${server.baseUrl()}/metadata`)
    ).json()) as CapabilityStatement;
    const params = statement.rest?.[0]?.resource?.find((r) => r.type === 'Patient')?.searchParam ?? [];
    expect(params.length).toBeGreaterThan(10);
    const sample: Record<string, string> = { date: '2026-01-01', number: '1', quantity: '1' };
    for (const { name, type } of params) {
      const value = encodeURIComponent(sample[type] ?? 'x');
      const response = await fetchWithKey(server, `${server.baseUrl()}/Patient?${name}=${value}&_count=1`);
      expect(response.status, `${name} (${type})`).toBe(200);
    }
  });

  it('honours If-Match on update: the current version updates, a stale one answers 412', async () => {
    await using server = await startTestServer();
    const put = (ifMatch: string) =>
      fetchWithKey(server, `${server.baseUrl()}/Patient/pat-1`, {
        method: 'PUT',
        headers: { 'if-match': ifMatch },
        body: JSON.stringify({ resourceType: 'Patient', id: 'pat-1', active: true }),
      });
    expect((await put('W/"1"')).status).toBe(200);
    const stale = await put('W/"1"');
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as OperationOutcome).issue[0]?.diagnostics).toContain('version 2');
    expect((await put('garbage')).status).toBe(400);
    expect(server.store().get('Patient', 'pat-1')?.meta?.versionId).toBe('2');
    const missing = await fetchWithKey(server, `${server.baseUrl()}/Patient/new-one`, {
      method: 'PUT',
      headers: { 'if-match': 'W/"1"' },
      body: JSON.stringify({ resourceType: 'Patient', id: 'new-one' }),
    });
    expect(missing.status).toBe(412);
  });
});
