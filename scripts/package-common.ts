// Shared by package-cmi5.ts and package-scorm.ts: arguments, the built app, scenario metadata, zip.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
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
}

export function parsePackageArgs(argv: readonly string[], kind: 'cmi5' | 'scorm'): PackageArgs {
  const ids: string[] = [];
  let dist: string | null = null;
  let out = '';
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--dist') dist = resolve(argv[(i += 1)] ?? '');
    else if (a === '--out') out = resolve(argv[(i += 1)] ?? '');
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else ids.push(a);
  }
  if (ids.length === 0) throw new Error(`usage: npm run package:${kind} -- <scenario id…> [--out file.zip] [--dist built-app-dir]`);
  return { ids, dist, out: out || resolve(`defuse-${kind}-${ids.join('+').slice(0, 80)}.zip`) };
}

/** Reads and validates the shipped scenarios named; an unknown id is an error with the list of known ones. */
export function loadScenarios(ids: readonly string[]): Scenario[] {
  const dir = join(ROOT, 'scenarios');
  const known = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  return ids.map((id) => {
    if (!known.includes(id)) throw new Error(`unknown scenario "${id}"; shipped: ${known.join(', ')}`);
    return parseScenario(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')));
  });
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
