import { redactSecrets } from './redact.js';

/** The longest excerpt of a body kept on an error. */
export const EXCERPT_MAX_LENGTH = 200;

/**
 * A short, single-line, secret-free excerpt of a body that is safe to print: HTML is reduced to its
 * text, control characters and runs of whitespace become one space, and the result is cut to
 * {@link EXCERPT_MAX_LENGTH} characters with an ellipsis. Secrets are removed before cutting, so a
 * cut can never leave half a secret behind.
 */
export function safeExcerpt(
  text: string,
  secrets: readonly string[] | undefined,
  options?: { html?: boolean },
): string {
  const plain = options?.html ? htmlToText(text) : text;
  const singleLine = redactSecrets(plain, secrets)
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
  if (singleLine.length <= EXCERPT_MAX_LENGTH) return singleLine;
  return `${singleLine.slice(0, EXCERPT_MAX_LENGTH - 1)}…`;
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;/gi, "'")
    .replace(/&amp;/gi, '&');
}
