import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { localeFirstVisit } from './scripts/locale-first-visit.ts';
import { stripLexiconDocs } from './scripts/strip-lexicon-docs.ts';

// `base: './'` keeps every asset URL relative, so the built app runs from any static host,
// a file share or an LMS package folder (hash routes, no server rewrites needed).
export default defineConfig({
  base: './',
  plugins: [react(), localeFirstVisit(), stripLexiconDocs()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          // DOM matchers and cleanup for component tests (files opt into jsdom with a docblock).
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the app once and serves dist on a loopback port; only runs when e2e files are selected.
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
