import { defineConfig } from 'wxt';
import { bareUnlistedScripts } from './scripts/bare-unlisted-scripts';
import { buildPopupAsOneModule, finishPopupHtml } from './scripts/popup-bundle';

// One build serves the e2e suite, `npm start` and the benchmarks. WXT_OUT_DIR lets
// parallel builds (several benchmarks, several developers) keep out of each other's way.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  imports: false,
  webExt: { disabled: true },
  hooks: {
    'vite:build:extendConfig': buildPopupAsOneModule,
    'build:done': (wxt) => finishPopupHtml(wxt.config.outDir),
  },
  vite: () => ({
    plugins: [bareUnlistedScripts(['autofill-frame', 'popup-first-paint'])],
    build: { sourcemap: !!process.env.SOURCEMAP },
  }),
  manifest: {
    name: 'OTPilot',
    description: 'Two-factor codes, kept encrypted and filled for you.',
    minimum_chrome_version: '120',
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'alarms',
      'clipboardWrite',
      'clipboardRead',
      'offscreen',
      'scripting',
      'notifications',
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'OTPilot' },
    // The content script is a tiny gate (see entrypoints/autofill-frame.ts); it loads the detector
    // only into frames that may hold a code field. use_dynamic_url keeps pages from probing for it.
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', js: ['autofill-frame.js'] },
    ],
    web_accessible_resources: [
      { resources: ['autofill-main.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ],
    commands: {
      'fill-code': {
        suggested_key: { default: 'Ctrl+Shift+L', mac: 'Command+Shift+L' },
        description: 'Fill the verification code on this page',
      },
    },
  },
});
