import { build } from 'esbuild';
import sveltePlugin from 'esbuild-svelte';
import { resolve } from 'node:path';

/**
 * Bundles a widget page's script (React, Vue, Angular or Svelte, from the real npm packages) at test time, in memory.
 * Never committed as output, never loaded from a CDN.
 */
export async function bundleWidget(
  entry: 'react-widgets.tsx' | 'vue-widget.ts' | 'angular-widget.ts' | 'svelte-widget.ts',
): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    logLevel: 'silent',
    plugins: [sveltePlugin({ compilerOptions: { css: 'injected' } })],
    conditions: ['svelte', 'browser'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return result.outputFiles[0]!.text;
}

/** A page that loads `script` and renders the widget named `widget` into #root. */
export function widgetPage(widget: string, scriptPath: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${widget}</title>
<style>input{width:2em;margin:2px;font-size:20px}.slot{width:2em;height:2em;border:1px solid #999}</style></head>
<body data-widget="${widget}"><h1>Sign in</h1><div id="root"></div><script src="${scriptPath}"></script></body></html>`;
}

/**
 * A hand-written auto-advancing six-box form, like many banks': each box takes one character and
 * moves focus on; the form's own state only counts input into the box that has focus.
 */
export const AUTO_ADVANCE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Auto-advance</title></head><body>
<form id="f"><p>Enter the security code we sent you</p><div id="boxes">
${[0, 1, 2, 3, 4, 5].map((i) => `<input data-i="${i}" inputmode="numeric" maxlength="1" aria-label="Digit ${i + 1}" style="width:2em">`).join('')}
</div><output id="state"></output></form>
<script>
  const boxes = [...document.querySelectorAll('#boxes input')];
  const state = ['', '', '', '', '', ''];
  let active = -1;
  boxes.forEach((box, i) => {
    box.addEventListener('focus', () => { active = i; });
    box.addEventListener('input', () => {
      if (active !== i) { box.value = state[i]; return; }
      const ch = box.value.slice(-1).replace(/\\D/g, '');
      box.value = ch;
      state[i] = ch;
      document.getElementById('state').textContent = state.join('');
      if (ch && boxes[i + 1]) boxes[i + 1].focus();
    });
  });
</script></body></html>`;
