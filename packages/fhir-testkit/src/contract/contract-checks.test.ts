import type { Resource } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockFhirServer, type MockFhirServer } from '../server/create-mock-fhir-server.js';
import { contractChecks } from './contract-checks.js';
import { contractTargetOf, describeAnyError, type FhirContractClient } from './contract-client.js';
import { createFetchContractClient } from './fetch-contract-client.js';

// The contract must catch broken clients: each check below runs against a client with one defect.

const check = (prefix: string) => {
  const found = contractChecks.find((c) => c.name.startsWith(prefix));
  if (!found) throw new Error(`no contract check starts with "${prefix}"`);
  return found;
};

describe('contract checks catch broken clients', () => {
  let halo: MockFhirServer;
  let plain: MockFhirServer;
  beforeAll(async () => {
    halo = await createMockFhirServer();
    plain = await createMockFhirServer({ profile: 'fhir' });
  });
  afterAll(async () => {
    await halo.close();
    await plain.close();
  });

  const run = (
    server: MockFhirServer,
    prefix: string,
    client: (good: FhirContractClient) => FhirContractClient,
  ) => {
    const target = contractTargetOf(server);
    return check(prefix).run({
      target,
      createClient: async () => client(createFetchContractClient(target)),
      describeError: describeAnyError,
    });
  };

  it('a client that follows Halo next links as given loses includes: the include check fails', async () => {
    const noRepair = () => createFetchContractClient({ ...contractTargetOf(halo), repairIncludes: false });
    await expect(run(halo, 'included resources', noRepair)).rejects.toThrow(/included resources/);
    await expect(run(halo, 'reverse-included', noRepair)).rejects.toThrow(/included resources/);
  });

  it('the same client passes where links keep their includes (plain FHIR profile)', async () => {
    const noRepair = () => createFetchContractClient({ ...contractTargetOf(plain), repairIncludes: false });
    await expect(run(plain, 'included resources', noRepair)).resolves.toBeUndefined();
  });

  it('a client that stops after the first page, repeats or reorders matches, fails the paging check', async () => {
    const firstPageOnly = (good: FhirContractClient): FhirContractClient => ({
      ...good,
      searchAll: async (search) => {
        const all = await good.searchAll(search);
        return { ...all, matches: all.matches.slice(0, 3) };
      },
    });
    await expect(run(halo, 'paging', firstPageOnly)).rejects.toThrow(/matches/);
    const repeats = (good: FhirContractClient): FhirContractClient => ({
      ...good,
      searchAll: async (search) => {
        const all = await good.searchAll(search);
        return { ...all, matches: [...all.matches, ...all.matches.slice(0, 1)] };
      },
    });
    await expect(run(halo, 'paging', repeats)).rejects.toThrow(/twice/);
    const reorders = (good: FhirContractClient): FhirContractClient => ({
      ...good,
      searchAll: async (search) => {
        const all = await good.searchAll(search);
        return { ...all, matches: [...all.matches].reverse() };
      },
    });
    await expect(run(halo, 'paging', reorders)).rejects.toThrow(/matches/);
  });

  it('a client that swallows error answers, or leaks the key into messages, fails the error check', async () => {
    const swallows = (good: FhirContractClient): FhirContractClient => ({
      ...good,
      read: async (type, id) => good.read(type, id).catch(() => ({ resourceType: type }) as Resource),
    });
    await expect(run(halo, 'every documented error', swallows)).rejects.toThrow(/resolved/);
    const leaks = (good: FhirContractClient): FhirContractClient => ({
      ...good,
      read: (type, id) =>
        good.read(type, id).catch((error: { status: number }) => {
          throw Object.assign(new Error(`failed with key ${halo.subscriptionKey}`), { status: error.status });
        }),
    });
    await expect(run(halo, 'every documented error', leaks)).rejects.toThrow(/not to contain/);
    expect(halo.faults.active).toBe(0);
  });

  it('a client that reports no status for server errors fails the error check', async () => {
    const noStatus = (good: FhirContractClient): FhirContractClient => ({
      ...good,
      read: (type, id) =>
        good.read(type, id).catch(() => {
          throw new Error('something failed');
        }),
    });
    await expect(run(halo, 'every documented error', noStatus)).rejects.toThrow(/503 wrapped envelope/);
  });

  it('a client that rewrites dates wrongly fails the exact-date check', async () => {
    const shiftsDates = (good: FhirContractClient): FhirContractClient => ({
      ...good,
      searchAll: (search) =>
        good.searchAll({
          ...search,
          params: search.params.map(
            ([n, v]) => [n, n === 'date' ? v.replace(/T09:00:00/, 'T10:00:00') : v] as const,
          ),
        }),
    });
    await expect(run(halo, 'exact dates', shiftsDates)).rejects.toThrow(/matches/);
  });
});
