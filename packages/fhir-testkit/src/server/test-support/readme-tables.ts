import { FaultKind } from '../faults/fault-kind.js';
import { LastUpdatedForm, lastUpdatedFormByResourceType } from '../quirks/last-updated-forms.js';
import { quirkTable } from '../quirks/quirks.js';

// The README's testkit tables, rendered from the tables in code; readme-testkit.test.ts keeps them equal.

export function renderQuirkTable(): string {
  const rows = Object.entries(quirkTable).map(
    ([quirk, { description }]) => `| \`${quirk}\` | ${description} |`,
  );
  return ['| quirk | what the server does when it is on |', '|---|---|', ...rows].join('\n');
}

const formText: Record<LastUpdatedForm, string> = {
  [LastUpdatedForm.Offset]: 'practice offset, `2026-11-26T09:15:00+11:00`',
  [LastUpdatedForm.Utc]: 'UTC, `2026-11-25T22:15:00Z`',
  [LastUpdatedForm.None]: 'no zone, `2026-11-26T09:15:00`',
};

export function renderLastUpdatedTable(): string {
  const rows = Object.entries(lastUpdatedFormByResourceType).map(
    ([type, form]) => `| ${type} | ${formText[form]} |`,
  );
  return [
    '| resource type | `meta.lastUpdated` form |',
    '|---|---|',
    ...rows,
    `| every other type | ${formText[LastUpdatedForm.Utc]} |`,
  ].join('\n');
}

export const faultKinds: readonly string[] = Object.values(FaultKind);
