import { build } from 'esbuild';
import sveltePlugin from 'esbuild-svelte';
import { resolve } from 'node:path';

/** One entry a framework: each renders the widget its page's `data-widget` names. */
export type WidgetEntry =
  'react-widgets.tsx' | 'vue-widgets.ts' | 'angular-widgets.ts' | 'svelte-widgets.ts' | 'web-component-widgets.ts';

export interface WidgetBundle {
  js: string;
  /** The CSS the libraries import themselves (Mantine, Vuetify, ...), as their docs tell sites to load it. */
  css: string;
}

/**
 * Bundles a widget page's script (React, Vue, Angular, Svelte or web components, from the real npm
 * packages) at test time, in memory. Never committed as output, never loaded from a CDN.
 */
export async function bundleWidget(entry: WidgetEntry): Promise<WidgetBundle> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    write: false,
    outdir: 'widgets-out',
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    logLevel: 'silent',
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'empty' },
    plugins: [sveltePlugin({ compilerOptions: { css: 'injected' } })],
    conditions: ['svelte', 'browser'],
    // Some libraries read `process.env.*` beyond NODE_ENV, as bundlers for sites shim it.
    banner: { js: 'var process = { env: { NODE_ENV: "production" } };' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  const text = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}

/**
 * A two-factor step that loads `script` (and its CSS) and renders the widget named `widget` into
 * #root, mounted as the library's documentation shows.
 */
export function widgetPage(widget: string, script: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Two-factor authentication</title>
<link rel="stylesheet" href="${script.replace(/\.js$/, '.css')}">
<style>.slot{display:inline-block;width:2em;height:2em;border:1px solid #999}</style></head>
<body data-widget="${widget}"><main><h1>Two-factor authentication</h1>
<p>Enter the code from your authenticator app.</p><div id="root"></div></main>
<script src="${script}"></script></body></html>`;
}
