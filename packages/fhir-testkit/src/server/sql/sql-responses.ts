import { renderError } from '../../fixtures/render-error.js';
import { ErrorShape } from '../../fixtures/error-shape.js';
import type { MockResponse } from '../mock-exchange.js';

const statusTexts: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  410: 'Gone',
};

/** A JSON response as Halo's SQL routes send it. */
export function sqlJson(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** Halo's wrapped envelope, `{"error":{"status","statusText","message"}}`, rendered like the fixtures. */
export function sqlEnvelope(status: number, message: string): MockResponse {
  const fixture = renderError(
    { status, statusText: statusTexts[status] ?? 'Error', message },
    ErrorShape.WrappedEnvelope,
  );
  return { status: fixture.status, headers: fixture.headers, body: fixture.body };
}

/** base64 of the UTF-8 JSON of `value` (the contract's `data` encoding), and its decoded size in bytes. */
export function encodeData(value: unknown): { readonly data: string; readonly size: number } {
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  return { data: bytes.toString('base64'), size: bytes.length };
}
