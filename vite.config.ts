import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { localeFirstVisit } from './scripts/locale-first-visit.ts';
import { scenarioCard } from './scripts/scenario-card.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { stripLexiconDocs } from './scripts/strip-lexicon-docs.ts';
import { MOCKING } from './tests/setup/mocking-files.ts';
import { GroupedSequencer } from './tests/setup/sequencer.ts';

/** Pure code: no stores, no database, no DOM, so one module graph can serve every file (no isolation). */
const PURE = [
  'src/domain/**/*.test.ts',
  'src/cli/**/*.test.ts',
  'src/i18n/**/*.test.ts',
  'tests/*/**/*.test.ts',
  // Pure functions outside domain, named one by one (a new test beside them is isolated until it is added
  // here): none imports storage, a store, Dexie, React or i18next, touches a global or mocks a module.
  // The heavy ones load the scenario parser and the classifier, which the domain tests have loaded already.
  'src/app/launch-params.test.ts',
  'src/app/routes.test.ts',
  'src/features/studio/editor/{json-positions,schema-assist,edit-doc,diagnose}.test.ts',
  'src/features/studio/graph/{build-graph,layout-graph}.test.ts',
  'src/features/studio/wizard/build-draft.test.ts',
  'src/features/studio/translations/collect-strings.test.ts',
  'src/features/scorecards/attempts/attempts-csv.test.ts',
  'src/lms/{launch,return-url,scorm-values,wait-for-drain}.test.ts',
];

// `base: './'` keeps every asset URL relative, so the built app runs from any static host,
// a file share or an LMS package folder (hash routes, no server rewrites needed).
export default defineConfig({
  base: './',
  plugins: [react(), localeFirstVisit(), scenarioCard(), stripLexiconDocs(), contentSecurityPolicy()],
  // The HK font subset (src/app/fonts) stays a file of its own: inlined as a data: URL it would be fetched with
  // every visit's CSS instead of only when its unicode-range is on screen, and the CSP's font-src 'self' refuses it.
  build: { target: 'es2022', sourcemap: false, assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined) },
  // The studio's validator runs in a module worker (src/features/studio/check): an ES module like the app,
  // with the lexicon files stripped the same way.
  worker: { format: 'es', plugins: () => [stripLexiconDocs()] },
  test: {
    environment: 'node',
    // A limit for hangs, not a speed target: the CLI tests start processes and the component tests render
    // the studio, which take seconds on an idle machine and several times that when every core is busy.
    testTimeout: 120_000,
    // Hooks start the test LRS and other services: the same hang limit, not vitest's 10 s.
    hookTimeout: 120_000,
    // Vitest's default on two cores is one worker, which runs the browser files one after the other while
    // they mostly wait on Chromium. Three workers overlap that waiting with the unit files' computing.
    maxWorkers: 3,
    // Files of one project and test environment run one after another, so a shared graph's worker is reused.
    sequence: { sequencer: GroupedSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: PURE,
          exclude: ['tests/e2e/**', 'node_modules/**'],
          // Isolating each file re-imported the classifier and its lexicons 80 times (about 60 % of the
          // time); pure modules have no state to leak between files.
          isolate: false,
        },
      },
      {
        extends: true,
        // @xapi/cmi5 names only a browser and an ES-module build (no main), which Node's resolution does not
        // pick: its ES module, so the app tests can run the real cmi5 runtime.
        resolve: { alias: { '@xapi/cmi5': '@xapi/cmi5/dist/Cmi5.esm.js' } },
        test: {
          name: 'ui',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [...PURE, ...MOCKING, 'node_modules/**'],
          // Components, stores, IndexedDB and the LRS/LMS runtimes hold module state (Zustand stores, web
          // storage, the page's URL, the Dexie databases). One module graph per worker and environment
          // (isolate: false) loads React, jsdom, i18next and the engine once instead of once per file;
          // shared-graph.ts puts that state back before each file, as a fresh graph would have it.
          isolate: false,
          // DOM matchers and cleanup for component tests (files opt into jsdom with a docblock).
          setupFiles: ['tests/setup/shared-graph.ts', 'tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui-mocks',
          include: MOCKING,
          // A module mock (vi.mock) stays in a shared graph for the files after it: these get their own.
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
          // Playwright, axe and the engine modules the files import are loaded once per worker instead of once
          // per file (import time 50 s → 10 s, about 20 CPU-s less over the project). Safe: every file launches
          // its own browser in its own hooks (useBrowser) and the support modules keep no state between files.
          isolate: false,
          // Hang limits: a browser test takes 2-15 s on an idle machine, several times that on a busy one.
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
