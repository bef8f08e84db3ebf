// `npm run package:scorm -- <scenario id…>`: a SCORM 2004 4th edition zip, one item per scenario on one SCO.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from '../src/domain/scenario/scenario.types.ts';
import { APP_DIR, builtApp, filesOf, loadScenarios, main, orgPackage, ROOT, withOrgFiles, writeZip, xml, type PackageArgs } from './package-common.ts';

/** The schema files every SCORM 2004 4th edition package carries at its root (named in schemaLocation). */
export const SCHEMA_DIR = join(ROOT, 'scripts', 'scorm-schemas');
export const schemaFiles = () => readdirSync(SCHEMA_DIR).filter((f) => /\.(xsd|dtd)$/.test(f)).sort();

/** The SCO: the app's page. Which scenario it opens comes from each item's `parameters` (IMS CP 1.1.4). */
export const SCO_HREF = `${APP_DIR}/index.html`;
export const launchParameters = (scenarioId: string) => `?lms=scorm&scenario=${encodeURIComponent(scenarioId)}`;

/**
 * imsmanifest.xml: one item per scenario, all launching the one SCO resource with their own launch
 * parameters in `item@parameters` (strict importers refuse a query string in `resource@href`); the app's
 * files are one asset resource.
 */
export function imsManifest(scenarios: readonly Scenario[], appFiles: readonly string[]): string {
  const items = scenarios
    .map((s) => `      <item identifier="item-${xml(s.id)}" identifierref="defuse-sco" parameters="${xml(launchParameters(s.id))}">
        <title>${xml(`${s.title.en} / ${s.title['zh-Hant']}`)}</title>
      </item>`)
    .join('\n');
  const scos = `    <resource identifier="defuse-sco" type="webcontent" adlcp:scormType="sco" href="${xml(SCO_HREF)}">
      <file href="${xml(SCO_HREF)}"/>
      <dependency identifierref="defuse-app"/>
    </resource>`;
  const files = appFiles.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="defuse-${xml(scenarios.map((s) => s.id).join('-'))}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="defuse">
    <organization identifier="defuse">
      <title>Defuse complaint-handling drills / Defuse 投訴處理演練</title>
${items}
    </organization>
  </organizations>
  <resources>
${scos}
    <resource identifier="defuse-app" type="webcontent" adlcp:scormType="asset">
${files}
    </resource>
  </resources>
</manifest>
`;
}

export async function packageScorm(args: PackageArgs): Promise<string> {
  const org = await orgPackage(args.config);
  const scenarios = loadScenarios(args.ids, org.scenarios);
  const app = withOrgFiles(filesOf(await builtApp(args.dist), APP_DIR), org);
  const schemas = Object.fromEntries(schemaFiles().map((f) => [f, new Uint8Array(readFileSync(join(SCHEMA_DIR, f)))]));
  writeZip(args.out, { 'imsmanifest.xml': new TextEncoder().encode(imsManifest(scenarios, Object.keys(app).sort())), ...schemas, ...app });
  return args.out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(packageScorm, 'scorm');
