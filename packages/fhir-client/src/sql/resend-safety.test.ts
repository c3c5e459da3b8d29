import { describe, expect, it } from 'vitest';
import { isSiteUnavailableError } from '../errors/site-unavailable-error.js';
import { ErrorCategory } from '../errors/vocabulary.js';
import { isSqlOutcomeUnknownError } from './errors/sql-outcome-unknown-error.js';
import type { FakeFault } from './test-support/halo-sql-fake.js';
import { useSqlFake } from './test-support/use-sql-fake.js';

const start = useSqlFake();
const reader = { text: 'SELECT PatientID FROM Patients' };

describe('a query-creating POST is never resent after a failure that may have come after Halo created it', () => {
  const ambiguous: [string, FakeFault['reply'], ErrorCategory][] = [
    ['504 Query took more than 30 seconds', 504, ErrorCategory.QueryTimeout],
    ['500', 500, ErrorCategory.ServerError],
    ['a connection dropped after sending', 'drop', ErrorCategory.Network],
  ];
  for (const [label, reply, category] of ambiguous) {
    for (const route of ['immediate', 'async', 'registered'] as const) {
      it(`${route}: ${label} is SqlOutcomeUnknownError, one query created`, async () => {
        const { fake, sql, settle } = await start();
        fake.define(reader.text, { rows: [{ PatientID: 1 }] });
        fake.fault({ route, reply });
        const call: Promise<unknown> =
          route === 'immediate'
            ? sql.immediate(reader)
            : route === 'async'
              ? sql.submit(reader)
              : sql.registered.create({ name: 'r', command: reader, frequency: 60, duration: 600 });
        const error = await settle(call).catch((e: unknown) => e);
        if (!isSqlOutcomeUnknownError(error)) throw error;
        expect(error.category).toBe(category);
        expect(error.queryType).toBe(route);
        expect(error.action).toMatch(/may have run/);
        expect(fake.billed).toBe(1);
        expect(sql.stats()).toEqual({ queriesSent: 1, resends: 0 });
      });
    }
  }

  it('a query marked repeatable is resent after a 504, and the resend is counted and reported', async () => {
    const { fake, sql, settle, events } = await start();
    fake.define(reader.text, { rows: [{ PatientID: 1 }] });
    fake.fault({ route: 'immediate', reply: 504 });
    const result = await settle(sql.immediate(reader, { repeatable: true }));
    expect(result.rows).toEqual([{ PatientID: 1 }]);
    expect(fake.billed).toBe(2);
    expect(sql.stats()).toEqual({ queriesSent: 2, resends: 1 });
    expect(events.filter((event) => event.type === 'sql-resent')).toMatchObject([
      { queryType: 'immediate', attempt: 2 },
    ]);
  });

  it('a 503 before acceptance creates nothing; the policy does not resend a non-repeatable POST', async () => {
    const { fake, sql, settle } = await start();
    fake.fault({ route: 'async', reply: 503 });
    const error = await settle(sql.submit(reader)).catch((e: unknown) => e);
    expect(isSiteUnavailableError(error)).toBe(true);
    expect(isSqlOutcomeUnknownError(error)).toBe(false);
    expect(fake.billed).toBe(0);
  });

  it('a 429 is refused before the query exists: the policy sends it again after the window', async () => {
    const { fake, sql, settle } = await start();
    fake.define(reader.text, { rows: [{ PatientID: 1 }] });
    fake.fault({ route: 'immediate', reply: 429 });
    const result = await settle(sql.immediate(reader));
    expect(result.rows).toHaveLength(1);
    expect(fake.billed).toBe(1);
    expect(sql.stats()).toEqual({ queriesSent: 2, resends: 1 });
  });
});
