import { build } from 'esbuild';
import { defineWxtModule } from 'wxt/modules';

/** The content script's file, as the manifest names it (wxt.config.ts). */
export const GATE_FILE = 'autofill-frame.js';

/**
 * The content script of every http(s) frame is only the cheap gate (`lib/autofill/gate.ts`). It runs
 * in every frame of every page, so it is bundled here as one bare IIFE that calls `startGate()`:
 * no WXT entrypoint wrapper (plugin start, logger, promise checks cost about 0.1 ms a frame) and no
 * WXT content-script context (about 2 ms a frame). Emitted as a public asset through WXT's
 * `build:publicAssets` hook.
 */
export async function bundleGate(root: string, browser: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { startGate } from './lib/autofill/gate';\nstartGate();\n",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'autofill-frame.ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    target: browser === 'firefox' ? 'firefox140' : 'chrome120',
    alias: { '@': root },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export default defineWxtModule({
  name: 'otpilot-content-gate',
  setup(wxt) {
    wxt.hook('build:publicAssets', async (_, files) => {
      files.push({ relativeDest: GATE_FILE, contents: await bundleGate(wxt.config.root, wxt.config.browser) });
    });
  },
});
