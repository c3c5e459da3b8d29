import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  createMockFhirServer,
  generateSiteData,
  isActiveRecord,
  type MockFhirServer,
} from '@halo-fhir/fhir-testkit';
import type { Appointment, Resource } from 'fhir/r4.js';
import { type BrowserContext, chromium } from 'playwright-core';
import { buildPage } from './build-page.js';
import { startHaloProxy } from './halo-proxy.js';
import { type AppointmentRow, appointmentRow, sortRows, todayIn } from './page/appointment-rows.js';
import { type BrowserExampleResult, resultGlobal } from './page/result.js';
import { startStaticServer } from './static-server.js';

/** Debian's Chromium, which `.ci/run` installs; never a browser downloaded by a test tool. */
export const defaultChromiumPath = '/usr/bin/chromium';

/**
 * Flags that work on this project's machines: headless, no sandbox (CI runs as root), and no
 * background networking (the network is closed; Chromium would otherwise keep trying Google's hosts).
 */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Options of {@link runBrowserExample}. */
export interface BrowserExampleOptions {
  /** Where the screenshot of the rendered page is written (its folder is created). */
  readonly screenshotPath: string;
  /** The Chromium binary. @default process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' */
  readonly chromiumPath?: string;
}

/** One load of the page: what it reported and how many requests reached the mock meanwhile. */
export interface PageRun {
  readonly url: string;
  readonly result: BrowserExampleResult;
  /** FHIR requests the mock answered during this load (preflights are not FHIR requests). */
  readonly mockRequests: number;
}

/** What {@link runBrowserExample} saw. */
export interface BrowserExampleReport {
  readonly timeZone: string;
  readonly today: string;
  /** The rows the mock's store says the page must show (Halo shows active records only). */
  readonly expected: readonly AppointmentRow[];
  /** The page on an origin the mock allows, searching the mock directly (CORS, with the mock's test key). */
  readonly direct: PageRun;
  /** The same page through the proxy, which adds the key: the page holds none. */
  readonly proxied: PageRun;
  /**
   * The direct page again, with the mock breaking its first answer mid-body (a real network failure,
   * after CORS let the response through): the client retries it, and the page renders the same rows.
   */
  readonly healed: PageRun;
  /** The page on an origin the mock does not allow: the browser blocks it. */
  readonly blocked: PageRun;
  readonly screenshotPath: string;
  readonly chromiumVersion: string;
}

const timeZone = 'Australia/Sydney';
const siteId = '3f0d6f4e-8a5b-4c1e-9b7a-2d4c6e8f0a1b';

/**
 * Runs the browser example: bundles the page with esbuild, serves it from two origins, starts the
 * testkit's mock (Halo profile, CORS for the first origin only) with today's appointment book seeded
 * explicitly, and the key-adding proxy; then loads the page in headless Chromium four ways (direct,
 * through the proxy, direct with a connection broken mid-body, from the disallowed origin) and
 * screenshots the direct one.
 * @throws Error when Chromium is not installed (a browser test must fail, never skip, without it)
 */
export async function runBrowserExample(options: BrowserExampleOptions): Promise<BrowserExampleReport> {
  const chromiumPath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? defaultChromiumPath;
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install chromium; .ci/run does) ` +
        'or set CHROMIUM_PATH. The browser example never downloads a browser.',
    );
  }
  const today = todayIn(timeZone);
  const files = await buildPage();
  const cleanup: (() => Promise<void>)[] = [];
  try {
    const allowedPage = await startStaticServer(files);
    cleanup.push(() => allowedPage.close());
    const blockedPage = await startStaticServer(files);
    cleanup.push(() => blockedPage.close());
    const subscriptionKey = `browser-example-${randomUUID()}`;
    const mock = await createMockFhirServer({
      profile: 'halo',
      subscriptionKey,
      cors: [allowedPage.origin],
      sites: [{ guid: siteId, timeZone, resources: todaysBook(today) }],
    });
    cleanup.push(() => mock.close());
    const proxy = await startHaloProxy({
      upstream: mock.url,
      subscriptionKey,
      siteIds: [siteId],
      allowedOrigins: [allowedPage.origin],
    });
    cleanup.push(() => proxy.close());

    const userDataDir = await mkdtemp(join(tmpdir(), 'browser-example-chromium-'));
    cleanup.push(() => rm(userDataDir, { recursive: true, force: true }));
    const browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [...chromiumFlags],
      viewport: { width: 900, height: 700 },
    });
    cleanup.push(() => browser.close());

    const pageUrl = (origin: string, base: string, key?: string) =>
      `${origin}/?${new URLSearchParams({ base, timeZone, ...(key === undefined ? {} : { key }) })}`;
    // The mock's made-up test key may go to the page; a real Halo key never does (the proxied run).
    const direct = await loadPage(
      browser,
      mock,
      pageUrl(allowedPage.origin, mock.baseUrl(), subscriptionKey),
    );
    await mkdir(dirname(options.screenshotPath), { recursive: true });
    await direct.page.screenshot({ path: options.screenshotPath, fullPage: true });
    const proxied = await loadPage(browser, mock, pageUrl(allowedPage.origin, proxy.baseUrl(siteId)));
    mock.faults.resetConnection();
    const healed = await loadPage(
      browser,
      mock,
      pageUrl(allowedPage.origin, mock.baseUrl(), subscriptionKey),
    );
    const blocked = await loadPage(
      browser,
      mock,
      pageUrl(blockedPage.origin, mock.baseUrl(), subscriptionKey),
    );
    return {
      timeZone,
      today,
      expected: expectedRows(mock, today),
      direct: direct.run,
      proxied: proxied.run,
      healed: healed.run,
      blocked: blocked.run,
      screenshotPath: options.screenshotPath,
      chromiumVersion: browser.browser()?.version() ?? 'unknown',
    };
  } finally {
    for (const close of cleanup.reverse()) await close().catch(() => undefined);
  }
}

async function loadPage(browser: BrowserContext, mock: MockFhirServer, url: string) {
  const before = mock.requests.length;
  const page = await browser.newPage();
  await page.goto(url);
  const result = (await page.evaluate(
    (name) => (globalThis as Record<string, unknown>)[name],
    resultGlobal,
  )) as BrowserExampleResult;
  return { page, run: { url, result, mockRequests: mock.requests.length - before } satisfies PageRun };
}

/**
 * Today's appointment book, seeded explicitly for today at the practice (until the testkit's data
 * follows the mock's clock by itself), with every patient and GP active so each row has names.
 */
function todaysBook(today: string): Resource[] {
  return generateSiteData({
    seed: 11,
    size: 300,
    startDate: today,
    days: 1,
    practitioners: 2,
    timeZone,
    inactiveShare: 0,
  });
}

/** What the page must show, read from the mock's own store: today's active appointments. */
function expectedRows(mock: MockFhirServer, today: string): AppointmentRow[] {
  const store = mock.store();
  const resolve = (reference: string) => {
    const [type = '', id = ''] = reference.split('/');
    const resource = store.get(type, id);
    return resource !== undefined && isActiveRecord(resource) ? resource : undefined;
  };
  const todays = (store.list('Appointment') as Appointment[]).filter(
    (appointment) =>
      appointment.start !== undefined &&
      todayIn(timeZone, new Date(appointment.start)) === today &&
      isActiveRecord(appointment),
  );
  return sortRows(todays.map((appointment) => appointmentRow(appointment, resolve, timeZone)));
}

/** Everything that differs from what the example must show; empty when it works. */
export function problemsOf(report: BrowserExampleReport): string[] {
  const problems: string[] = [];
  const { expected, direct, proxied, healed, blocked } = report;
  if (expected.length === 0) problems.push(`the mock holds no appointments for ${report.today}`);
  for (const [name, run] of [
    ['direct', direct],
    ['proxied', proxied],
    ['healed', healed],
  ] as const) {
    const { result } = run;
    if (result.state !== 'done')
      problems.push(`${name}: the page failed: ${result.error?.name}: ${result.error?.message}`);
    if (result.date !== report.today)
      problems.push(`${name}: the page searched ${result.date}, not ${report.today}`);
    if (JSON.stringify(result.rows) !== JSON.stringify(expected)) {
      problems.push(
        `${name}: ${result.rows.length} rows rendered, ${expected.length} expected, or their content differs`,
      );
    }
  }
  if (healed.result.fetchCalls !== direct.result.fetchCalls + 1) {
    problems.push(
      `healed: ${healed.result.fetchCalls} requests, expected one retry over ${direct.result.fetchCalls}`,
    );
  }
  const error = blocked.result.error;
  if (blocked.result.state !== 'error' || error?.name !== 'NetworkBlockedError') {
    problems.push(`blocked: expected NetworkBlockedError, got ${blocked.result.state} ${error?.name ?? ''}`);
  }
  if (blocked.result.fetchCalls !== 1)
    problems.push(`blocked: ${blocked.result.fetchCalls} attempts, expected 1`);
  if (blocked.mockRequests !== 0)
    problems.push(`blocked: ${blocked.mockRequests} FHIR requests reached the mock`);
  return problems;
}
