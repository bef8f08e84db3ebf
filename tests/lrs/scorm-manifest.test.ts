// The SCORM package's manifest, validated as a strict LMS importer does: against the IMS content-packaging
// and ADL schemas it names, taken from the zip itself (xmllint, Debian's libxml2-utils; .ci/run installs it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { packageScorm } from '../../scripts/package-scorm.ts';
import { PACK_SCENARIO, writeOrgFolder } from './org-package.ts';

const tmp = mkdtempSync(join(tmpdir(), 'defuse-scorm-manifest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A stand-in for the built app (the manifest lists its files; their content does not matter here). */
function fakeDist(): string {
  const dist = join(tmp, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Defuse</title>');
  writeFileSync(join(dist, 'assets', 'app & more.js'), 'export {};');
  return dist;
}

/** Unpacks the zip; returns the folder and the manifest text. */
async function built(ids: string[], config: string | null = null) {
  const zip = await packageScorm({ ids, dist: fakeDist(), out: join(tmp, `${ids.join('+')}.zip`), config });
  const files = unzipSync(new Uint8Array(readFileSync(zip)));
  const dir = join(tmp, ids.join('+'));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return { dir, names: Object.keys(files), manifest: strFromU8(files['imsmanifest.xml']!) };
}

/** Namespace → schema file, as the manifest's xsi:schemaLocation names them. */
const schemaLocations = (manifest: string) => {
  const pairs = /xsi:schemaLocation="([^"]+)"/.exec(manifest)![1]!.trim().split(/\s+/);
  return Array.from({ length: pairs.length / 2 }, (_, i) => [pairs[2 * i]!, pairs[2 * i + 1]!] as const);
};

/** xmllint against one schema importing every namespace the manifest names; returns its complaints. */
function validate(dir: string, manifestFile: string, manifest: string): string {
  const imports = schemaLocations(manifest).map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`);
  writeFileSync(join(dir, 'all-schemas.xsd'), `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports.join('\n')}\n</xs:schema>\n`);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'all-schemas.xsd'), join(dir, manifestFile)], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe('SCORM 2004 package manifest', () => {
  it('validates against the IMS CP and ADL schemas, which the zip carries at its root', async () => {
    const { dir, names, manifest } = await built(['angry-resident', 'broken-promise']);
    for (const [, file] of schemaLocations(manifest)) expect(names).toContain(file);
    expect(validate(dir, 'imsmanifest.xml', manifest)).toBe('');
  });

  it("still validates with the organisation's config and pack inside, and an item for the pack's scenario", async () => {
    const config = await writeOrgFolder(join(tmp, 'org'));
    const { dir, names, manifest } = await built(['angry-resident', PACK_SCENARIO.id], config);
    expect(names).toEqual(expect.arrayContaining(['defuse/defuse.config.json', 'defuse/packs/acme.json']));
    expect(validate(dir, 'imsmanifest.xml', manifest)).toBe('');
  });

  it('launch parameters sit in item@parameters; the resource href is the bare page', async () => {
    const { manifest } = await built(['angry-resident', 'broken-promise']);
    expect([...manifest.matchAll(/<item [^>]*parameters="([^"]+)"/g)].map((m) => m[1])).toEqual(['?lms=scorm&amp;scenario=angry-resident', '?lms=scorm&amp;scenario=broken-promise']);
    const hrefs = [...manifest.matchAll(/<resource [^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['defuse/index.html']);
  });

  it('the check has teeth: a manifest breaking the IMS or the ADL schema is refused', async () => {
    const { dir, manifest } = await built(['angry-resident']);
    const imsBroken = manifest.replace('<schemaversion>', '<schemaversion bogus="1">');
    writeFileSync(join(dir, 'ims-broken.xml'), imsBroken);
    expect(validate(dir, 'ims-broken.xml', imsBroken)).toMatch(/bogus/);
    const adlBroken = manifest.replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    writeFileSync(join(dir, 'adl-broken.xml'), adlBroken);
    expect(validate(dir, 'adl-broken.xml', adlBroken)).toMatch(/scormType/);
  });
});
