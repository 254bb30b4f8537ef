import { it } from 'vitest';
import { corpusPath, needsCorpus } from './corpora';

/**
 * Registers the tests of `suite` with the corpus path when `sub` is in the shared corpora; otherwise one skipped test
 * whose name says what they need. `suite` is not called at all then (it may read the corpus as it pleases).
 */
export function withCorpus(sub: string, what: string, suite: (path: string) => void): void {
  const path = corpusPath(sub);
  if (path) suite(path);
  else it.skip(needsCorpus(sub, what), () => undefined);
}
