// The organisation's scenario packs inside the cmi5 and SCORM packages: the package carries the config and
// the packs it lists (checked as the app checks them), and a pack's scenario is a course item of its own.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { packageCmi5 } from '../../scripts/package-cmi5.ts';
import { packageScorm } from '../../scripts/package-scorm.ts';
import { PACK_SCENARIO, writeOrgFolder } from './org-package.ts';

const tmp = mkdtempSync(join(tmpdir(), 'defuse-package-org-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fakeDist(): string {
  const dist = join(tmp, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Defuse</title>');
  // The shipped practice file, which the organisation's replaces.
  writeFileSync(join(dist, 'defuse.config.json'), '{"format":"defuse-config","version":1}');
  return dist;
}

describe("the organisation's packs in LMS packages", () => {
  it("cmi5: carries the config and the pack, and a pack's scenario is an AU with its own pass mark", async () => {
    const config = await writeOrgFolder(join(tmp, 'org-cmi5'));
    const zip = await packageCmi5({ ids: ['angry-resident', PACK_SCENARIO.id], dist: fakeDist(), out: join(tmp, 'cmi5.zip'), config });
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    expect(strFromU8(files['defuse/defuse.config.json']!)).toBe(readFileSync(config, 'utf8'));
    expect(strFromU8(files['defuse/packs/acme.json']!)).toBe(readFileSync(join(tmp, 'org-cmi5', 'packs', 'acme.json'), 'utf8'));
    const xml = strFromU8(files['cmi5.xml']!);
    expect(xml).toMatch(new RegExp(`<au id="[^"]+/scenarios/${PACK_SCENARIO.id}" moveOn="CompletedAndPassed" masteryScore="0\\.\\d\\d"`));
    expect(xml).toContain(`<langstring lang="en">${PACK_SCENARIO.title}</langstring>`);
    expect(xml).toContain(`<url>defuse/index.html?scenario=${PACK_SCENARIO.id}</url>`);
  });

  it('SCORM: lists the config and the pack among the app files, with an item for the pack scenario', async () => {
    const config = await writeOrgFolder(join(tmp, 'org-scorm'));
    const zip = await packageScorm({ ids: [PACK_SCENARIO.id], dist: fakeDist(), out: join(tmp, 'scorm.zip'), config });
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<file href="defuse/defuse.config.json"/>');
    expect(manifest).toContain('<file href="defuse/packs/acme.json"/>');
    expect(manifest).toContain(`parameters="?lms=scorm&amp;scenario=${PACK_SCENARIO.id}"`);
    expect(JSON.parse(strFromU8(files['defuse/defuse.config.json']!))).toMatchObject({ organisation: { id: 'acme' }, packs: ['packs/acme.json'] });
  });

  it('refuses, naming the file, a damaged pack, a config that does not check, and a scenario in no pack', async () => {
    const dir = join(tmp, 'org-bad');
    const config = await writeOrgFolder(dir);
    const args = { dist: fakeDist(), out: join(tmp, 'bad.zip'), config };
    await expect(packageScorm({ ...args, ids: ['acme-elsewhere'] })).rejects.toThrow(/unknown scenario "acme-elsewhere"; .*in the organisation's packs: acme-lift/);
    const pack = JSON.parse(readFileSync(join(dir, 'packs', 'acme.json'), 'utf8'));
    pack.scenarios[0].scenario.passMark = 1;
    writeFileSync(join(dir, 'packs', 'acme.json'), JSON.stringify(pack));
    await expect(packageCmi5({ ...args, ids: ['angry-resident'] })).rejects.toThrow(/packs\/acme\.json: hash: does not match/);
    writeFileSync(config, JSON.stringify({ format: 'defuse-config', version: 1, organisation: { id: 'Acme', name: 'Acme' } }));
    await expect(packageCmi5({ ...args, ids: ['angry-resident'] })).rejects.toThrow(/defuse\.config\.json: organisation\.id: organisation id must be lower-case/);
  });
});
