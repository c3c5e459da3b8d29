import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BrowserExampleReport, problemsOf, runBrowserExample } from './run-browser-example.js';

// Runs in headless Chromium (Debian's /usr/bin/chromium, installed by .ci/run). Without it the run
// throws and every test below fails with that message: a browser test never skips.
let folder: string | undefined;
let running: Promise<BrowserExampleReport> | undefined;
/** The one run of the example every test reads (Chromium starts once per file). */
function browserRun(): Promise<BrowserExampleReport> {
  running ??= mkdtemp(join(tmpdir(), 'browser-example-test-')).then((made) => {
    folder = made;
    return runBrowserExample({ screenshotPath: join(made, 'page.png') });
  });
  return running;
}
afterAll(async () => {
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

describe('browser example in headless Chromium', { timeout: 120_000 }, () => {
  it("renders exactly today's appointments the mock holds, with patients and GPs from _include, over CORS", async () => {
    const report = await browserRun();
    expect(problemsOf(report)).toEqual([]);
    const { direct } = report;
    expect(report.expected.length).toBeGreaterThan(10);
    expect(direct.result).toMatchObject({ state: 'done', date: report.today });
    expect(direct.result.rows).toEqual(report.expected);
    // Every row names its patient and GP: the includes arrived, on later pages too (link repair).
    expect(direct.result.rows.filter((row) => row.patient === '(not returned)')).toEqual([]);
    expect(direct.result.pages).toBeGreaterThan(1);
    // Cross-origin for real: the page and the mock are on different origins.
    const base = new URL(direct.url).searchParams.get('base') ?? '';
    expect(new URL(base).origin).not.toBe(direct.result.origin);
  });

  it('renders the same rows through the proxy, with no key in the page', async () => {
    const report = await browserRun();
    const { proxied } = report;
    expect(new URL(proxied.url).searchParams.has('key')).toBe(false);
    expect(proxied.result.state).toBe('done');
    expect(proxied.result.rows).toEqual(report.expected);
    expect(proxied.mockRequests).toBe(proxied.result.fetchCalls);
  });

  it('retries a real network failure in the browser (a connection broken mid-body) and renders the same rows', async () => {
    const report = await browserRun();
    const { healed, direct } = report;
    expect(healed.result.state).toBe('done');
    expect(healed.result.rows).toEqual(report.expected);
    expect(healed.result.fetchCalls).toBe(direct.result.fetchCalls + 1);
    expect(healed.mockRequests).toBe(healed.result.fetchCalls);
  });

  it('reports a page on an origin the mock does not allow as NetworkBlockedError after one attempt', async () => {
    const report = await browserRun();
    const { blocked } = report;
    expect(blocked.result.state).toBe('error');
    expect(blocked.result.error).toMatchObject({
      name: 'NetworkBlockedError',
      category: 'network',
      retryable: false,
      attempt: 1,
      pageOrigin: blocked.result.origin,
    });
    expect(blocked.result.error?.message).toContain('the browser blocked the request: CORS or network');
    expect(blocked.result.error?.message).toContain(
      `Check the server's Access-Control-Allow-Origin for ${blocked.result.origin}`,
    );
    expect(blocked.result.fetchCalls).toBe(1);
    // The preflight was refused, so the search itself never reached the mock.
    expect(blocked.mockRequests).toBe(0);
  });

  it('saves a PNG screenshot of the rendered page', async () => {
    const report = await browserRun();
    const png = await readFile(report.screenshotPath);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
