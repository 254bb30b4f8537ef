import { gzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { ROOT } from '../../test/support/paths';
import contentGate, { bundleGate, GATE_FILE } from '.';

/** Runs the built gate as a classic script in a bare global with a page that has no input at all. */
function runOnEmptyPage(code: string) {
  const listeners: string[] = [];
  const observed: unknown[] = [];
  const document = {
    addEventListener: (type: string) => listeners.push(type),
    querySelectorAll: () => [],
    evaluate: () => ({ numberValue: 0 }),
  };
  class MutationObserver {
    observe(target: unknown) {
      observed.push(target);
    }
  }
  const window: Record<string, unknown> = { addEventListener: (type: string) => listeners.push(`window:${type}`) };
  window.top = window;
  const imported: string[] = [];
  const chrome = { runtime: { getURL: (path: string) => (imported.push(path), path) } };
  runInNewContext(code, {
    window,
    addEventListener: window.addEventListener,
    document,
    MutationObserver,
    HTMLInputElement: class {},
    Element: class {},
    chrome,
  });
  return { listeners, observedDocument: observed[0] === document, imported };
}

describe('the content-script gate (modules/content-gate)', () => {
  it('is one classic script that starts the gate and loads nothing on a page without inputs', async () => {
    const code = await bundleGate(ROOT, 'chrome');
    expect(code).not.toMatch(/^\s*(import|export)\s/m); // a content script cannot be a module
    const run = runOnEmptyPage(code);
    // The top page also hears a subframe asking whether the page shows it (lib/autofill/frame-judge.ts).
    expect(run.listeners).toEqual(['focusin', 'contextmenu', 'window:message']);
    expect(run.observedDocument).toBe(true);
    expect(run.imported).toEqual([]);
  });

  // bench:content measured 1,202 B with WXT's wrapper stripped; main's gate has since learned to read the text
  // before a field and to hear a subframe's frame check (1,287 B here). The bound catches a wrapper or a library
  // creeping in, not a few more checks.
  it('stays about a kilobyte gzipped, without a WXT wrapper', async () => {
    for (const browser of ['chrome', 'firefox']) {
      const code = await bundleGate(ROOT, browser);
      expect(gzipSync(code).length).toBeLessThanOrEqual(1320);
      expect(code).not.toMatch(/wxt|defineUnlistedScript|logger/i);
    }
  });

  it('is emitted as the file the manifest declares as the content script', async () => {
    const hooks: Record<string, (wxt: unknown, files: { relativeDest: string; contents?: string }[]) => unknown> = {};
    const wxt = { config: { root: ROOT, browser: 'chrome' }, hook: (name: string, fn: never) => (hooks[name] = fn) };
    contentGate.setup!(wxt as never, undefined as never);
    const files: { relativeDest: string; contents?: string }[] = [];
    await hooks['build:publicAssets']!(wxt, files);
    expect(files.map((f) => f.relativeDest)).toEqual([GATE_FILE]);
    expect(files[0]!.contents).toContain('focusin');

    const manifest = await (config.manifest as (env: { browser: string }) => { content_scripts: { js: string[] }[] })({
      browser: 'chrome',
    });
    expect(manifest.content_scripts.map((c) => c.js)).toEqual([[GATE_FILE]]);
  });
});
