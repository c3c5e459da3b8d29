import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { search } from '../index.js';

// An OR list hands back the string it wrote last time for the same values (builder-arguments.ts
// `orText`), and the step memo answers repeated dates: these prove any sequence of repeats, alternations
// and new values writes exactly the text each call asks for.
const prefix = fc.constantFrom('ge', 'lt', 'eq', 'le' as const);
const day = fc.constantFrom('2026-11-26', '2026-11-27', '2026-11-26T00:00:00', '2027-02-28T23:59:59');
const code = fc.constantFrom('booked', 'arrived', 'a,b', 'x|y', 'cancelled');

describe('texts written again for repeated values', () => {
  it('are the texts of the values given on every call', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(prefix, day, prefix, day, fc.array(code, { minLength: 1, maxLength: 3 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (calls) => {
          for (const [first, start, second, since, statuses] of calls) {
            const url = search('Appointment', { dates: 'halo' })
              .date('date', { [first]: start })
              .lastUpdated({ [second]: since })
              .token('status', statuses)
              .toString();
            const status = statuses
              .map((one) => one.replace(/[,|]/g, (c) => `\\${c}`))
              .join(',')
              .replaceAll('|', '%7C')
              .replaceAll('\\', '%5C');
            expect(url).toBe(
              `Appointment?date=${first}${start}&_lastUpdated=${second}${since}&status=${status}`,
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('write a token of plain system and code parts as a one-token list of the same parts writes it', () => {
    // The last plain `system|code` is handed back for the same parts (builder-arguments.ts
    // `plainSystemAndCode`); a list of one token takes the general path, which escapes and joins each time.
    const part = fc.constantFrom('', 'http://snomed.info/sct', '11429006', 'a|b', 'é', 'x,y');
    const outcome = (build: () => { toString(): string; query: unknown }): string => {
      try {
        const built = build();
        return `${built.toString()} ${JSON.stringify(built.query)}`;
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(part, part), { minLength: 1, maxLength: 12 }), (calls) => {
        for (const [system, code] of calls) {
          const root = search('Appointment');
          expect(outcome(() => root.token('service-type', { system, code }))).toBe(
            outcome(() => root.token('service-type', [{ system, code }])),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});
