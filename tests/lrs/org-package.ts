// Test support: an organisation folder as `defuse config` and `defuse pack` leave it — defuse.config.json
// listing packs/acme.json, whose one scenario (acme-lift) is angry-resident under its own id and title.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPack } from '../../src/domain/org/build-pack.ts';
import type { Pack } from '../../src/domain/org/pack.schema.ts';

export const PACK_SCENARIO = { id: 'acme-lift', title: 'Acme: the lift that stopped twice', titleZhHant: 'Acme：停了兩次的升降機' };

/** The pack `defuse pack` would build from one studio export: acme-lift. */
export async function acmePack(): Promise<Pack> {
  const doc = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')) as Record<string, unknown> & { title: Record<string, string> };
  const scenario = { ...doc, id: PACK_SCENARIO.id, title: { 'zh-Hant': PACK_SCENARIO.titleZhHant, 'zh-Hans': 'Acme：停了两次的电梯', en: PACK_SCENARIO.title } };
  const built = await buildPack({ id: 'acme', name: 'Acme onboarding', builtAt: '2026-12-02T00:00:00Z' }, [{ file: 'acme-lift.json', text: JSON.stringify(scenario) }]);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return built.pack;
}

export async function writeOrgFolder(dir: string): Promise<string> {
  mkdirSync(join(dir, 'packs'), { recursive: true });
  writeFileSync(join(dir, 'packs', 'acme.json'), JSON.stringify(await acmePack()));
  const config = join(dir, 'defuse.config.json');
  writeFileSync(config, JSON.stringify({ format: 'defuse-config', version: 1, organisation: { id: 'acme', name: 'Acme Property' }, packs: ['packs/acme.json'] }));
  return config;
}
