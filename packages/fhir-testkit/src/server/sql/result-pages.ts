import type { SqlParameter } from '@halo-fhir/fhir-client/sql';
import type { CommandOutcome } from './execute-command.js';
import { encodeData } from './sql-responses.js';
import { toJsonRows, toJsonValue } from './sql-values.js';

type Success = Extract<CommandOutcome, { ok: true }>;

/** One page of an async result: its decoded content, `data`, and the row range it holds. */
export interface ResultPage {
  readonly pageNumber: number;
  /** The decoded JSON the page holds (rows, or the scalar); undefined for nonQuery results. */
  readonly content: unknown;
  readonly data: string | undefined;
  readonly size: number;
  readonly count: number;
  /** 0-based inclusive (the batch-status example's convention). */
  readonly rangeStart: number;
  readonly rangeEnd: number;
}

/** The `result` a successful query reports inline (immediate) or as pages (async). */
export interface ResultSummary {
  readonly rows: number | undefined;
  readonly rowsAffected: number | undefined;
  readonly size: number;
  readonly data: string | undefined;
  readonly parameters: readonly SqlParameter[];
}

// A result never changes once made: encode it once, however often its status and pages are read.
const summaries = new WeakMap<Success, ResultSummary>();
const paged = new WeakMap<Success, { readonly pageRows: number; readonly pages: ResultPage[] }>();

/** The whole result as an immediate query returns it. */
export function resultSummary(outcome: Success): ResultSummary {
  let summary = summaries.get(outcome);
  if (summary === undefined) {
    summary = summarise(outcome);
    summaries.set(outcome, summary);
  }
  return summary;
}

function summarise(outcome: Success): ResultSummary {
  if (outcome.rows === undefined && outcome.rowsAffected !== undefined) {
    return {
      rows: undefined,
      rowsAffected: outcome.rowsAffected,
      size: 0,
      data: undefined,
      parameters: outcome.parameters,
    };
  }
  const content = outcome.rows === undefined ? toJsonValue(outcome.scalar) : toJsonRows(outcome.rows);
  const { data, size } = encodeData(content);
  return {
    rows: outcome.rows?.length ?? 1,
    rowsAffected: undefined,
    size,
    data,
    parameters: outcome.parameters,
  };
}

/** The result cut into pages of `pageRows` rows (a scalar or nonQuery result is one page). */
export function pagesOf(outcome: Success, pageRows: number): ResultPage[] {
  const cached = paged.get(outcome);
  if (cached?.pageRows === pageRows) return cached.pages;
  const pages = cutPages(outcome, pageRows);
  paged.set(outcome, { pageRows, pages });
  return pages;
}

function cutPages(outcome: Success, pageRows: number): ResultPage[] {
  if (outcome.rows === undefined) {
    const summary = resultSummary(outcome);
    const content = summary.data === undefined ? undefined : toJsonValue(outcome.scalar);
    const count = summary.data === undefined ? 0 : 1;
    return [
      {
        pageNumber: 1,
        content,
        data: summary.data,
        size: summary.size,
        count,
        rangeStart: 0,
        rangeEnd: count - 1,
      },
    ];
  }
  const rows = toJsonRows(outcome.rows);
  const pages: ResultPage[] = [];
  for (let start = 0; start === 0 || start < rows.length; start += pageRows) {
    const chunk = rows.slice(start, start + pageRows);
    const { data, size } = encodeData(chunk);
    pages.push({
      pageNumber: pages.length + 1,
      content: chunk,
      data,
      size,
      count: chunk.length,
      rangeStart: start,
      rangeEnd: start + chunk.length - 1,
    });
  }
  return pages;
}

/** The page list of a status body (`result.pages`). */
export function pageEntries(pages: readonly ResultPage[]) {
  return pages.map((page) => ({
    pageNumber: page.pageNumber,
    status: 'cached',
    size: page.size,
    rows: { count: page.count, rangeStart: page.rangeStart, rangeEnd: page.rangeEnd },
  }));
}

/** The `Size` and `Rows-*` headers of a page response. */
export function pageHeaders(page: ResultPage): Record<string, string> {
  return {
    size: String(page.size),
    'rows-count': String(page.count),
    'rows-range-start': String(page.rangeStart),
    'rows-range-end': String(page.rangeEnd),
  };
}
