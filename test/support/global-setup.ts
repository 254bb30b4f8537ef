import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH, ROOT } from './paths';

/** Builds the extension once for the whole e2e run (skipped when `npm test` has just built it). */
export default function globalSetup(): void {
  if (process.env.OTPILOT_PREBUILT === '1' && existsSync(join(EXTENSION_PATH, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
