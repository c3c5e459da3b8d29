import { createHaloSqlClient, handleFromWebhook, verifyHaloWebhook } from '@halo-fhir/fhir-client/sql';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.js';
import { startTestServer } from '../test-support/test-server.js';
import { sqlRequest, submitAsync } from './test-support/sql-http.js';

describe('server.sql.webhook', () => {
  it("signs a finished async query's webhook so the client verifies it and resumes the query from it", async () => {
    const clock = createManualClock('2026-11-26T09:00:00Z');
    await using server = await startTestServer({ clock });
    const id = (await submitAsync(server, { text: 'SELECT * FROM BPS_Doctors' })).body.id as string;
    expect(() => server.sql.webhook(id, { secret: 's3cret' })).toThrow(
      /has not finished \(it is initialising\)/,
    );
    clock.advance(7000);
    const webhook = server.sql.webhook(id, { secret: 's3cret' });
    expect(webhook.payload).toMatchObject({
      queryId: id,
      siteId: server.siteGuids[0],
      webhookSource: 'async',
      occurredAt: '2026-11-26T09:00:07.000Z',
    });
    const payload = await verifyHaloWebhook({
      body: webhook.body,
      headers: webhook.headers,
      secret: 's3cret',
      now: clock.now(),
    });
    await expect(
      verifyHaloWebhook({ body: webhook.body, headers: webhook.headers, secret: 'other', now: clock.now() }),
    ).rejects.toThrow();
    const target = handleFromWebhook(payload);
    if (target.source !== 'async') throw new Error('expected an async webhook');
    const sql = createHaloSqlClient({
      baseUrl: server.siteUrl(),
      subscriptionKey: server.subscriptionKey,
      clock,
    });
    const rows = [];
    for await (const row of sql.resume(target.saved).rows()) rows.push(row);
    expect(rows).toHaveLength(server.store().list('Practitioner').length);
    expect(server.sql.billedQueries()).toBe(1);
  });

  it("signs a registered query's webhook after its run, and refuses unknown ids", async () => {
    await using server = await startTestServer();
    const created = await sqlRequest(server, 'POST', '/queries/registered', {
      name: 'gps',
      registeredQueryType: 'query',
      frequency: 60,
      duration: 120,
      registerCommand: { command: { text: 'SELECT * FROM BPS_Doctors' } },
    });
    const webhook = server.sql.webhook(created.body.id, { secret: 'k' });
    expect(webhook.payload.webhookSource).toBe('registered');
    expect(await verifyHaloWebhook({ body: webhook.body, headers: webhook.headers, secret: 'k' })).toEqual(
      webhook.payload,
    );
    expect(() => server.sql.webhook('00000000-0000-4000-8000-000000000000', { secret: 'k' })).toThrow(
      RangeError,
    );
  });
});
