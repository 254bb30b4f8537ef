import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const UI = ['@/components/*', '@/entrypoints/*', '**/components/**', '**/entrypoints/**'];
const VAULT = ['@/lib/vault', '@/lib/vault/*', '**/lib/vault/**', '**/vault/**'];

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.scratch*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Import boundaries: lib/ is the product's logic and never reaches into the UI or entrypoints.
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/vault/**', 'lib/autofill/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: UI, message: 'lib/ never imports components/ or entrypoints/.' }] },
      ],
    },
  },
  {
    // lib/vault may not import UI either.
    files: ['lib/vault/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: UI, message: 'lib/ never imports components/ or entrypoints/.' }] },
      ],
    },
  },
  {
    // Content-script code (the autofill library and the content entrypoint) never sees vault code.
    files: [
      'lib/autofill/**/*.{ts,tsx}',
      'entrypoints/autofill-*.ts',
      'entrypoints/*.content.ts',
      'entrypoints/*.content/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: UI, message: 'lib/ never imports components/ or entrypoints/.' },
            { group: VAULT, message: 'Content scripts never import vault code: they get codes only.' },
          ],
        },
      ],
    },
  },
  {
    // Pages ask the background through sendFromPage (retries when the worker stops, friendly errors), never directly.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/messaging/protocol',
              importNames: ['sendMessage'],
              message: 'Send with sendFromPage from @/lib/messaging/page-send.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'server/**', 'test/**', '.ci/**', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
