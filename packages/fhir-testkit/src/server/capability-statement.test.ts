import { r4SearchParameters } from '@halo-fhir/fhir-client/search-parameters';
import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyValuePaths } from '../test-support/empty-values.js';
import {
  loadR4SchemaValidator,
  type R4SchemaValidator,
  schemaLoadTimeoutMs,
} from '../test-support/r4-json-schema.js';
import type { MockFhirServer } from './create-mock-fhir-server.js';
import { fetchWithKey, startTestServer } from './test-support/test-server.js';

/**
 * The CapabilityStatement is tested against behaviour: what it advertises works, and what the server
 * accepts it advertises. Over real HTTP, in both profiles.
 */

let schema: R4SchemaValidator;
beforeAll(async () => {
  schema = await loadR4SchemaValidator();
}, schemaLoadTimeoutMs);

async function statementOf(server: MockFhirServer): Promise<CapabilityStatement> {
  const response = await fetchWithKey(server, `${server.baseUrl()}/metadata`);
  expect(response.status).toBe(200);
  return (await response.json()) as CapabilityStatement;
}

const sampleByType: Readonly<Record<string, string>> = {
  string: 'x',
  token: 'x',
  reference: 'Patient/x',
  date: '2026-01-01',
  number: '1',
  quantity: '1',
  uri: 'http://example.org/x',
};

/** A well-formed value of the parameter's type (composites: one per component, joined with `$`). */
function sampleValue(resourceType: string, name: string, type: string): string {
  if (type !== 'composite') return sampleByType[type] ?? 'x';
  const definition = r4SearchParameters[resourceType]?.[name];
  return (definition?.components ?? []).map((c) => sampleByType[c.type] ?? 'x').join('$');
}

async function status(server: MockFhirServer, path: string, init: RequestInit = {}): Promise<number> {
  const response = await fetchWithKey(server, `${server.baseUrl()}/${path}`, init);
  await response.arrayBuffer();
  return response.status;
}

const resourcesOf = (statement: CapabilityStatement): CapabilityStatementRestResource[] =>
  statement.rest?.[0]?.resource ?? [];

describe.each(['halo', 'fhir'] as const)('CapabilityStatement, %s profile', (profile) => {
  it('is valid R4 JSON with no empty array, object or string', async () => {
    await using server = await startTestServer({ profile });
    const statement = await statementOf(server);
    expect(schema.errorsOf(statement)).toEqual([]);
    expect(emptyValuePaths(statement)).toEqual([]);
    expect(resourcesOf(statement).length).toBeGreaterThan(5);
  });

  it('advertises exactly the search parameters the server accepts, type by type', async () => {
    await using server = await startTestServer({ profile });
    let refused = 0;
    for (const resource of resourcesOf(await statementOf(server))) {
      const advertised = new Set((resource.searchParam ?? []).map((p) => p.name));
      for (const { name, type } of resource.searchParam ?? []) {
        const value = encodeURIComponent(sampleValue(resource.type, name, type));
        expect(
          await status(server, `${resource.type}?${name}=${value}&_count=1`),
          `${resource.type}?${name}`,
        ).toBe(200);
      }
      const r4Codes = [
        ...Object.keys(r4SearchParameters[resource.type] ?? {}),
        ...Object.keys(r4SearchParameters.Resource ?? {}),
      ];
      const notAdvertised = r4Codes.filter((code) => !advertised.has(code));
      for (const code of notAdvertised) {
        const definition = r4SearchParameters[resource.type]?.[code] ?? r4SearchParameters.Resource?.[code];
        const value = encodeURIComponent(sampleValue(resource.type, code, definition?.type ?? 'string'));
        expect(
          await status(server, `${resource.type}?${code}=${value}&_count=1`),
          `${resource.type}?${code} is not advertised, so it must be refused`,
        ).toBe(400);
        refused += 1;
      }
    }
    // `_text`, `_content`, `_query` of every type at least: the check above ran.
    expect(refused).toBeGreaterThan(10);
  });

  it('advertises the _include and _revinclude values it follows, and every reference of the type', async () => {
    await using server = await startTestServer({ profile });
    for (const resource of resourcesOf(await statementOf(server))) {
      const references = (resource.searchParam ?? []).filter((p) => p.type === 'reference');
      expect(new Set(resource.searchInclude ?? [])).toEqual(
        new Set(
          references.length === 0
            ? []
            : [`${resource.type}:*`, ...references.map((p) => `${resource.type}:${p.name}`)],
        ),
      );
      for (const include of resource.searchInclude ?? []) {
        expect(await status(server, `${resource.type}?_count=2&_include=${include}`), include).toBe(200);
        expect(await status(server, `${resource.type}?_count=2&_include:iterate=${include}`), include).toBe(
          200,
        );
      }
      for (const revInclude of resource.searchRevInclude ?? []) {
        expect(await status(server, `${resource.type}?_count=2&_revinclude=${revInclude}`), revInclude).toBe(
          200,
        );
      }
    }
  });

  it('serves every advertised interaction of every type, and refuses the writes it does not advertise', async () => {
    await using server = await startTestServer({ profile });
    for (const resource of resourcesOf(await statementOf(server))) {
      const codes = new Set<string>((resource.interaction ?? []).map((i) => i.code));
      expect(
        ['read', 'vread', 'history-instance', 'history-type', 'search-type'].every((c) => codes.has(c)),
      ).toBe(true);
      expect(resource.versioning).toBe(codes.has('update') ? 'versioned-update' : 'versioned');
      expect(resource.readHistory).toBe(true);
      const [first] = server.store().list(resource.type);
      const id = first?.id as string;
      const versionId = first?.meta?.versionId as string;
      expect(await status(server, `${resource.type}?_count=1`)).toBe(200);
      expect(await status(server, `${resource.type}/_history?_count=1`)).toBe(200);
      // Halo hides inactive records: pick the read check by what the profile serves.
      const served = profile === 'fhir' || (await status(server, `${resource.type}/${id}`)) === 200;
      if (served) {
        expect(await status(server, `${resource.type}/${id}`)).toBe(200);
        expect(await status(server, `${resource.type}/${id}/_history/${versionId}`)).toBe(200);
        expect(await status(server, `${resource.type}/${id}/_history`)).toBe(200);
      }
      const body = JSON.stringify({ resourceType: resource.type, id });
      expect(await status(server, resource.type, { method: 'POST', body })).toBe(
        codes.has('create') ? 201 : 405,
      );
      const put = await status(server, `${resource.type}/${id}`, { method: 'PUT', body });
      expect(put).toBe(codes.has('update') ? 200 : 405);
    }
  });
});
