/**
 * `npm run bench:content`: what the content script costs an ordinary page.
 * - size: gzipped bytes of the BUILT content script (goal < 15 KB);
 * - main-thread time spent in the content script (all its tasks: start, idle scan, callbacks) while
 *   loading a small page without code fields (goal < 1 ms) and a 10,000-element page (goal < 10 ms),
 *   read from a Chromium performance trace: the duration of every task whose script is ours.
 * Not counted: Chrome's creation of the isolated world (ScriptInjection::InjectJs, ~2 ms per frame on
 * a slow machine), which any extension with a content script pays, an empty one included; an empty
 * content script's own evaluation measures ~0.1 ms here. Each page opens in a new renderer process, so
 * every first use (compiling, the world's DOM bindings) is paid again, as on a real first visit.
 * Last line JSON {"gzipBytes":N,"smallPageMs":N,"bigPageMs":N}.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../test/support/launch';
import { EXTENSION_PATH } from '../test/support/paths';
import { TestServer } from '../test/support/static-server';

const RUNS = Number(process.env.RUNS ?? 7);

const SMALL_PAGE = `<!doctype html><html><head><title>News</title></head><body>
<header><a href="/">Home</a> <form role="search"><input type="search" name="q" placeholder="Search"></form></header>
<article><h1>An ordinary article</h1>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(30)}</article>
</body></html>`;

function bigPage(): string {
  const rows: string[] = [];
  // 2,000 rows of 5 elements: 10,000 elements, with a search box and a newsletter sign-up (no code field).
  for (let i = 0; i < 2000; i++)
    rows.push(`<li><a href="/p/${i}"><span>Item ${i}</span></a><em>${i}</em><b>!</b></li>`);
  return `<!doctype html><html><head><title>Catalogue</title></head><body>
<input type="search" placeholder="Search products"><ul>${rows.join('')}</ul>
<form><label>Newsletter <input type="email" name="email"></label></form></body></html>`;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

/** Milliseconds of main-thread work in scripts of ours during one page load (plus 3 s for idle work). */
async function measure(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // Tracing events are not in Playwright's CDP typings.
  const on = cdp.on.bind(cdp) as (event: string, listener: (e: { value: TraceEvent[] }) => void) => void;
  on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise<void>((resolve) => on('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const ours = (e: TraceEvent) =>
    (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith('chrome-extension://');
  const micros = events
    .filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && ours(e))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return micros / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const files = manifest.content_scripts.flatMap((c) => c.js);
  const script = Buffer.concat(files.map((f) => readFileSync(join(EXTENSION_PATH, f))));
  const gzipBytes = gzipSync(script, { level: 9 }).length;
  console.log(
    `content script (${files.join(', ')}): ${script.length} bytes, ${gzipBytes} bytes gzipped (goal < 15360)`,
  );
  const server = await new TestServer().start();
  const small = server.html('/small', SMALL_PAGE);
  const big = server.html('/big', bigPage());
  const launched = await launchWithExtension();
  const smallRuns: number[] = [];
  const bigRuns: number[] = [];
  await measure(launched.context, small); // warm-up
  for (let i = 0; i < RUNS; i++) {
    smallRuns.push(await measure(launched.context, small));
    bigRuns.push(await measure(launched.context, big));
  }
  await launched.close();
  await server.stop();
  const smallPageMs = round(median(smallRuns));
  const bigPageMs = round(median(bigRuns));
  console.log(`page without code fields: median ${smallPageMs} ms (runs ${smallRuns.map(round).join(', ')}; goal < 1)`);
  console.log(`10,000-element page: median ${bigPageMs} ms (runs ${bigRuns.map(round).join(', ')}; goal < 10)`);
  console.log(JSON.stringify({ gzipBytes, smallPageMs, bigPageMs }));
}

void main();
