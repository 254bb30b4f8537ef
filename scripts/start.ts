/**
 * `npm start`: builds the extension, serves the local demo pages and a local Skyvern API (demo key), and opens
 * Chromium with the extension loaded in its own profile, already holding a demo vault and pointed at that API.
 * Headed when a display exists; headless (with remote debugging on port 9222) otherwise. The output ends with the
 * one `curl` that pushes a code, which then fills the demo's six-box page.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from '../test/support/chromium';
import { extensionIdOf, extensionWorker } from '../test/support/launch';
import { EXTENSION_PATH, ROOT } from '../test/support/paths';
import { startDemoServer } from '../server/demo/serve';
import { startSkyvernServer } from '../server/skyvern/serve';
import { DEMO_IDENTIFIER, DEMO_MASTER_PASSWORD, prepareDemoProfile } from './start-demo-profile';

execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
console.log(
  `\nUnpacked extension: ${EXTENSION_PATH}\n(load it by hand from chrome://extensions → Developer mode → Load unpacked)\n`,
);

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const demo = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
const skyvern = await startSkyvernServer({ port: Number(process.env.SKYVERN_PORT ?? 0) });

// A fresh profile each time: the demo vault is made anew with the password printed below.
const profile = resolve(ROOT, '.output/start-profile');
rmSync(profile, { recursive: true, force: true });
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin');
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: !headed,
  viewport: null,
  args: [...chromiumArgs(EXTENSION_PATH), ...(headed ? [] : ['--remote-debugging-port=9222'])],
  ignoreDefaultArgs: ['--disable-extensions'],
});
// Skyvern's side of the demo: the shop's e-mailed codes are pushed for the demo identifier, and one credential keeps
// its authenticator secret in Skyvern (its code shows in the popup, marked as from Skyvern).
skyvern.addCredential({
  name: 'Demo shop',
  username: DEMO_IDENTIFIER,
  totp_type: 'email',
  totp_identifier: DEMO_IDENTIFIER,
  tested_url: demo.sixBoxUrl,
});
skyvern.addCredential({
  name: 'Demo bank (Skyvern)',
  username: 'ops@otpilot.test',
  totp_secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  tested_url: demo.url,
});
const extensionId = extensionIdOf(await extensionWorker(context));
await prepareDemoProfile(context, extensionId, skyvern, demo.sixBoxUrl);
const [blank] = context.pages();
const login = blank ?? (await context.newPage());
await login.goto(demo.url);
await (await context.newPage()).goto(demo.sixBoxUrl);

const stop = async () => {
  await context.close().catch(() => undefined);
  demo.server.closeAllConnections();
  demo.server.close();
  await skyvern.close();
};
process.on('SIGINT', () => void stop().then(() => process.exit(0)));
process.on('SIGTERM', () => void stop().then(() => process.exit(0)));
context.on('close', () => {
  console.log('Chromium closed.');
  void stop();
});

console.log(
  `Chromium: ${executablePath}${headed ? '' : ' (headless: no display found; DevTools on http://127.0.0.1:9222)'}`,
);
console.log(`Demo login page (authenticator code, filled from the vault): ${demo.url}`);
console.log(`Demo six-box page (waits for a code pushed to Skyvern): ${demo.sixBoxUrl}`);
console.log(`Local Skyvern API: ${skyvern.baseUrl}  (API key: ${skyvern.apiKey}; identifier: ${DEMO_IDENTIFIER})`);
console.log(`OTPilot master password (demo vault): ${DEMO_MASTER_PASSWORD}`);
console.log('Push a code to Skyvern; it fills the six-box page:');
console.log(
  `curl -X POST ${skyvern.baseUrl}/v1/credentials/totp -H 'x-api-key: ${skyvern.apiKey}' ` +
    `-H 'content-type: application/json' -d '{"totp_identifier":"${DEMO_IDENTIFIER}","content":"Your code is 482913"}'`,
);
