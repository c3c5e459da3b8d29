import { type ErrorCatalogAdvice, type ErrorCatalogEntry, errorCatalog } from './catalog.js';

/** Marks the start of the generated error table in the README. */
export const ERROR_TABLE_START =
  '<!-- errors-table:start (generated from errors/catalog.ts: pnpm exec tsx scripts/generate-error-table.ts) -->';
/** Marks the end of the generated error table in the README. */
export const ERROR_TABLE_END = '<!-- errors-table:end -->';

/** The error catalog as a Markdown table, one row per category, in catalog (matching) order. */
export function renderErrorTable(catalog: readonly ErrorCatalogEntry[] = errorCatalog): string {
  const header = [
    '| category | status | Halo exception / message | cause | what to do | retry | scope |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const rows = catalog.map((entry) =>
    [
      `\`${entry.category}\``,
      statusesOf(entry),
      signalsOf(entry),
      withAdvice(entry, entry.cause, (advice) => advice.cause),
      withAdvice(entry, entry.action, (advice) => advice.action),
      entry.retryable ? 'yes' : 'no',
      entry.scope,
    ]
      .map(cell)
      .join(' | '),
  );
  return [...header, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** `text` with the generated table between the markers replaced by `table`; throws when a marker is missing. */
export function replaceErrorTable(text: string, table: string = renderErrorTable()): string {
  const start = text.indexOf(ERROR_TABLE_START);
  const end = text.indexOf(ERROR_TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`missing ${ERROR_TABLE_START} ... ${ERROR_TABLE_END} markers`);
  return `${text.slice(0, start + ERROR_TABLE_START.length)}\n${table}\n${text.slice(end)}`;
}

function statusesOf(entry: ErrorCatalogEntry): string {
  if (entry.statuses.length === 0) return '(none: no response)';
  const more = entry.advice.flatMap((advice) => advice.statuses ?? []);
  return [...new Set([...entry.statuses, ...more])].join(', ');
}

/** The row's own text, then each advice's: `On <where>: <text>`. */
function withAdvice(
  entry: ErrorCatalogEntry,
  own: string,
  text: (advice: ErrorCatalogAdvice) => string,
): string {
  if (entry.advice.length === 0) return own;
  const narrower = entry.advice.map((advice) => `On ${advice.where}: ${text(advice)}`);
  return [own.replace(/([^.])$/, '$1.'), ...narrower].join(' ');
}

function signalsOf(entry: ErrorCatalogEntry): string {
  const code = entry.haloLinkCode === undefined ? [] : [`Halo Link code ${entry.haloLinkCode}`];
  const signals = [
    ...code,
    ...entry.exceptions.map((name) => `\`${name}\``),
    ...entry.messages.map((m) => `\`${m}\``),
    ...entry.queryStatuses.map((status) => `query status \`${status}\``),
  ];
  return signals.length === 0 ? '(none)' : signals.join(', ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
