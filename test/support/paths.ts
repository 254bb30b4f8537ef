import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where `wxt build` puts the unpacked extension (WXT_OUT_DIR lets parallel runs use their own). */
export const OUT_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output');
export const EXTENSION_PATH = resolve(OUT_DIR, 'chrome-mv3');
/**
 * The shared real-world corpora (never copied into the repo): `../shared/corpora` beside the clone, or
 * `OTPILOT_CORPORA`. A clone without them still passes its tests (`test/support/corpora.ts`).
 */
export const CORPORA = resolve(ROOT, process.env.OTPILOT_CORPORA ?? '../shared/corpora');
/** The suite's own fixtures (written here, or copied where their licence allows: see test/fixtures/README.md). */
export const FIXTURES = resolve(ROOT, 'test/fixtures');
