import { ForeignLinkError } from './errors/foreign-link-error.js';
import type { PagingCursor } from './cursor.js';

/** How a page link relates to the configured base once {@link confineToBase} accepted it. */
export interface ConfinedLink {
  /** The URL to fetch: on the configured origin, under the configured base path. */
  readonly url: URL;
  /** True when the server named another origin and the link was moved onto the configured one. */
  readonly rebased: boolean;
}

/**
 * Applies the same-origin rule to an absolute page link. A link on the configured origin under the
 * base path is followed as is. A link on another origin whose path lies under the base path is
 * rebased onto the configured origin (servers behind proxies report internal hosts), so credentials
 * only ever go to the configured origin. Any other link is refused with {@link ForeignLinkError}.
 */
export function confineToBase(link: URL, base: URL, options: { cursor?: PagingCursor } = {}): ConfinedLink {
  const basePath = base.pathname.replace(/\/+$/, '');
  const underBase = link.pathname === basePath || link.pathname.startsWith(`${basePath}/`);
  if (!underBase)
    throw new ForeignLinkError(`${link.origin}${link.pathname}`, base.href, { cursor: options.cursor });
  if (link.origin === base.origin) return { url: link, rebased: false };
  const rebased = new URL(`${link.pathname}${link.search}`, base.origin);
  return { url: rebased, rebased: true };
}
