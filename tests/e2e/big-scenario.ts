// A scenario file of about 1 MB for the studio's responsiveness test: angry-resident with many more states
// whose customer lines are long (each within the text limit). The added states are unreachable, so the
// validator has work to do and something to report.
import { readFileSync } from 'node:fs';

export function bigScenarioText(id = 'big-studio', targetBytes = 950_000): string {
  const doc = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8'));
  doc.id = id;
  const base = doc.states.listening;
  const long = (lang: string, n: number) => `${lang} line ${n}: ${'the water keeps coming through the ceiling and nobody has called back '.repeat(20)}`.slice(0, 1500);
  for (let n = 0; JSON.stringify(doc, null, 2).length < targetBytes; n++) {
    const line = { 'zh-Hant': long('zh-Hant', n), 'zh-Hans': long('zh-Hans', n), en: long('en', n) };
    doc.states[`extra-${n}`] = { ...base, lines: { ...base.lines, mid: [line, line] } };
  }
  return JSON.stringify(doc, null, 2);
}
