import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WxtViteConfig } from 'wxt';

/** The unlisted script that is the popup's app (entrypoints/popup-main.tsx); popup.html loads it. */
const POPUP_MAIN = 'popup-main';
const STYLESHEET = `assets/${POPUP_MAIN}.css`;

// The parts of Rollup's manualChunks API used here (WXT bundles its own Vite, whose types are not ours to import).
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * For WXT's `vite:build:extendConfig` hook. Each extension resource is a round trip through the browser
 * process, a few ms on the popup's critical path, so the popup's first screen comes from one file, like
 * the empty React page bench:popup compares it with. WXT builds an unlisted script in library mode: one
 * IIFE with every lazy part inlined and every asset (the QR reader's 950 KB of wasm) turned into base64.
 * This makes it an ordinary ES build instead: everything the entry imports statically goes into
 * `popup-main.js`, the lazy parts (forms, vault gate, QR reader, code generator) stay separate chunks,
 * and the one stylesheet is inlined into popup.html afterwards (`finishPopupHtml`).
 */
export function buildPopupAsOneModule(entrypoints: readonly { name: string }[], config: WxtViteConfig): void {
  if (entrypoints.length !== 1 || entrypoints[0]!.name !== POPUP_MAIN) return;
  const build = (config.build ??= {});
  const entry = build.lib ? build.lib.entry : undefined;
  if (typeof entry !== 'string')
    throw new Error(`${POPUP_MAIN}: WXT no longer builds unlisted scripts in library mode`);
  const output = build.rollupOptions?.output;
  build.lib = false;
  build.modulePreload = false; // every file is local: no preload helper, no <link> insertions
  build.cssCodeSplit = false; // one stylesheet for the popup and its lazy parts
  build.rollupOptions = {
    ...build.rollupOptions,
    input: { [POPUP_MAIN]: entry },
    output: {
      ...(Array.isArray(output) ? {} : output),
      format: 'es',
      inlineDynamicImports: false,
      entryFileNames: `${POPUP_MAIN}.js`,
      chunkFileNames: `chunks/${POPUP_MAIN}-[name]-[hash].js`,
      assetFileNames: ({ names }: { names?: string[] }) =>
        names?.[0]?.endsWith('.css') ? STYLESHEET : 'assets/[name]-[hash][extname]',
      manualChunks: firstScreenChunk(entry),
    },
  };
}

/** Every module the entry reaches through static imports goes into the entry's own chunk. */
function firstScreenChunk(entry: string) {
  let firstScreen: Set<string> | undefined;
  return (id: string, graph: ModuleGraph): string | undefined => {
    firstScreen ??= staticallyReachable(entry, graph);
    return firstScreen.has(id) ? POPUP_MAIN : undefined;
  };
}

function staticallyReachable(entry: string, { getModuleInfo }: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * For WXT's `build:done` hook, two edits of popup.html:
 * - its stylesheet goes in as a `<style>` element, one request fewer before the first paint (the
 *   extension pages' CSP restricts scripts, not styles). The file stays for WXT's build summary.
 * - the two modules WXT adds to every page to start its runtime plugins go: popup-main.js starts them
 *   itself (WXT's unlisted-script entry does), and each would be one more request.
 */
export async function finishPopupHtml(outDir: string): Promise<void> {
  const htmlPath = join(outDir, 'popup.html');
  const [html, css] = await Promise.all([readFile(htmlPath, 'utf8'), readFile(join(outDir, STYLESHEET), 'utf8')]);
  const pluginScripts =
    /\s*<script type="module"[^>]*src="\/chunks\/_virtual_wxt-(html-)?plugins-[^"]*"[^>]*><\/script>/g;
  if (!html.includes('</head>')) throw new Error('popup.html has no </head>');
  await writeFile(
    htmlPath,
    html.replace(pluginScripts, '').replace('</head>', () => `<style>${css.trim()}</style>\n  </head>`),
  );
}
