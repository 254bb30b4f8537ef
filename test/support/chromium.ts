import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser the extension runs in: CHROME_PATH, Debian's Chromium, or an installed Chrome. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or point CHROME_PATH at a Chrome or Chromium binary.';

/** Flags for a quiet, test-friendly Chromium with the unpacked extension at `extensionPath`. */
export function chromiumArgs(extensionPath: string): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
  ];
}

/**
 * Realistic sites in tests only (never in the browser `npm start` opens for people): every `*.test` host is this
 * computer, over https with a certificate made at test time (see `sites.ts`).
 */
export const TEST_SITE_ARGS = ['--host-resolver-rules=MAP *.test 127.0.0.1', '--ignore-certificate-errors'];
