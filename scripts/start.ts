/**
 * `npm start`: builds the extension, serves the local demo and opens Chromium with the extension loaded.
 * Headed when a display exists; headless (with remote debugging on port 9222) otherwise.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from '../test/support/chromium';
import { EXTENSION_PATH, ROOT } from '../test/support/paths';
import { startDemoServer } from '../server/demo/serve';
import { startSkyvernServer } from '../server/skyvern/serve';

execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
console.log(
  `\nUnpacked extension: ${EXTENSION_PATH}\n(load it by hand from chrome://extensions → Developer mode → Load unpacked)\n`,
);

const browser = findChromium();
if (!browser) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const { server, url } = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
console.log(`Demo login page: ${url}`);
const skyvern = await startSkyvernServer({ port: Number(process.env.SKYVERN_PORT ?? 0) });
console.log(`Local Skyvern API: ${skyvern.baseUrl}  (API key: ${skyvern.apiKey}; enter both in Options → Skyvern)`);
console.log(
  `Push a code: curl -X POST ${skyvern.baseUrl}/v1/credentials/totp -H 'x-api-key: ${skyvern.apiKey}' ` +
    `-H 'content-type: application/json' -d '{"totp_identifier":"you@example.com","content":"Your code is 123456"}'`,
);

const profile = resolve(ROOT, '.output/start-profile');
mkdirSync(profile, { recursive: true });
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin');
const args = [...chromiumArgs(EXTENSION_PATH), `--user-data-dir=${profile}`];
if (!headed) args.push('--headless', '--remote-debugging-port=9222');
args.push(url);

console.log(`Opening ${browser} ${headed ? '' : '(headless: no display found; DevTools on http://127.0.0.1:9222)'}`);
const child = spawn(browser, args, { stdio: 'ignore' });
const stop = () => {
  child.kill();
  server.closeAllConnections();
  server.close();
  void skyvern.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => {
  console.log(`Chromium exited (${code ?? 0}).`);
  server.closeAllConnections();
  server.close();
  void skyvern.close();
});
