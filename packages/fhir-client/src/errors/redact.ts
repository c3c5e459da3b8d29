/** What every redacted secret is replaced with. */
export const REDACTED = '[REDACTED]';

/**
 * Query parameters whose values are credentials wherever they appear (compared case-insensitively).
 * Halo accepts the subscription key as a header, but proxies and hand-built URLs sometimes carry it
 * in the query string, so a URL is never shown with these values.
 */
export const SECRET_QUERY_PARAMETERS: readonly string[] = [
  'ocp-apim-subscription-key',
  'subscription-key',
  'subscription_key',
  'api_key',
  'api-key',
  'apikey',
  'access_token',
  'client_secret',
];

/**
 * Replaces every occurrence of each secret (and its URL-encoded form) in `text` with
 * {@link REDACTED}. Empty secrets are ignored; longer secrets are replaced first so that a secret
 * containing another is removed whole.
 */
export function redactSecrets(text: string, secrets: readonly string[] | undefined): string {
  if (!secrets || secrets.length === 0) return text;
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    forms.add(secret);
    forms.add(safeEncode(secret));
  }
  let result = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (form.length > 0) result = result.split(form).join(REDACTED);
  }
  return result;
}

const secretParameterPattern = new RegExp(
  `([?&](?:${SECRET_QUERY_PARAMETERS.map(escapeRegExp).join('|')})=)[^&#]*`,
  'gi',
);

/**
 * Makes a URL safe to show: the values of {@link SECRET_QUERY_PARAMETERS}, any password in the
 * user-info part, and every given secret become {@link REDACTED}. Works on any string, so a URL that
 * does not parse is still redacted.
 */
export function redactUrl(url: string, secrets?: readonly string[]): string {
  const withoutParameters = url.replace(secretParameterPattern, `$1${REDACTED}`);
  const withoutPassword = withoutParameters.replace(
    /^([a-z][a-z0-9+.-]*:\/\/[^/@:?#]*):[^/@?#]*@/i,
    `$1:${REDACTED}@`,
  );
  return redactSecrets(withoutPassword, secrets);
}

function safeEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be encoded; the raw form is still redacted.
    return value;
  }
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
