// Module resolve hook (plain JS: it runs on Node's loader thread, before tsx could compile anything).
// Serves the workspace packages from the bench's private snapshot of their dist/, without touching
// the live dist/ (which a build elsewhere may be deleting at this very moment):
// - `@halo-fhir/<package>` and its export subpaths resolve straight to the snapshot;
// - relative imports inside the snapshot stay inside it;
// - bare imports inside the snapshot (`ky`, `date-fns`, ...) resolve as if from the package's own
//   directory, so they find its node_modules;
// - anything else that lands in a live dist/ is redirected to the snapshot.
/** @type {{ from: string, to: string }[]} */
let redirects = [];
/** @type {Record<string, string>} */
let aliases = {};

/** @param {{ redirects: { from: string, to: string }[], aliases: Record<string, string> }} data */
export function initialize(data) {
  redirects = data.redirects;
  aliases = data.aliases;
}

/** @param {string} url @param {'from' | 'to'} side @param {'from' | 'to'} other */
function swap(url, side, other) {
  for (const redirect of redirects) {
    if (url.startsWith(redirect[side])) return redirect[other] + url.slice(redirect[side].length);
  }
  return url;
}

const inSnapshot = (/** @type {string | undefined} */ url) =>
  url !== undefined && redirects.some((r) => url.startsWith(r.to));

/**
 * @param {string} specifier
 * @param {{ parentURL?: string }} context
 * @param {(specifier: string, context: unknown) => Promise<{ url: string }>} nextResolve
 */
export async function resolve(specifier, context, nextResolve) {
  const alias = aliases[specifier];
  if (alias !== undefined) return { url: alias, format: 'module', shortCircuit: true };
  const { parentURL } = context;
  if (inSnapshot(parentURL) && (specifier.startsWith('./') || specifier.startsWith('../'))) {
    return { url: new URL(specifier, parentURL).href, format: 'module', shortCircuit: true };
  }
  const from = parentURL !== undefined && inSnapshot(parentURL) ? swap(parentURL, 'to', 'from') : parentURL;
  const resolved = await nextResolve(
    specifier,
    from === parentURL ? context : { ...context, parentURL: from },
  );
  return { ...resolved, url: swap(resolved.url, 'from', 'to') };
}
