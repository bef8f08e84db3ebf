// `npm run package:cmi5 -- <scenario id…>`: a cmi5 course zip (cmi5.xml + the built app), one AU per scenario.
import { pathToFileURL } from 'node:url';
import { DEFUSE_IRI } from '../src/domain/xapi/iris.ts';
import type { Scenario } from '../src/domain/scenario/scenario.types.ts';
import { APP_DIR, builtApp, filesOf, LANGS, loadScenarios, main, orgPackage, withOrgFiles, writeZip, xml, type PackageArgs } from './package-common.ts';

const langstrings = (texts: Record<(typeof LANGS)[number], string>, indent: string) =>
  LANGS.map((l) => `${indent}<langstring lang="${l}">${xml(texts[l])}</langstring>`).join('\n');

/** cmi5.xml (cmi5 §13): the AU id is the scenario's IRI; the LMS's mastery score is the scenario's pass mark. */
export function cmi5Xml(scenarios: readonly Scenario[]): string {
  const courseId = `${DEFUSE_IRI}/courses/${scenarios.map((s) => s.id).join('+')}`;
  const aus = scenarios
    .map(
      (s) => `  <au id="${xml(`${DEFUSE_IRI}/scenarios/${s.id}`)}" moveOn="CompletedAndPassed" masteryScore="${(s.passMark / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title>
${langstrings(s.title, '      ')}
    </title>
    <description>
${langstrings(s.briefing, '      ')}
    </description>
    <url>${xml(`${APP_DIR}/index.html?scenario=${encodeURIComponent(s.id)}`)}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(courseId)}">
    <title>
${langstrings({ 'zh-Hant': 'Defuse 投訴處理演練', 'zh-Hans': 'Defuse 投诉处理演练', en: 'Defuse complaint-handling drills' }, '      ')}
    </title>
    <description>
${langstrings({ 'zh-Hant': scenarios.map((s) => s.title['zh-Hant']).join(';'), 'zh-Hans': scenarios.map((s) => s.title['zh-Hans']).join(';'), en: scenarios.map((s) => s.title.en).join('; ') }, '      ')}
    </description>
  </course>
${aus}
</courseStructure>
`;
}

export async function packageCmi5(args: PackageArgs): Promise<string> {
  const org = await orgPackage(args.config);
  const scenarios = loadScenarios(args.ids, org.scenarios);
  const app = await builtApp(args.dist);
  writeZip(args.out, { 'cmi5.xml': new TextEncoder().encode(cmi5Xml(scenarios)), ...withOrgFiles(filesOf(app, APP_DIR), org) });
  return args.out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(packageCmi5, 'cmi5');
