import { r4SearchParameters } from '@halo-fhir/fhir-client/search-parameters';
import { ownEntry } from '../search/own-entry.js';

const datePrefixes = 'eq|ne|gt|lt|ge|le|sa|eb|ap';
/** The only two forms Halo accepts, each after an optional comparison prefix. */
const haloDateValue = new RegExp(`^(?:${datePrefixes})?\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}:\\d{2})?$`);

/** A date parameter value Halo would refuse. */
export interface RejectedDate {
  readonly parameter: string;
  readonly value: string;
}

function isDateParameter(resourceType: string, code: string): boolean {
  const definition =
    ownEntry(ownEntry(r4SearchParameters, resourceType), code) ?? ownEntry(r4SearchParameters.Resource, code);
  return definition?.type === 'date';
}

/**
 * The first date parameter value in `params` that is not `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss`
 * (after an optional prefix such as `ge`), or undefined when every date value is acceptable.
 * Modifiers such as `:missing` take no date and are not checked.
 */
export function findRejectedDate(resourceType: string, params: URLSearchParams): RejectedDate | undefined {
  for (const [name, rawValue] of params) {
    const [code = '', modifier] = name.split(':');
    if (modifier !== undefined || !isDateParameter(resourceType, code)) continue;
    for (const value of rawValue.split(',')) {
      if (!haloDateValue.test(value)) return { parameter: name, value };
    }
  }
  return undefined;
}

/** The diagnostics text of the 400 answer to a refused date. */
export function rejectedDateDiagnostics(rejected: RejectedDate): string {
  return (
    `Invalid date "${rejected.value}" for search parameter "${rejected.parameter}": ` +
    'dates must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ss (no time zone, no fractional seconds).'
  );
}
