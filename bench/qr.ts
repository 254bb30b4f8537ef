/**
 * `npm run bench:qr -- --corpus DIR`: reads every image of DIR/INDEX.json with our decoder and with
 * jsQR, side by side in headless Chromium, and prints per category correct/total, false positives on
 * negatives, and median/p95 ms per image; the last line is a JSON summary.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../test/support/chromium';
import { CORPORA, ROOT } from '../test/support/paths';
import { scoreRow, summarise, type IndexItem, type Scored } from './qr-score';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const corpus = resolve(argValue('--corpus') ?? join(CORPORA, 'qr'));
const items = (JSON.parse(readFileSync(join(corpus, 'INDEX.json'), 'utf8')) as { items: IndexItem[] }).items;

const outDir = mkdtempSync(join(tmpdir(), 'otpilot-bench-qr-'));
await build({
  root: join(ROOT, 'bench/qr-page'),
  base: './',
  logLevel: 'warn',
  resolve: { alias: { '@': ROOT } },
  build: { outDir, emptyOutDir: true },
});

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const [base, rel] = path.startsWith('/corpus/') ? [corpus, path.slice(8)] : [outDir, path.slice(1) || 'index.html'];
  const file = resolve(base, rel);
  if (!file.startsWith(base)) return void res.writeHead(403).end();
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${origin}/index.html`);
await page.waitForFunction(() => document.getElementById('ready')?.textContent === 'ready');
await page.evaluate(() => (window as unknown as { benchReady: Promise<void> }).benchReady);

const rows: Scored[] = [];
for (const item of items) {
  const url = `${origin}/corpus/${item.image.split('/').map(encodeURIComponent).join('/')}`;
  const row = await page.evaluate(
    (u) => (window as unknown as { benchRun(u: string): Promise<import('./qr-page/main').BenchRow> }).benchRun(u),
    url,
  );
  rows.push(scoreRow(item, row));
}
await browser.close();
server.close();
rmSync(outDir, { recursive: true, force: true });

for (const line of summarise(rows).lines) console.log(line);
console.log(JSON.stringify(summarise(rows).json));
