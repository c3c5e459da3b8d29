import { describe, expect, it } from 'vitest';
import { parseSearch, search } from '../index.js';
import { compositeDateComponentPositions } from './parameter-types.js';
import { r4SearchParameters } from './r4-search-parameters.generated.js';

describe('dates inside composite parameters', () => {
  it('knows every R4 composite with a date component, as the full table records them', () => {
    for (const [resourceType, parameters] of Object.entries(r4SearchParameters)) {
      for (const [code, definition] of Object.entries(parameters)) {
        const expected = (definition.components ?? []).flatMap((component, position) =>
          component.type === 'date' ? [position] : [],
        );
        expect(compositeDateComponentPositions(resourceType, code), `${resourceType}.${code}`).toEqual(
          expected,
        );
      }
    }
  });

  it("are checked against the 'halo' profile, prefix and all, also through a reverse chain", () => {
    const options = { dates: 'halo' } as const;
    expect(() => parseSearch('Observation?code-value-date=http://loinc.org|1234-5$ge2026', options)).toThrow(
      /partial date/,
    );
    expect(() =>
      parseSearch('Patient?_has:Observation:patient:code-value-date=1234-5$2026-02-30', options),
    ).toThrow(/day 30 does not exist/);
    expect(() =>
      search('Observation', options).composite('code-value-date', [
        '1234-5',
        { prefix: 'ge', value: '2026-11' },
      ]),
    ).toThrow(/partial date/);
    const good = search('Observation', options).composite('code-value-date', [
      { system: 'http://loinc.org', code: '1234-5' },
      { prefix: 'ge', value: '2026-11-01' },
    ]);
    expect(good.toString()).toBe('Observation?code-value-date=http://loinc.org%7C1234-5$ge2026-11-01');
    expect(parseSearch(good.toString(), options).query).toEqual(good.query);
  });
});
