import type { BrowserContext, Page } from '@playwright/test';
import {
  holdsCode,
  hostFor,
  kindOf,
  reveal,
  snapshot,
  validCodes,
  type ExpectedPage,
  type PageKind,
  type Snapshot,
} from './fields-lib';

/** What one corpus page did with the built extension. */
export interface PageResult {
  file: string;
  kind: PageKind;
  ok: boolean;
  /** Exactly the expected inputs received something. */
  found: boolean;
  /** They hold one valid code, in order (negatives: nothing was filled). */
  filled: boolean;
  /** Something was filled that must stay empty (or before the page revealed its field). */
  falseFill: boolean;
  problems: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Lets only the corpus server through: captured pages point at the real sites' scripts and styles. */
export async function keepOffline(context: BrowserContext, port: number): Promise<void> {
  const local = new RegExp(`^http://(127\\.0\\.0\\.1|localhost):${port}/`);
  await context.route(/^https?:\/\//, (route) =>
    local.test(route.request().url()) ? route.continue() : route.abort(),
  );
}

/**
 * Waits for the fill: a page with a code field until its inputs hold something (up to three times
 * `settleMs`, for a busy machine), any other page `settleMs`, then reads the inputs.
 */
async function waitForFill(page: Page, expected: ExpectedPage, settleMs: number): Promise<Snapshot> {
  const deadline = Date.now() + settleMs * (expected.has_otp ? 3 : 1);
  let snap = await snapshot(page, expected);
  while (Date.now() < deadline) {
    if (expected.has_otp && snap.expected.length > 0 && snap.expected.every((v) => v)) break;
    await sleep(100);
    snap = await snapshot(page, expected);
  }
  await sleep(200);
  return snapshot(page, expected);
}

/** Opens one page of the corpus served on `port` and reads back what the extension filled. */
export async function checkPage(
  context: BrowserContext,
  port: number,
  expected: ExpectedPage,
  settleMs: number,
): Promise<PageResult> {
  const page = await context.newPage();
  const problems: string[] = [];
  let found = false;
  let filled = false;
  let falseFill = false;
  try {
    await page.goto(`http://${hostFor(expected)}:${port}/${expected.file}`, { waitUntil: 'domcontentloaded' });
    if (expected.reveal) {
      const before = await waitForFill(page, { ...expected, has_otp: false }, settleMs);
      const touched = [...before.unexpected, ...before.expected.filter((v) => v)];
      if (touched.length > 0) {
        falseFill = true;
        problems.push(`filled before reveal: ${touched.join(', ')}`);
      }
      await reveal(page, expected.reveal);
    }
    const snap = await waitForFill(page, expected, settleMs);
    const codes = await validCodes(expected);
    found = snap.unexpected.length === 0 && snap.expected.every((v) => v);
    filled = expected.has_otp ? holdsCode(snap.expected, codes) : snap.unexpected.length === 0;
    if (expected.has_otp && !filled) problems.push(`expected inputs hold ${JSON.stringify(snap.expected)}`);
    if (snap.unexpected.length > 0) {
      falseFill = true;
      problems.push(`unexpected fill: ${snap.unexpected.join(', ')}`);
    }
  } catch (error) {
    problems.push(`error: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { file: expected.file, kind: kindOf(expected), ok: problems.length === 0, found, filled, falseFill, problems };
}
