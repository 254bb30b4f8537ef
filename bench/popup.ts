/**
 * bench:popup — time from navigation start to every visible code rendered (`otpilot:codes-visible`),
 * for the popup with 20, 200 and 1,000 accounts, next to an empty React page loaded the same way
 * (as an extension page of a second unpacked extension) in the same browser run.
 *
 *   WXT_OUT_DIR=.output-popup npx wxt build && WXT_OUT_DIR=.output-popup npm run bench:popup
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, findChromium } from '../test/support/chromium';
import { EXTENSION_PATH, ROOT } from '../test/support/paths';
import { createVault, seedAccounts, totp } from '../test/support/vault';

const RUNS = Number(process.env.RUNS ?? 21);
const WARMUP = 3;
const SIZES = [20, 200, 1000];
const MARK = 'otpilot:codes-visible';
/** How long each page is left alone before it is read (both pages are done well within it). */
const SETTLE_MS = 300;
/** The pause between one load's close and the next load. */
const GAP_MS = 250;

async function buildEmptyExtension(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'otpilot-empty-react-'));
  await build({
    root: resolve(ROOT, 'bench/empty-react'),
    logLevel: 'warn',
    esbuild: { jsx: 'automatic' },
    build: { outDir: dir, emptyOutDir: true },
  });
  writeFileSync(join(dir, 'sw.js'), '');
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty React',
      version: '1.0',
      background: { service_worker: 'sw.js' },
    }),
  );
  return dir;
}

async function extensionIds(context: BrowserContext): Promise<{ ours: string; empty: string }> {
  const deadline = Date.now() + 20_000;
  let ours = '';
  let empty = '';
  while ((!ours || !empty) && Date.now() < deadline) {
    for (const w of context.serviceWorkers()) {
      const url = w.url();
      if (url.endsWith('/background.js')) ours = new URL(url).host;
      else if (url.endsWith('/sw.js')) empty = new URL(url).host;
    }
    if (!ours || !empty) await new Promise((r) => setTimeout(r, 200));
  }
  if (!ours || !empty) throw new Error('Extensions did not start');
  return { ours, empty };
}

const STEPS = [
  'otpilot:accounts-asked',
  'otpilot:accounts-arrived',
  'otpilot:script-start',
  'otpilot:first-render',
  'otpilot:accounts',
  'otpilot:render-start',
  'otpilot:list-committed',
  'otpilot:unlocked-view',
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** Where the popup's time goes (medians of the intermediate marks), printed after the table. */
const breakdown: string[] = [];

/** Opens `url` in a fresh tab, waits for the codes-visible mark and answers the given marks' times. */
async function load(context: BrowserContext, url: string, names: readonly string[]): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url);
  // Hands off while the page starts: Playwright's first evaluation injects its own script into the page,
  // several ms of main-thread work that would land in the middle of a popup still waiting for its accounts.
  await page.waitForTimeout(SETTLE_MS);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK, { timeout: 20_000 });
  const marks = await page.evaluate(
    (ns) =>
      ns.map((n) =>
        n === 'domContentLoaded'
          ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd
          : (performance.getEntriesByName(n)[0]?.startTime ?? NaN),
      ),
    [...names],
  );
  await page.close();
  // A user opens the popup now and then, not every 50 ms: the next load waits until this page's
  // teardown (and the garbage collection after it, in the renderer process its successor shares) is done.
  await new Promise((r) => setTimeout(r, GAP_MS));
  return marks;
}

/**
 * Median ms from navigation start to the mark, over RUNS fresh loads of `url`. With a label, RUNS/2 more
 * loads with `?steps` (the popup then marks its intermediate steps; marks cost time, so not in the timed loads).
 */
async function measure(context: BrowserContext, url: string, label?: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const [t] = await load(context, url, [MARK]);
    if (i >= WARMUP) times.push(t!);
  }
  if (label) {
    const names = [...STEPS, MARK, 'domContentLoaded'];
    const steps: Record<string, number[]> = {};
    for (let i = 0; i < Math.ceil(RUNS / 2); i++) {
      const marks = await load(context, `${url}?steps`, names);
      names.forEach((n, k) => (steps[n] ??= []).push(marks[k]!));
    }
    breakdown.push(
      `${label}: ` +
        Object.entries(steps)
          .map(([n, xs]) => `${n.replace('otpilot:', '')} ${median(xs).toFixed(1)}`)
          .join(', '),
    );
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function randomSecret(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return Array.from({ length: 32 }, () => alphabet[Math.floor(Math.random() * 32)]).join('');
}

async function seed(page: Page, from: number, to: number): Promise<void> {
  const accounts = [];
  for (let i = from; i < to; i++) accounts.push(totp(`Issuer ${i}`, `user${i}@example.com`, randomSecret()));
  for (let i = 0; i < accounts.length; i += 200) await seedAccounts(page, accounts.slice(i, i + 200));
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium');
  const emptyDir = await buildEmptyExtension();
  const profile = mkdtempSync(join(tmpdir(), 'otpilot-bench-'));
  const both = `${EXTENSION_PATH},${emptyDir}`;
  const args = chromiumArgs(EXTENSION_PATH).map((a) =>
    a.startsWith('--disable-extensions-except=')
      ? `--disable-extensions-except=${both}`
      : a.startsWith('--load-extension=')
        ? `--load-extension=${both}`
        : a,
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    const { ours, empty } = await extensionIds(context);
    const popupUrl = `chrome-extension://${ours}/popup.html`;
    const emptyUrl = `chrome-extension://${empty}/index.html`;
    const setup = await context.newPage();
    await setup.goto(popupUrl);
    await createVault(setup, 'benchmark password 1');

    const rows: { case: string; medianMs: number; ratio: string }[] = [];
    const baseline = await measure(context, emptyUrl);
    rows.push({ case: 'empty React page', medianMs: round(baseline), ratio: '1.00x' });
    let have = 0;
    for (const size of SIZES) {
      await seed(setup, have, size);
      have = size;
      const ms = await measure(context, popupUrl, `popup, ${size} accounts`);
      const again = await measure(context, emptyUrl);
      const base = (baseline + again) / 2;
      rows.push({ case: `popup, ${size} accounts`, medianMs: round(ms), ratio: `${(ms / base).toFixed(2)}x` });
      rows.push({ case: `  empty React page (again)`, medianMs: round(again), ratio: '' });
    }
    console.log(`bench:popup — median of ${RUNS} loads, navigation start → "${MARK}"`);
    console.table(rows);
    console.log('Median ms from navigation start to each step:');
    for (const line of breakdown) console.log(`  ${line}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
