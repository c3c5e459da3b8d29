import { afterEach, describe, expect, it } from 'vitest';
import { createFhirClient } from '../client/create-fhir-client.js';
import {
  type RecordedRequest,
  type RecordingServer,
  startRecordingServer,
} from '../client/test-support/recording-server.js';
import { isFhirRequestError } from '../errors/fhir-request-error.js';
import { createResiliencePolicy } from '../resilience/policy.js';

// Reads are covered in client/transport.test.ts; these are the searches: a first page, a later page
// and a POST search (whose form body holds personal data) answered with every redirect status that
// fetch would follow. None is followed: the key and the body stay on the configured origin.

const KEY = 'sk-redirect-91c4e2';
const redirectStatuses = [301, 302, 303, 307, 308] as const;
const servers: RecordingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(
  respond: (request: RecordedRequest) => {
    status?: number;
    headers?: Record<string, string>;
    body?: unknown;
  },
) {
  const server = await startRecordingServer(respond);
  servers.push(server);
  return server;
}

/** Stands for any other origin: it would serve a page if ever asked, and records whether it was. */
const startForeign = () => start(() => ({ body: { resourceType: 'Bundle', type: 'searchset', entry: [] } }));

const patientPage = (id: string, next?: string) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: [{ resource: { resourceType: 'Patient', id }, search: { mode: 'match' } }],
  ...(next === undefined ? {} : { link: [{ relation: 'next', url: next }] }),
});

const clientOf = (server: RecordingServer, options: { postSearchWhen?: 'always' } = {}) =>
  createFhirClient({
    baseUrl: `${server.origin}/fhir`,
    subscriptionKey: KEY,
    policy: createResiliencePolicy({ maxAttempts: 2, baseDelayMs: 1 }),
    ...options,
  });

async function drain(
  iterable: AsyncIterable<{ id?: string | undefined }>,
): Promise<{ ids: string[]; error: unknown }> {
  const ids: string[] = [];
  try {
    for await (const resource of iterable) ids.push(resource.id ?? '');
    return { ids, error: undefined };
  } catch (error) {
    return { ids, error };
  }
}

describe('redirects to a foreign origin during a search are never followed', () => {
  it.each(redirectStatuses)(
    '%i on the first page: a non-retried FhirRequestError, nothing sent there',
    async (status) => {
      const foreign = await startForeign();
      const server = await start(() => ({
        status,
        headers: { location: `${foreign.origin}/steal/Patient?name=x` },
      }));

      const { ids, error } = await drain(clientOf(server).resources('Patient?name=smith'));

      expect(ids).toEqual([]);
      expect(isFhirRequestError(error)).toBe(true);
      expect(error).toMatchObject({ status, retryable: false });
      expect(String((error as Error).message)).not.toContain(KEY);
      expect(server.requests).toHaveLength(1);
      expect(foreign.requests).toEqual([]);
    },
  );

  it.each(redirectStatuses)(
    '%i on a later page: paging stops there with a cursor that resumes it',
    async (status) => {
      const foreign = await startForeign();
      let redirecting = true;
      const server = await start((request) => {
        if (!request.url.includes('_page=2'))
          return { body: patientPage('p1', `${server.origin}/fhir/Patient?name=smith&_page=2`) };
        return redirecting
          ? { status, headers: { location: `${foreign.origin}/fhir/Patient?name=smith&_page=2` } }
          : { body: patientPage('p2') };
      });
      const client = clientOf(server);
      const iterator = client.resources('Patient?name=smith');

      const first = await drain(iterator);
      redirecting = false;
      const resumed = await drain(client.resources('Patient?name=smith', { resumeFrom: iterator.cursor }));

      expect(first.ids).toEqual(['p1']);
      expect(first.error).toMatchObject({ status, retryable: false });
      expect(resumed).toEqual({ ids: ['p2'], error: undefined });
      expect(foreign.requests).toEqual([]);
      expect(server.requests.every((request) => request.headers['ocp-apim-subscription-key'] === KEY)).toBe(
        true,
      );
    },
  );

  it.each([307, 308] as const)(
    '%i on a POST search: neither the key nor the form body reaches the other origin',
    async (status) => {
      const foreign = await startForeign();
      const server = await start(() => ({ status, headers: { location: `${foreign.origin}/collect` } }));

      const { error } = await drain(
        clientOf(server, { postSearchWhen: 'always' }).resources('Patient?name=smith'),
      );

      expect(error).toMatchObject({ status, retryable: false });
      expect(server.requests[0]).toMatchObject({ method: 'POST', body: 'name=smith' });
      expect(foreign.requests).toEqual([]);
    },
  );
});
