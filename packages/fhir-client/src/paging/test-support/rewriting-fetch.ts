import type { Bundle } from 'fhir/r4.js';

/**
 * A `fetch` that behaves like a proxy in front of the mock server: it forwards every request and
 * lets the test rewrite each search Bundle on the way back (e.g. `next` links naming an internal
 * host, another origin, or a page already seen).
 */
export function rewritingFetch(rewrite: (bundle: Bundle, request: Request) => void): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request.clone());
    const text = await response.text();
    let body = text;
    try {
      const parsed = JSON.parse(text) as { resourceType?: string };
      if (parsed.resourceType === 'Bundle') {
        rewrite(parsed as Bundle, request);
        body = JSON.stringify(parsed);
      }
    } catch {
      // Not JSON: passed on untouched.
    }
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

/** Replaces the `next` link of a Bundle (or removes it with undefined). */
export function setNextLink(bundle: Bundle, url: string | undefined): void {
  const others = (bundle.link ?? []).filter((link) => link.relation !== 'next');
  bundle.link = url === undefined ? others : [...others, { relation: 'next', url }];
}

/** The `next` link of a Bundle. */
export function nextLinkOf(bundle: Bundle): string | undefined {
  return bundle.link?.find((link) => link.relation === 'next')?.url;
}
