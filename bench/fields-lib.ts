import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { generateCode } from '../lib/otp/generate';
import { extensionIdOf, extensionWorker } from '../test/support/launch';
import { createVault, seedAccounts, totp } from '../test/support/vault';

/** One page of a fields corpus, as described by its EXPECTED.json. */
export interface ExpectedPage {
  file: string;
  has_otp: boolean;
  layout?: 'single' | 'split';
  /** 5: a Steam Guard-length code, filled from the second host's Steam account. */
  digits?: number | null;
  otp_inputs: string[];
  secondary_inputs?: string[];
  ambiguous?: string[];
  notes?: string;
  reveal?: ({ selector: string; style: string } | { selector: string; remove_attribute: string })[];
}

export const SECRET = 'JBSWY3DPEHPK3PXP';
/** Pages are opened on 127.0.0.1 (a 6-digit TOTP account) or, for 5-character codes, on localhost (a Steam account). */
const TOTP_HOST = '127.0.0.1';
const STEAM_HOST = 'localhost';
const PARAMS = {
  totp: { type: 'totp' as const, secret: SECRET, algorithm: 'SHA1' as const, digits: 6, period: 30, counter: 0 },
  steam: { type: 'steam' as const, secret: SECRET, algorithm: 'SHA1' as const, digits: 5, period: 30, counter: 0 },
};
const steamPage = (expected: ExpectedPage) => expected.digits === 5;

/** The host a page is opened on, so that exactly one account (of the right code length) matches it. */
export function hostFor(expected: ExpectedPage): string {
  return steamPage(expected) ? STEAM_HOST : TOTP_HOST;
}

/** single, split or negative: what bench:fields reports per kind. */
export type PageKind = 'single' | 'split' | 'negative';
export function kindOf(expected: ExpectedPage): PageKind {
  if (!expected.has_otp) return 'negative';
  return expected.layout === 'split' || expected.otp_inputs.length > 1 ? 'split' : 'single';
}
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

/** Serves a folder read-only on 127.0.0.1. */
export async function serveFolder(dir: string): Promise<{ origin: string; port: number; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, port, server };
}

/** Creates a vault holding one TOTP account for 127.0.0.1 and one Steam account for localhost (exact matches: auto-fill applies). */
export async function seedVault(context: BrowserContext): Promise<void> {
  const id = extensionIdOf(await extensionWorker(context));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await createVault(page, 'bench password 1234');
  await seedAccounts(page, [
    totp('Bench', 'me@example.com', SECRET, { websites: [TOTP_HOST] }),
    totp('Bench Steam', 'player', SECRET, { ...PARAMS.steam, websites: [STEAM_HOST] }),
  ]);
  await page.close();
}

/** Codes that may be in the fields now: this window's, the previous and the next one's. */
export async function validCodes(expected: ExpectedPage): Promise<string[]> {
  const p = steamPage(expected) ? PARAMS.steam : PARAMS.totp;
  const now = Date.now();
  return [await generateCode(p, now), await generateCode(p, now - 30_000), await generateCode(p, now + 30_000)];
}

export interface Snapshot {
  /** Values of the expected inputs, in order (null: selector matched nothing). */
  expected: (string | null)[];
  /** Selectors (or descriptions) of inputs whose value changed but were not allowed to. */
  unexpected: string[];
}

/** Reads the page's inputs: what the expected ones hold, and which others changed. */
export async function snapshot(page: Page, expected: ExpectedPage): Promise<Snapshot> {
  const allowed = [...expected.otp_inputs, ...(expected.secondary_inputs ?? [])];
  if (expected.has_otp) allowed.push(...(expected.ambiguous ?? []));
  return page.evaluate(
    ({ wanted, allowed }) => {
      // No named inner functions here: tsx would wrap them in a helper the page does not have.
      const all: HTMLInputElement[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      for (let root = roots.pop(); root; root = roots.pop()) {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) all.push(el as HTMLInputElement);
          if (el.shadowRoot) roots.push(el.shadowRoot);
        }
      }
      const allowedEls = new Set(allowed.flatMap((s) => Array.from(document.querySelectorAll(s))));
      const unexpected = all
        .filter((el) => /^(text|tel|number|password|email|search|url|textarea)$/.test(el.type))
        .filter((el) => el.value !== el.defaultValue && !allowedEls.has(el))
        .map((el) => (el.id ? `#${el.id}` : el.name ? `[name=${el.name}]` : el.outerHTML.slice(0, 80)));
      const values = wanted.map((s) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? null);
      return { expected: values, unexpected };
    },
    { wanted: expected.otp_inputs, allowed },
  );
}

/** Whether the expected inputs hold one valid code, in order (one character per box for split layouts). */
export function holdsCode(values: (string | null)[], codes: string[]): boolean {
  if (values.length === 0 || values.some((v) => v === null)) return false;
  const joined = values.join('');
  if (values.length > 1 && values.some((v) => v!.length !== 1)) return false;
  return codes.includes(joined);
}

/** Applies the corpus `reveal` steps (what the page would do after a password step). */
export async function reveal(page: Page, steps: NonNullable<ExpectedPage['reveal']>): Promise<void> {
  await page.evaluate((steps) => {
    for (const step of steps) {
      const el = document.querySelector(step.selector) as HTMLElement | null;
      if (!el) continue;
      if ('style' in step) el.setAttribute('style', step.style);
      else el.removeAttribute(step.remove_attribute);
    }
  }, steps);
}
