/**
 * `npm run bench:fields -- --corpus DIR`: loads every page of DIR/EXPECTED.json from 127.0.0.1 in
 * Chromium with the BUILT extension and one matching account, and reports per page whether exactly
 * the expected inputs received the code, in order. Pages without a code field must see no fill.
 * Last line: {"pages":N,"correct":N,"falseFills":N}.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../test/support/launch';
import { CORPORA, EXTENSION_PATH } from '../test/support/paths';
import {
  holdsCode,
  reveal,
  seedVault,
  serveFolder,
  snapshot,
  validCodes,
  type ExpectedPage,
  type Snapshot,
} from './fields-lib';

const argIndex = process.argv.indexOf('--corpus');
const corpus = resolve(argIndex > 0 ? process.argv[argIndex + 1]! : join(CORPORA, 'otp-fields'));
const pages = JSON.parse(readFileSync(join(corpus, 'EXPECTED.json'), 'utf8')) as ExpectedPage[];
const settleMs = Number(process.env.SETTLE_MS ?? 2500);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForFill(page: Page, expected: ExpectedPage): Promise<Snapshot> {
  const deadline = Date.now() + settleMs;
  let snap = await snapshot(page, expected);
  while (Date.now() < deadline) {
    if (expected.has_otp && snap.expected.length > 0 && snap.expected.every((v) => v)) break;
    await sleep(100);
    snap = await snapshot(page, expected);
  }
  await sleep(200);
  return snapshot(page, expected);
}

async function main(): Promise<void> {
  console.log(`extension: ${EXTENSION_PATH}\ncorpus: ${corpus}`);
  const { origin, server } = await serveFolder(corpus);
  const launched = await launchWithExtension();
  const { context } = launched;
  // Captured pages point at the real sites' scripts and styles: keep them offline.
  await context.route(/^https?:\/\//, (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );
  await seedVault(context);
  let correct = 0;
  let falseFills = 0;
  for (const expected of pages) {
    const page = await context.newPage();
    const problems: string[] = [];
    let found = false;
    let filled = false;
    try {
      await page.goto(`${origin}/${expected.file}`, { waitUntil: 'domcontentloaded' });
      let early = false;
      if (expected.reveal) {
        const before = await waitForFill(page, { ...expected, has_otp: false });
        const touched = [...before.unexpected, ...before.expected.filter((v) => v)];
        early = touched.length > 0;
        if (early) problems.push(`filled before reveal: ${touched.join(', ')}`);
        await reveal(page, expected.reveal);
      }
      const snap = await waitForFill(page, expected);
      const codes = await validCodes();
      // Found: exactly the expected inputs received something. Filled: they hold the code, in order.
      found = snap.unexpected.length === 0 && snap.expected.every((v) => v);
      filled = expected.has_otp ? holdsCode(snap.expected, codes) : snap.unexpected.length === 0;
      if (expected.has_otp && !filled) problems.push(`expected inputs hold ${JSON.stringify(snap.expected)}`);
      if (snap.unexpected.length > 0) problems.push(`unexpected fill: ${snap.unexpected.join(', ')}`);
      if (snap.unexpected.length > 0 || early) falseFills++;
    } catch (error) {
      problems.push(`error: ${(error as Error).message.split('\n')[0]}`);
    }
    const ok = problems.length === 0;
    if (ok) correct++;
    const what = expected.has_otp
      ? `found ${found ? 'yes' : 'no'}, code filled ${filled ? 'yes' : 'no'} (${expected.otp_inputs.length} input(s))`
      : `negative, no fill ${filled ? 'yes' : 'no'}`;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${expected.file}  ${what}${ok ? '' : `  ${problems.join('; ')}`}`);
    await page.close();
  }
  await launched.close();
  server.close();
  console.log(JSON.stringify({ pages: pages.length, correct, falseFills }));
}

void main();
