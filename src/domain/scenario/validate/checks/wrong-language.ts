// wrong-language: a visible string written in the wrong language — English words with no Chinese character in a
// zh-Hant or zh-Hans field, or an English field that is mostly Chinese. Typing a wizard's three boxes in the wrong
// order is easy, and the draft then passed every check while the customer answered in the wrong language and the
// reader, matching a remedy's words in the drill's language, never heard a right answer. Runs on the raw document
// with missing-locale. A Chinese name in an English line ("Mrs Wong (黃太)") and a brand or a number in a Chinese one
// are fine: only whole sentences in the other language are reported.
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import { eachLocalized } from './missing-locale.ts';

export const id = 'wrong-language';

const HAN = /\p{Script=Han}/gu;
/**
 * Two Latin words in a row: a phrase, not a brand or an abbreviation. Two letters each side are enough to say so (a
 * longer word ends and starts with two): written `[A-Za-z]{2,}` each side, a long run of letters with no space (a
 * pasted token, a fuzzed file) made the search quadratic — 6 CPU-s of the fuzz test's 9 in one check.
 */
const LATIN_PHRASE = /[A-Za-z]{2}[\s,.'’-]+[A-Za-z]{2}/;
/** Share of the non-space characters of an English string that may be Chinese (a name, a quoted phrase). */
const MAX_HAN_IN_ENGLISH = 0.3;

export function checkWrongLanguage(doc: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  eachLocalized(doc, (obj, path) => {
    for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
      const text = obj[locale];
      if (typeof text === 'string' && !text.match(HAN) && LATIN_PHRASE.test(text)) {
        issues.push({ check: id, path: toJsonPath([...path, locale]), message: `${locale} text has no Chinese in it` });
      }
    }
    const en = obj['en'];
    if (typeof en === 'string') {
      const letters = en.replace(/\s/g, '').length;
      const han = en.match(HAN)?.length ?? 0;
      if (letters > 0 && han / letters > MAX_HAN_IN_ENGLISH) issues.push({ check: id, path: toJsonPath([...path, 'en']), message: 'en text is mostly Chinese' });
    }
  });
  return issues;
}
