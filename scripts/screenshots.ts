/**
 * `npm run screenshots`: takes the README's screenshots (scripts/screenshots-shots.ts) with the built extension
 * (`.output/chrome-mv3`, built first when missing) into docs/screenshots/, light and dark.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EXTENSION_PATH, ROOT } from '../test/support/paths';
import { takeScreenshots } from './screenshots-shots';

if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) {
  console.warn(`No build in ${EXTENSION_PATH}: building it first (npm run build).`);
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
const written = await takeScreenshots(resolve(ROOT, 'docs/screenshots'));
console.log(written.map((file) => `wrote ${relative(ROOT, file)}`).join('\n'));
