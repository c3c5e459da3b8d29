// Module resolve hook (plain JS: it runs on Node's loader thread, before tsx could compile anything).
// Serves each package's dist/ from the bench's private snapshot of it. A module inside the snapshot
// resolves its own imports as if it were still in place (so `ky`, `date-fns`... come from the
// package's node_modules), and whatever lands in a live dist/ is redirected to the snapshot.
/** @type {{ from: string, to: string }[]} */
let redirects = [];

/** @param {{ redirects: { from: string, to: string }[] }} data */
export function initialize(data) {
  redirects = data.redirects;
}

/** @param {string | undefined} url @param {'from' | 'to'} side @param {'from' | 'to'} other */
function swap(url, side, other) {
  if (url === undefined) return undefined;
  for (const redirect of redirects) {
    if (url.startsWith(redirect[side])) return redirect[other] + url.slice(redirect[side].length);
  }
  return url;
}

/**
 * @param {string} specifier
 * @param {{ parentURL?: string }} context
 * @param {(specifier: string, context: unknown) => Promise<{ url: string }>} nextResolve
 */
export async function resolve(specifier, context, nextResolve) {
  const parentURL = swap(context.parentURL, 'to', 'from');
  const resolved = await nextResolve(
    specifier,
    parentURL === undefined ? context : { ...context, parentURL },
  );
  return { ...resolved, url: swap(resolved.url, 'from', 'to') ?? resolved.url };
}
