import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where `wxt build` puts the unpacked extension (WXT_OUT_DIR lets parallel runs use their own). */
export const OUT_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output');
export const EXTENSION_PATH = resolve(OUT_DIR, 'chrome-mv3');
/** The shared real-world corpora (never copied into the repo). */
export const CORPORA = resolve(ROOT, '../shared/corpora');
