// ESLint flat config. Two architectural rules are enforced here (see ../shared/STYLE.md):
// 1. src/domain is a pure core: no React, Zustand, i18next, Dexie or DOM.
// 2. Features never import each other; they compose only in src/app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const features = ['drill', 'studio', 'scorecards'];

const domainBanned = [
  { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'src/domain is pure: no React.' },
  { group: ['zustand', 'zustand/*'], message: 'src/domain is pure: no Zustand.' },
  { group: ['i18next', 'react-i18next', 'i18next-*'], message: 'src/domain returns keys, not prose: no i18next.' },
  { group: ['dexie', 'dexie/*', '@xstate/react', 'framer-motion'], message: 'src/domain is pure: no UI or storage libraries.' },
  { group: ['**/features/**', '**/app/**', '**/components/**', '**/storage/**', '**/i18n/**', '**/cli/**'], message: 'Imports flow domain → features → app, never back.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'public/**', '.ci/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: domainBanned }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch'],
    },
  },
  ...features.map((f) => ({
    files: [`src/features/${f}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: features.filter((o) => o !== f).map((o) => ({
          group: [`**/features/${o}`, `**/features/${o}/**`, `../${o}`, `../${o}/**`, `../../${o}/**`],
          message: `Features never import each other (${f} → ${o}); compose them in src/app.`,
        })),
      }],
    },
  })),
);
