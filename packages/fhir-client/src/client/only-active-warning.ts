/**
 * Values of `status` that name records Halo treats as inactive (Location `inactive`/`suspended`,
 * Endpoint `off`, Medication `inactive`, …). Halo returns only active records, so a query for these
 * comes back empty or incomplete without any error.
 */
export const inactiveStatusValues: readonly string[] = ['inactive', 'suspended', 'off'];

/**
 * Which parameters of a query ask for inactive records, as `name=value` texts (empty when none).
 * Recognised: `active=false` (and `active:not=true`), `status=` one of {@link inactiveStatusValues}
 * (and `status:not=active`). Comma-separated alternatives count when any of them is inactive.
 */
export function inactiveRecordParameters(params: URLSearchParams): string[] {
  const found: string[] = [];
  for (const [name, value] of params) {
    const [parameter, modifier] = name.split(':', 2);
    const alternatives = value.split(',').map((alternative) => alternative.trim().toLowerCase());
    const negated = modifier === 'not';
    if (parameter === 'active') {
      if (negated ? alternatives.includes('true') : alternatives.includes('false'))
        found.push(`${name}=${value}`);
    } else if (parameter === 'status') {
      const asksInactive = negated
        ? alternatives.includes('active')
        : alternatives.some((alternative) => inactiveStatusValues.includes(alternative));
      if (asksInactive) found.push(`${name}=${value}`);
    }
  }
  return found;
}

/** The warning text for a query that asks for inactive records. */
export function onlyActiveWarningMessage(resourceType: string, parameters: readonly string[]): string {
  return (
    `${resourceType} search asks for inactive records (${parameters.join(', ')}), but Halo returns only active ` +
    'records (a known issue of its FHIR API): expect none of them in the results. Read inactive records from ' +
    'the practice system another way, or drop the parameter.'
  );
}
