// A scenario file of about 1 MB for the studio's responsiveness test: angry-resident with many more states
// whose customer lines are long (each within the text limit). The added states are unreachable, so the
// validator has work to do and something to report.
import { readFileSync } from 'node:fs';

export function bigScenarioText(id = 'big-studio', targetBytes = 950_000): string {
  const doc = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8'));
  doc.id = id;
  const base = doc.states.listening;
  // Each language's line in that language (the validator reports a line typed in the wrong one).
  const sentence = { 'zh-Hant': '天花板啲水一直滴落嚟，到而家都冇人打返俾我。', 'zh-Hans': '天花板的水一直往下滴，到现在都没人给我回电话。', en: 'the water keeps coming through the ceiling and nobody has called back ' };
  const long = (lang: keyof typeof sentence, n: number) => `${lang} ${n}: ${sentence[lang].repeat(lang === 'en' ? 20 : 60)}`.slice(0, 1500);
  for (let n = 0; Buffer.byteLength(JSON.stringify(doc, null, 2)) < targetBytes; n++) {
    const line = { 'zh-Hant': long('zh-Hant', n), 'zh-Hans': long('zh-Hans', n), en: long('en', n) };
    doc.states[`extra-${n}`] = { ...base, lines: { ...base.lines, mid: [line, line] } };
  }
  return JSON.stringify(doc, null, 2);
}
