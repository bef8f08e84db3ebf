// Real browser, organisation mode: a copy of the shared build served beside it (same server), so the
// organisation's defuse.config.json and packs a test writes change no other test; and the `defuse` CLI as a
// trainer runs it to write them.
import { cpSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { inject } from 'vitest';
import { main } from '../../src/cli/main.ts';

/** A fresh folder beside the shared build and the address it is served at; fill it with `copyBuild()`. */
export function orgSite(prefix: string): { folder: string; base: string; copyBuild: () => void } {
  const dist = inject('distDir');
  const served = resolve(dist, '../..');
  const folder = mkdtempSync(join(served, prefix));
  const base = new URL(`../../${folder.slice(served.length + 1)}/`, inject('baseUrl')).href;
  return { folder, base, copyBuild: () => cpSync(dist, folder, { recursive: true }) };
}

/** Runs `defuse <args>` in-process with the given stdin lines; throws with its output when it fails. */
export async function defuse(args: string[], stdin: string[] = []): Promise<void> {
  const out: string[] = [];
  const code = await main(args, { stdin: Readable.from(stdin), stdout: (s) => void out.push(s), stderr: (s) => void out.push(s) });
  if (code !== 0) throw new Error(`defuse ${args.join(' ')}: ${out.join('')}`);
}
