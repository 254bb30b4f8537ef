import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGate } from '@/lib/autofill/gate';

/**
 * The content script of every http(s) frame (declared in wxt.config.ts, not as a WXT content script:
 * WXT's content-script context alone costs about 2 ms per frame, and this entry is bundled without
 * WXT's unlisted-script wrapper, see scripts/bare-unlisted-scripts.ts). It only runs the cheap gate.
 */
export default defineUnlistedScript(startGate);
