// The layer rules of docs/architecture.md, probed: in a scratch copy of the project (its sources and
// lint config), one file per (layer, other layer) imports a real module of the other layer, and the
// linter must refuse exactly the forbidden ones. The rules are written out here rather than read from
// eslint.config.js, so loosening the config (or a layer missing from it) fails this test.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const features = readdirSync(join(root, 'src/features'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `features/${e.name}`);

/** Each layer (a folder under src/) and the layers it may import; every other direction is forbidden. */
const below = ['domain', 'storage', 'lrs', 'lms', 'components', 'i18n'];
const MAY_USE: Record<string, string[]> = {
  domain: [],
  storage: ['domain'],
  lrs: ['domain', 'storage'],
  lms: ['domain', 'lrs'],
  i18n: ['domain'],
  components: ['domain'],
  ...Object.fromEntries(features.map((f) => [f, below])),
  app: [...below, ...features],
  cli: ['domain'],
};
const layers = Object.keys(MAY_USE);

/** A real module of the layer to import: its first non-test source file. */
function moduleOf(layer: string): string {
  const dir = join(root, 'src', layer);
  const file = (readdirSync(dir, { recursive: true }) as string[]).sort().find((f) => /\.tsx?$/.test(f) && !/\.(test|d)\.tsx?$|test-support/.test(f));
  if (!file) throw new Error(`no source file in src/${layer}`);
  return join(dir, file);
}

interface Probe {
  from: string;
  to: string;
  file: string;
  forbidden: boolean;
}

const probes: Probe[] = layers.flatMap((from) =>
  layers.filter((to) => to !== from).map((to, i) => ({
    from,
    to,
    file: `src/${from}/__probe__/to-${to.replace('/', '-')}.${i % 3 === 2 ? 'tsx' : 'ts'}`,
    forbidden: !MAY_USE[from]!.includes(to),
  })),
);

/** The three ways a module is imported: a value import, a type-only import, a dynamic import. */
function probeSource(probe: Probe, index: number, scratch: string): string {
  const target = relative(dirname(join(scratch, probe.file)), moduleOf(probe.to).replace(root, scratch)).replaceAll('\\', '/');
  const spec = target.startsWith('.') ? target : `./${target}`;
  if (index % 3 === 0) return `import * as other from '${spec}';\nexport const probe = other;\n`;
  if (index % 3 === 1) return `import type * as other from '${spec}';\nexport type Probe = typeof other;\n`;
  return `export const probe = () => import('${spec}');\n`;
}

let scratch = '';
const refused = new Map<string, string[]>();

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'defuse-layers-'));
  for (const entry of ['src', 'eslint.config.js', 'package.json']) cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  probes.forEach((probe, index) => {
    mkdirSync(dirname(join(scratch, probe.file)), { recursive: true });
    writeFileSync(join(scratch, probe.file), probeSource(probe, index, scratch));
  });
  const eslint = new ESLint({ cwd: scratch });
  for (const result of await eslint.lintFiles(probes.map((p) => p.file))) {
    refused.set(relative(scratch, result.filePath).replaceAll('\\', '/'), result.messages.filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message));
  }
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('layer rules (a scratch copy with probe imports, linted)', () => {
  it('lints every probe', () => {
    expect([...refused.keys()].sort()).toEqual(probes.map((p) => p.file).sort());
  });

  it.each(probes.filter((p) => p.forbidden).map((p) => [p.from, p.to, p.file] as const))('refuses %s → %s', (_from, to, file) => {
    const messages = refused.get(file) ?? [];
    expect(messages.length, `${file} was not refused`).toBeGreaterThan(0);
    expect(messages.join('\n')).toContain('docs/architecture.md');
    expect(messages.join('\n')).toContain(to.startsWith('features/') ? `feature-${to.slice('features/'.length)}` : to);
  });

  it.each(probes.filter((p) => !p.forbidden).map((p) => [p.from, p.to, p.file] as const))('allows %s → %s', (_from, _to, file) => {
    expect(refused.get(file)).toEqual([]);
  });

  it('judges an import of a file that does not exist by the folder it points into', async () => {
    const cases = [
      { file: 'src/features/drill/__ghost__/a.ts', spec: '../../sync/index.ts', refusedAs: 'feature-drill may not import feature-sync' },
      { file: 'src/storage/__ghost__/b.ts', spec: '../../features/drill/index.ts', refusedAs: 'storage may not import feature-drill' },
      { file: 'src/components/__ghost__/c.ts', spec: '../../features/scorecards/index.ts', refusedAs: 'components may not import feature-scorecards' },
      { file: 'src/lms/__ghost__/d.ts', spec: '../../app/nowhere.ts', refusedAs: 'lms may not import app' },
      { file: 'src/features/studio/__ghost__/e.ts', spec: '../../../domain/not-yet.ts', refusedAs: undefined },
    ];
    for (const c of cases) {
      mkdirSync(dirname(join(scratch, c.file)), { recursive: true });
      writeFileSync(join(scratch, c.file), `export const probe = () => import('${c.spec}');\n`);
    }
    const results = await new ESLint({ cwd: scratch }).lintFiles(cases.map((c) => c.file));
    const layerMessages = results.map((r) => r.messages.filter((m) => m.ruleId?.startsWith('layers/') || m.ruleId?.startsWith('boundaries/')).map((m) => m.message).join('\n'));
    cases.forEach((c, i) => {
      if (c.refusedAs) expect(layerMessages[i], c.file).toContain(c.refusedAs);
      else expect(layerMessages[i], c.file).toBe('');
    });
  });

  it('refuses a file in src/ outside every layer', async () => {
    writeFileSync(join(scratch, 'src/stray.ts'), `export const stray = 1;\n`);
    const [result] = await new ESLint({ cwd: scratch }).lintFiles(['src/stray.ts']);
    expect(result!.messages.map((m) => m.ruleId)).toContain('boundaries/no-unknown-files');
  });
});

describe('docs/architecture.md', () => {
  it('names every feature folder on disk, in the table of layers and in the picture', () => {
    const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
    const row = doc.split('\n').find((line) => line.startsWith('| a feature |')) ?? '';
    const picture = /subgraph features[^\n]*\n([\s\S]*?)\n\s*end/.exec(doc)?.[1]?.split('\n').map((l) => l.trim()) ?? [];
    for (const feature of features.map((f) => f.slice('features/'.length))) {
      expect(row, `table of layers: ${feature}`).toContain(`\`${feature}\``);
      expect(picture, `picture: ${feature}`).toContain(feature);
    }
  });
});
