import type { Appointment, OperationOutcome, Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { haloErrors } from '../../fixtures/halo-errors.js';
import { allPages, getBundle, keyOf, linkOf, resourcesIn } from '../test-support/bundles.js';
import { fetchWithKey, startTestServer } from '../test-support/test-server.js';

describe('quirk dropIncludeOnPaging', () => {
  const query = 'Appointment?_count=5&_include=Appointment:patient';

  it('on: next links lose _include, so only the first page carries included resources', async () => {
    await using server = await startTestServer();
    const pages = await allPages(server, `${server.baseUrl()}/${query}`);
    expect(pages.length).toBeGreaterThan(2);
    expect(resourcesIn(pages[0]!, 'include').length).toBeGreaterThan(0);
    for (const page of pages.slice(1)) expect(resourcesIn(page, 'include')).toEqual([]);
    expect(linkOf(pages[0]!, 'next')).not.toContain('_include');
    expect(linkOf(pages[0]!, 'self')).toContain('_include=Appointment%3Apatient');
  });

  it('on: the next link is the original query minus _include/_revinclude, plus the cursor', async () => {
    await using server = await startTestServer();
    const original = '_count=5&status=booked&_include=Appointment:patient&_revinclude=Encounter:appointment';
    const first = await getBundle(server, `${server.baseUrl()}/Appointment?${original}`);
    const next = new URL(linkOf(first, 'next') ?? '');
    expect(`${next.origin}${next.pathname}`).toBe(`${server.baseUrl()}/Appointment`);
    const kept = [...next.searchParams].filter(([name]) => name !== '_cursor');
    expect(kept).toEqual([
      ['_count', '5'],
      ['status', 'booked'],
    ]);
    expect(next.searchParams.getAll('_cursor')).toHaveLength(1);
  });

  it('on: a client that puts _include back on the next link gets the page with its includes', async () => {
    await using server = await startTestServer();
    const first = await getBundle(server, `${server.baseUrl()}/${query}`);
    const repaired = new URL(linkOf(first, 'next') ?? '');
    repaired.searchParams.append('_include', 'Appointment:patient');
    const second = await getBundle(server, repaired.toString());
    const included = new Set(resourcesIn(second, 'include').map(keyOf));
    const activePatients = (resourcesIn(second, 'match') as Appointment[])
      .map(
        (a) => a.participant.find((p) => p.actor?.reference?.startsWith('Patient/'))?.actor?.reference ?? '',
      )
      .filter(
        (reference) => (server.store().get('Patient', reference.slice(8)) as Patient | undefined)?.active,
      );
    expect(activePatients.length).toBeGreaterThan(0);
    for (const reference of activePatients) expect(included).toContain(reference);
  });

  it('off: next links keep _include and every page carries the includes of its matches', async () => {
    await using server = await startTestServer({ quirks: { dropIncludeOnPaging: false } });
    const pages = await allPages(server, `${server.baseUrl()}/${query}`);
    expect(linkOf(pages[0]!, 'next')).toContain('_include=Appointment%3Apatient');
    for (const page of pages) {
      const withPatient = (resourcesIn(page, 'match') as Appointment[]).filter((a) =>
        a.participant.some((p) => p.actor?.reference?.startsWith('Patient/')),
      );
      if (withPatient.length > 0) expect(resourcesIn(page, 'include').length).toBeGreaterThan(0);
    }
  });
});

describe('quirk onlyActive', () => {
  it('on: inactive records are neither searched nor read', async () => {
    await using server = await startTestServer();
    const inactive = server
      .store()
      .list('Patient')
      .find((p) => (p as Patient).active === false);
    expect(inactive).toBeDefined();
    const ids = resourcesIn(await getBundle(server, `${server.baseUrl()}/Patient?_count=1000`), 'match').map(
      keyOf,
    );
    expect(ids).not.toContain(keyOf(inactive!));
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/${inactive!.id}`)).status).toBe(404);
  });

  it('off: inactive records are served', async () => {
    await using server = await startTestServer({ quirks: { onlyActive: false } });
    const inactive = server
      .store()
      .list('Patient')
      .find((p) => (p as Patient).active === false);
    const ids = resourcesIn(await getBundle(server, `${server.baseUrl()}/Patient?_count=1000`), 'match').map(
      keyOf,
    );
    expect(ids).toContain(keyOf(inactive!));
    expect((await fetchWithKey(server, `${server.baseUrl()}/Patient/${inactive!.id}`)).status).toBe(200);
  });
});

describe('quirk lastUpdatedForms', () => {
  const lastUpdatedOf = async (server: Awaited<ReturnType<typeof startTestServer>>, path: string) =>
    ((await (await fetchWithKey(server, `${server.baseUrl()}/${path}`)).json()) as Patient).meta?.lastUpdated;

  it('on: Patient gets the practice offset, Practitioner no zone, Observation Z, all the same instant', async () => {
    await using server = await startTestServer();
    const stored = server.store().get('Patient', 'pat-1')?.meta?.lastUpdated ?? '';
    const patient = await lastUpdatedOf(server, 'Patient/pat-1');
    expect(patient).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+1[01]:00$/);
    expect(Date.parse(patient ?? '')).toBe(Math.floor(Date.parse(stored) / 1000) * 1000);
    expect(await lastUpdatedOf(server, 'Practitioner/prac-1')).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/,
    );
    const observation = server.store().list('Observation')[0];
    expect(await lastUpdatedOf(server, `Observation/${observation?.id}`)).toMatch(/T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('on: forms apply inside search Bundles too', async () => {
    await using server = await startTestServer();
    const bundle = await getBundle(server, `${server.baseUrl()}/Practitioner`);
    expect(resourcesIn(bundle, 'match')[0]?.meta?.lastUpdated).toMatch(/T\d{2}:\d{2}:\d{2}$/);
  });

  it('off: meta.lastUpdated is served exactly as stored', async () => {
    await using server = await startTestServer({ profile: 'fhir', quirks: { requireSubscriptionKey: true } });
    const stored = server.store().get('Patient', 'pat-1')?.meta?.lastUpdated;
    expect(await lastUpdatedOf(server, 'Patient/pat-1')).toBe(stored);
  });
});

describe('quirk strictDates', () => {
  const statusOf = async (server: Awaited<ReturnType<typeof startTestServer>>, query: string) =>
    (await fetchWithKey(server, `${server.baseUrl()}/Appointment?${query}`)).status;

  it('on: accepts YYYY-MM-DD and YYYY-MM-DDThh:mm:ss, with or without a prefix', async () => {
    await using server = await startTestServer();
    expect(await statusOf(server, 'date=ge2026-11-26')).toBe(200);
    expect(await statusOf(server, 'date=ge2026-11-26T08:00:00&date=le2026-11-27')).toBe(200);
  });

  it('on: refuses any other date form with a 400 OperationOutcome that names the parameter', async () => {
    await using server = await startTestServer();
    for (const value of [
      'ge2026-11-26T08:00:00Z',
      'ge2026-11-26T08:00:00%2B11:00',
      'ge2026-11',
      'ge2026-11-26T08:00',
    ]) {
      const response = await fetchWithKey(server, `${server.baseUrl()}/Appointment?date=${value}`);
      expect(response.status, value).toBe(400);
      const outcome = (await response.json()) as OperationOutcome;
      expect(outcome.issue[0]?.code).toBe('invalid');
      expect(outcome.issue[0]?.diagnostics).toContain('"date"');
    }
  });

  it('off: other date forms reach the search engine', async () => {
    await using server = await startTestServer({ quirks: { strictDates: false } });
    expect(await statusOf(server, 'date=ge2026-11-26T08:00:00Z')).toBe(200);
  });
});

describe('quirk requireSubscriptionKey', () => {
  it("on: a missing or wrong key answers 401 with Halo's message; the right key passes", async () => {
    await using server = await startTestServer({ subscriptionKey: 'right' });
    const missing = await fetch(`${server.baseUrl()}/metadata`);
    expect(missing.status).toBe(401);
    expect(await missing.text()).toBe(haloErrors.keyNotFound().body);
    expect(haloErrors.keyNotFound().body).toContain('missing subscription key');
    const wrong = await fetch(`${server.baseUrl()}/metadata`, {
      headers: { 'Ocp-Apim-Subscription-Key': 'nope' },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toBe(haloErrors.keyInvalid().body);
    expect(haloErrors.keyInvalid().body).toContain('invalid subscription key');
    const right = await fetch(`${server.baseUrl()}/metadata`, {
      headers: { 'Ocp-Apim-Subscription-Key': 'right' },
    });
    expect(right.status).toBe(200);
  });

  it('off: requests without a key are served', async () => {
    await using server = await startTestServer({ quirks: { requireSubscriptionKey: false } });
    expect((await fetch(`${server.baseUrl()}/metadata`)).status).toBe(200);
  });
});

describe('quirk unknownSiteUnauthorized', () => {
  const unknown = 'ffffffff-0000-0000-0000-000000000000';

  it('on: an unknown site GUID answers 401 with no exception name, as for an inactive GUID', async () => {
    await using server = await startTestServer();
    const response = await fetchWithKey(server, `${server.url}/integrator/sites/${unknown}/fhir/R4/Patient`);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe(haloErrors.siteInactive().body);
  });

  it('off: an unknown site GUID answers 404 OperationOutcome', async () => {
    await using server = await startTestServer({ quirks: { unknownSiteUnauthorized: false } });
    const response = await fetchWithKey(server, `${server.url}/integrator/sites/${unknown}/fhir/R4/Patient`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as OperationOutcome).resourceType).toBe('OperationOutcome');
  });
});

describe('quirk settings', () => {
  it('refuses an unknown quirk name', async () => {
    await expect(startTestServer({ quirks: { dropIncludes: true } as never })).rejects.toThrow(
      /Unknown quirk "dropIncludes"/,
    );
  });
});
