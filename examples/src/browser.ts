/**
 * Browser example (issue #15): a page that searches today's appointments through the builder and
 * the client, bundled with esbuild and run in headless Chromium (Debian's, driven by playwright-core)
 * against the testkit's mock server on another origin with CORS on. Loads the page four ways:
 * directly against the mock, through the key-adding proxy (`browser/halo-proxy.ts`), directly with
 * the first answer broken mid-body (a network failure, retried), and from an origin the mock does
 * not allow, which must fail with `NetworkBlockedError` after one attempt.
 * Saves a screenshot of the rendered page and prints its path.
 *
 * Run: `pnpm --filter @halo-fhir/examples browser` (screenshot: `artifacts/browser-example.png`)
 */
import { fileURLToPath } from 'node:url';
import { problemsOf, runBrowserExample } from './browser/run-browser-example.js';
import { runIfMain } from './support/run-if-main.js';

/** Where CI keeps the screenshot (git-ignored). */
export const defaultScreenshotPath = fileURLToPath(
  new URL('../../artifacts/browser-example.png', import.meta.url),
);

/** Runs the example and prints what the page showed; resolves to the exit code. */
export async function main(screenshotPath: string = defaultScreenshotPath): Promise<number> {
  const report = await runBrowserExample({ screenshotPath });
  const { direct, proxied, healed, blocked } = report;
  console.log(
    `Headless Chromium ${report.chromiumVersion}; practice day ${report.today} (${report.timeZone})`,
  );
  console.log(
    `1. Page ${direct.result.origin} -> mock (CORS allows the page): ${direct.result.rows.length} appointments ` +
      `in ${direct.result.pages} pages, ${direct.result.fetchCalls} requests; the mock holds ${report.expected.length}`,
  );
  for (const row of direct.result.rows.slice(0, 3)) {
    console.log(`   ${row.time}  ${row.patient.padEnd(28)} ${row.practitioner.padEnd(26)} ${row.status}`);
  }
  console.log(
    `2. Page -> proxy (adds the key; the page has none) -> mock: ${proxied.result.rows.length} appointments, ` +
      `${proxied.result.fetchCalls} requests`,
  );
  console.log(
    `3. Page -> mock, the first answer broken mid-body (a network failure, retried): ${healed.result.rows.length} ` +
      `appointments, ${healed.result.fetchCalls} requests`,
  );
  console.log(
    `4. Page ${blocked.result.origin} (not allowed by the mock): ${blocked.result.error?.name ?? blocked.result.state} ` +
      `after ${blocked.result.fetchCalls} attempt(s)\n   ${blocked.result.error?.message ?? ''}`,
  );
  console.log(`Screenshot: ${report.screenshotPath}`);
  const problems = problemsOf(report);
  for (const problem of problems) console.error(`PROBLEM: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

await runIfMain(import.meta.url, () => main());
