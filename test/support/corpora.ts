import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA } from './paths';

/**
 * Tests that measure against the shared corpora run only where they are (`../shared/corpora`, or
 * `OTPILOT_CORPORA`); a clone without them skips those tests with one line saying what they need, and its own
 * fixtures (`test/fixtures/`, or made at test time) still test every reader, decoder and detector.
 */

/** The corpus folder or file `sub` of the shared corpora, or null when this clone has none. */
export function corpusPath(sub: string): string | null {
  const path = join(CORPORA, sub);
  return existsSync(path) ? path : null;
}

/** The one line a skipped corpus test shows. */
export function needsCorpus(sub: string, what: string): string {
  return `${what}: needs the shared corpus ../shared/corpora/${sub}, not beside this clone (skipped)`;
}
