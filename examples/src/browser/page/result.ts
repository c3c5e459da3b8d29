import type { AppointmentRow } from './appointment-rows.js';

/** What the page reports to whoever drives it (the browser run reads it with `page.evaluate`). */
export interface BrowserExampleResult {
  readonly state: 'done' | 'error';
  /** The page's origin, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** Today at the practice, `YYYY-MM-DD`. */
  readonly date: string;
  readonly rows: readonly AppointmentRow[];
  /** Pages of the search the client fetched. */
  readonly pages: number;
  /** Calls the client made to `fetch`: one per HTTP attempt. */
  readonly fetchCalls: number;
  readonly error?: {
    readonly name: string;
    readonly message: string;
    readonly category?: string;
    readonly retryable?: boolean;
    readonly attempt?: number;
    readonly pageOrigin?: string;
  };
}

/** The global the page's result promise is published under. */
export const resultGlobal = 'browserExampleResult';
