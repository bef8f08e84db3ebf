// A choice of when, put to her as a question — "Would you prefer we arrange the repair for this afternoon or tomorrow
// morning?", 你希望我們今天下午還是明天上午處理？, 您看今天下午还是明天上午方便？ — asks her to choose. A customer asked to choose
// chooses (or says which matters to her) before she pushes on, as she says yes first to a read-back she is asked to confirm
// (read-back.ts): answered with "Who tells me what's happening?" or 「嗯，你講，我聽緊。」, she would be answering something that
// was not said (scen15ii, a new user's play-through). She wants it put right, so the sooner is the one that matters to her.
import type { Reading } from '../reading/reading.types.ts';
import type { LocalizedText, Scenario } from '../scenario/scenario.types.ts';
import { CANTONESE } from './read-back.ts';

/** The options of a question joined by or / 還是 / 还是 / 定係 / 或者 / 抑或, in its sentence up to the question mark. */
const CHOICE = /\bor\b|还是|還是|定係|定系|或者|抑或|或是/iu;

/** Question sentences of the reply: [start, end) of each run of text ending in ? or ？. */
function questionSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[^.!?。！？\n]*[?？]/gu)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

/** The reply asks her to choose between two or more times in one question (with or / 還是 / 定係 between them). */
export function asksHerToChooseWhen(reading: Reading, text: string): boolean {
  return questionSentences(text).some(([from, to]) => {
    const times = reading.details.times.filter((t) => t.start >= from && t.end <= to);
    if (times.length < 2) return false;
    const between = text.slice(times[0]!.end, times.at(-1)!.start);
    return CHOICE.test(between);
  });
}

/**
 * What she says first when asked to choose when: the sooner, in her own zh-Hant — Cantonese where her opening is Cantonese,
 * Taiwan Mandarin otherwise.
 */
export function choosesSooner(scenario: Scenario): LocalizedText {
  const zhHant = CANTONESE.test(scenario.opening['zh-Hant']) ? '梗係越快越好，早嗰個啦。' : '當然越快越好，早一點的那個。';
  return { 'zh-Hant': zhHant, 'zh-Hans': '当然越快越好，早一点的那个。', en: 'The sooner the better — the earlier one.' };
}
