// Shared by package-cmi5.ts and package-scorm.ts: arguments, the built app, scenario metadata, zip.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { checkConfigText, CONFIG_FILE } from '../src/domain/org/config.schema.ts';
import { openPackScenario } from '../src/domain/org/open-pack-scenario.ts';
import { checkPackText } from '../src/domain/org/pack.schema.ts';
import { parseScenario } from '../src/domain/scenario/parse-scenario.ts';
import type { Scenario } from '../src/domain/scenario/scenario.types.ts';

export const ROOT = resolve(import.meta.dirname, '..');
/** The folder the app sits in inside a package. */
export const APP_DIR = 'defuse';

export interface PackageArgs {
  ids: string[];
  /** Use this already built app instead of building (tests pass the dist they built). */
  dist: string | null;
  out: string;
  /**
   * The organisation's defuse.config.json: the package carries it and every pack it lists (read from the
   * config's folder), so the app launched from the LMS loads the organisation's scenarios, and a pack's
   * scenario can be a course item of its own.
   */
  config?: string | null;
}

export function parsePackageArgs(argv: readonly string[], kind: 'cmi5' | 'scorm'): PackageArgs {
  const ids: string[] = [];
  let dist: string | null = null;
  let out = '';
  let config: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--dist') dist = resolve(argv[(i += 1)] ?? '');
    else if (a === '--config') config = resolve(argv[(i += 1)] ?? '');
    else if (a === '--out') out = resolve(argv[(i += 1)] ?? '');
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else ids.push(a);
  }
  if (ids.length === 0) throw new Error(`usage: npm run package:${kind} -- <scenario id…> [--out file.zip] [--dist built-app-dir] [--config defuse.config.json]`);
  return { ids, dist, config, out: out || resolve(`defuse-${kind}-${ids.join('+').slice(0, 80)}.zip`) };
}

/**
 * Reads and validates the scenarios named: shipped ones, or one of the organisation's pack scenarios (from
 * orgPackage). An unknown id is an error with the list of known ones.
 */
export function loadScenarios(ids: readonly string[], packScenarios: readonly Scenario[] = []): Scenario[] {
  const dir = join(ROOT, 'scenarios');
  const known = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  return ids.map((id) => {
    if (known.includes(id)) return parseScenario(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')));
    const fromPack = packScenarios.find((s) => s.id === id);
    if (fromPack) return fromPack;
    throw new Error(`unknown scenario "${id}"; shipped: ${known.join(', ')}${packScenarios.length > 0 ? `; in the organisation's packs: ${packScenarios.map((s) => s.id).join(', ')}` : ''}`);
  });
}

/** What the organisation adds to a package: its config and packs (as app files), and the packs' scenarios. */
export interface OrgPackage {
  /** Paths relative to the app folder (`defuse.config.json`, `packs/acme.json`). */
  files: Record<string, Uint8Array>;
  scenarios: Scenario[];
}

/**
 * Reads the organisation's config and every pack it lists, checked as the app checks them (config schema,
 * pack hash, each scenario's schema, patterns and version); any problem stops the packaging, named by file.
 */
export async function orgPackage(configPath: string | null | undefined): Promise<OrgPackage> {
  if (!configPath) return { files: {}, scenarios: [] };
  const text = readText(configPath);
  const checked = checkConfigText(text);
  if (!checked.ok) throw new Error(`${configPath}: ${checked.problems.join('; ')}`);
  if (!checked.config.organisation) throw new Error(`${configPath}: organisation: required in a package (run \`defuse config init\`)`);
  const files: Record<string, Uint8Array> = { [CONFIG_FILE]: new TextEncoder().encode(text) };
  const scenarios: Scenario[] = [];
  for (const path of checked.config.packs ?? []) {
    const packFile = join(dirname(configPath), path);
    const packText = readText(packFile);
    const pack = await checkPackText(packText);
    if (!pack.ok) throw new Error(`${packFile}: ${pack.problems.join('; ')}`);
    for (const [i, entry] of pack.pack.scenarios.entries()) {
      const opened = openPackScenario(entry);
      if (!opened.ok) throw new Error(`${packFile}: scenarios[${i + 1}] (${entry.id}): ${opened.problem}`);
      if (!scenarios.some((s) => s.id === opened.scenario.id)) scenarios.push(opened.scenario);
    }
    files[path] = new TextEncoder().encode(packText);
  }
  return { files, scenarios };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path}: cannot read the file`);
  }
}

/** The app's files with the organisation's added (its config replaces the shipped practice file). */
export function withOrgFiles(app: Record<string, Uint8Array>, org: OrgPackage): Record<string, Uint8Array> {
  return { ...app, ...Object.fromEntries(Object.entries(org.files).map(([path, data]) => [`${APP_DIR}/${path}`, data])) };
}

/** Builds the app (production) into a temporary folder, or returns the given one. */
export async function builtApp(dist: string | null): Promise<string> {
  if (dist) return dist;
  const out = mkdtempSync(join(tmpdir(), 'defuse-package-'));
  const { build } = await import('vite');
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, mode: 'production', configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
  return out;
}

/** Every file of a folder, as package paths under `prefix/`. */
export function filesOf(dir: string, prefix: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[`${prefix}/${relative(dir, p).split('\\').join('/')}`] = new Uint8Array(readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

export function writeZip(out: string, files: Record<string, Uint8Array>): void {
  writeFileSync(out, zipSync(files, { level: 9 }));
}

export const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;

export async function main(run: (args: PackageArgs) => Promise<string>, kind: 'cmi5' | 'scorm'): Promise<void> {
  try {
    const out = await run(parsePackageArgs(process.argv.slice(2), kind));
    console.log(`wrote ${out}`);
  } catch (error) {
    console.error(`package:${kind}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
