// ESLint flat config. The layer rules of docs/architecture.md are enforced here:
// 1. Every file under src/ belongs to a layer, and a layer imports only the layers listed in LAYERS
//    (eslint-plugin-boundaries, default "disallow": a new folder or a new arrow must be added on purpose).
// 2. src/domain is a pure core: no React, Zustand, i18next, Dexie or DOM.
// tests/architecture/layers.test.ts probes every forbidden arrow in a scratch copy and expects a refusal.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';

/** One layer per feature folder, found on disk, so a new feature is kept apart from the others at once. */
export const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureLayers = FEATURES.map((name) => `feature-${name}`);

/**
 * The layers, where their files live, and which other layers each may import (its own files always).
 * Keep in step with docs/architecture.md.
 */
export const LAYERS = {
  domain: { pattern: 'src/domain', uses: [] },
  storage: { pattern: 'src/storage', uses: ['domain'] },
  // The outbox is a storage table: lrs keeps statements there before it sends them.
  lrs: { pattern: 'src/lrs', uses: ['domain', 'storage'] },
  lms: { pattern: 'src/lms', uses: ['domain', 'lrs'] },
  i18n: { pattern: 'src/i18n', uses: ['domain'] },
  components: { pattern: 'src/components', uses: ['domain'] },
  ...Object.fromEntries(FEATURES.map((name) => [`feature-${name}`, { pattern: `src/features/${name}`, uses: ['domain', 'storage', 'lrs', 'lms', 'components', 'i18n'] }])),
  app: { pattern: 'src/app', uses: ['domain', 'storage', 'lrs', 'lms', 'components', 'i18n', ...featureLayers] },
  cli: { pattern: 'src/cli', uses: ['domain'] },
};

/** Outside the layers: data anyone may read, and tooling that may use any layer. */
const OUTSIDE = {
  scenarios: { pattern: 'scenarios' },
  tests: { pattern: 'tests' },
  scripts: { pattern: 'scripts' },
};

const layerNames = Object.keys(LAYERS);

const domainBanned = [
  { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'src/domain is pure: no React.' },
  { group: ['zustand', 'zustand/*'], message: 'src/domain is pure: no Zustand.' },
  { group: ['i18next', 'react-i18next', 'i18next-*'], message: 'src/domain returns keys, not prose: no i18next.' },
  { group: ['dexie', 'dexie/*', '@xstate/react', 'framer-motion'], message: 'src/domain is pure: no UI or storage libraries.' },
];

/** The layer a path under this folder belongs to (longest pattern first, so src/features/x beats src), or undefined. */
function layerOfPath(path) {
  const rel = relative(import.meta.dirname, path).replaceAll('\\', '/');
  return Object.entries(LAYERS).find(([, layer]) => rel === layer.pattern || rel.startsWith(`${layer.pattern}/`))?.[0];
}

/**
 * eslint-plugin-boundaries judges an import by the file it resolves to, so an import of a file that does not
 * exist (yet) is "unknown" and passes the layer rules. This rule judges such imports by the folder the path
 * points into, with the same LAYERS table, so a forbidden direction is refused before the file is written.
 */
const unresolvedLayerImports = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = layerOfPath(context.filename);
    if (!from) return {};
    const check = (node) => {
      const spec = node.source && node.source.type === 'Literal' ? node.source.value : undefined;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolve(dirname(context.filename), spec);
      if (existsSync(target)) return; // resolvable: boundaries/dependencies judges it
      const to = layerOfPath(target);
      if (to && to !== from && !LAYERS[from].uses.includes(to)) {
        context.report({ node: node.source, message: `${from} may not import ${to} (${spec}): see the layer rules in docs/architecture.md` });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

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
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.ts', 'scripts/**/*.ts'],
    plugins: { boundaries, layers: { rules: { 'unresolved-imports': unresolvedLayerImports } } },
    settings: {
      // Patterns are relative to this file's folder, wherever ESLint is started from.
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': [
        ...Object.entries(LAYERS).map(([type, layer]) => ({ type, pattern: layer.pattern, partialMatch: false })),
        ...Object.entries(OUTSIDE).map(([type, place]) => ({ type, pattern: place.pattern, partialMatch: false })),
      ],
      // Test files and test helpers may also set up translations and use the shared test helpers.
      'boundaries/files': [{ category: 'test', pattern: ['**/*.test.{ts,tsx}', '**/test-support/**'] }],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'layers/unresolved-imports': 'error',
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        message: '{{ from.element.type }} may not import {{ to.element.type }}: see the layer rules in docs/architecture.md',
        policies: [
          ...Object.entries(LAYERS).map(([type, layer]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: [type, ...layer.uses, 'scenarios'] } } } },
          })),
          { from: { file: { categories: 'test' } }, allow: { to: { element: { types: { anyOf: ['tests', 'i18n'] } } } } },
          { from: { element: { types: { anyOf: ['tests', 'scripts'] } } }, allow: { to: { element: { types: { anyOf: [...layerNames, 'tests', 'scripts', 'scenarios'] } } } } },
        ],
      }],
    },
  },
);
